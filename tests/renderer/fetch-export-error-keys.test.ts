// Every fetch and export error, and every per-language fetch outcome, has its keys in the four UI locales, using
// only the params it carries — as tests/renderer/error-keys.test.ts checks for import errors. Each is produced from
// a small input: downloads from stand-ins on 127.0.0.1 (the fixture server, and a raw server for chunked bodies and
// reset connections), references, settings, and small hand-built grids. The sources are scanned as well, so a new
// throw site without params, or a new wording without an input here, fails the test.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreError } from '../../core/errors.js';
import type { AlignedRow, AlignmentGrid, LangCode } from '../../core/index.js';
import { parseReference } from '../../core/fetch/index.js';
import { tbxToString } from '../../core/export/tbx.js';
import { tmxToString } from '../../core/export/tmx.js';
import type { ExportDocument } from '../../core/export/types.js';
import { xliffPair, xliffToString } from '../../core/export/xliff.js';
import { createHandlers } from '../../electron/main/handlers.js';
import { FetchJobs } from '../../electron/main/services/fetch-jobs.js';
import { DEFAULT_HTTP_SETTINGS, download, fetchOfficial, resolveBases } from '../../electron/main/services/fetch-service.js';
import type { FetchOfficialOptions, FetchOutcome, FetchProgress, HttpSettings } from '../../electron/main/services/fetch-service.js';
import { createProject } from '../../electron/main/services/project-service.js';
import { writeXlsx } from '../../electron/main/services/xlsx-export.js';
import { FixtureServer, closedPortBase } from '../fetch/fixture-server.js';
import { loadRenderer } from './load-renderer.js';

const UI_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
type Params = Readonly<Record<string, string | number>>;
let LOCALES: Record<(typeof UI_LANGUAGES)[number], Record<string, string>>;

// Short waits; the logic is the production one.
const FAST: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, timeoutMs: 300, retries: 1, backoffMs: 5, maxBackoffMs: 10, minIntervalMs: 0, maxRetryAfterMs: 2000 };
const TA = 'P9_TA(2022)0012';
const DOCEO = (lang: string, ext: string) => `/doceo/document/TA-9-2022-0012_${lang}.${ext}`;
/** A page that names the document but holds no EP structure: downloads fine, cannot be read. */
const NAMED_NOTHING = `<html><body><p>${TA}</p><p>Bread, water and apples for the week.</p></body></html>`;

/** One coded message produced from an input: the key it must be shown under, its English message and params. */
interface Produced {
  readonly name: string;
  readonly key: string;
  readonly message: string;
  readonly params: Params | undefined;
}

const produced: Produced[] = [];
/** What each input must give: a key, or for an import error a fetch outcome names, any import error's key. */
const expected: { name: string; key: string | RegExp }[] = [];
/** The key of a reading or import error (tests/renderer/error-keys.test.ts covers those keys). */
const IMPORT_ERROR = /^errors\.(parse|no-structure|empty-input|encoding)(_|$)/;
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'concordia-errkeys-'));
  dirs.push(d);
  return d;
};

const keyOfError = (e: { code: string; params?: Params }) => `errors.${e.code}${typeof e.params?.variant === 'string' ? `_${e.params.variant}` : ''}`;
const keyOfOutcome = (o: { params: Params }) => `fetch.detail.${String(o.params.variant)}`;

/** Records the CoreError `run` throws (or a missing one, which fails that input's test). */
async function expectError(name: string, key: string, run: () => unknown): Promise<void> {
  expected.push({ name, key: `errors.${key}` });
  try {
    await run();
  } catch (e) {
    if (!(e instanceof CoreError)) throw e;
    produced.push({ name, key: keyOfError(e), message: e.message, params: e.params });
  }
}

/** Records an outcome (under fetch.detail.*) and each error it names (under errors.*). */
function recordOutcome(name: string, o: FetchOutcome): void {
  produced.push({ name, key: keyOfOutcome(o), message: o.message, params: o.params });
  o.causes.forEach((c, i) => produced.push({ name: `${name}, cause ${i + 1}`, key: keyOfError(c), message: c.message, params: c.params }));
}

/** A raw stand-in for what the fixture server cannot do: chunked bodies (no Content-Length) and reset connections. */
async function rawServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/big') {
      // Two writes: no Content-Length, a chunked body.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write(Buffer.alloc(1048576, 0x61));
      res.end(Buffer.alloc(4096, 0x61));
    } else if (req.url === '/cut') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>', () => setTimeout(() => res.destroy(), 20));
    } else req.socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- small grids for the exporters
const seg = (id: string, text: string) => ({ id, kind: 'paragraph' as const, label: id.split(':')[1], ordinal: Number(id.split(':')[1]), text });
function grid(langs: readonly LangCode[], options: { pivot?: number; rows?: boolean } = {}): { grid: AlignmentGrid; docs: ExportDocument[] } {
  const rows: AlignedRow[] =
    options.rows === false ? [] : [{ key: 'para:1', kind: 'paragraph', cells: langs.map((l) => [seg('para:1', `water ${l}`)]), confidence: 1, flags: [] }];
  return {
    grid: { pivot: options.pivot ?? 0, documents: langs.map((lang, i) => ({ lang, name: `${lang}${i}.txt`, official: i === 0 })), rows },
    docs: langs.map((lang, i) => ({ lang, official: i === 0, references: [], title: `T ${lang}`, procedure: null })),
  };
}

// ---- the inputs
async function produceAll(): Promise<void> {
  const server = await FixtureServer.start();
  const eurlex = await FixtureServer.start();
  const raw = await rawServer();
  const dead = await closedPortBase();
  const on = (p: string) => `${server.base}${p}`;
  const get = (url: string, settings: Partial<HttpSettings> = {}) => download(url, { ...FAST, ...settings });
  // Every run's progress events are worded like outcomes (fetch.detail.*): all of them are checked too.
  const events: FetchProgress[] = [];
  const run = async (ref: string, langs: LangCode[], options: FetchOfficialOptions = {}) =>
    fetchOfficial(ref, langs, { bases: { ep: server.base, eurlex: server.base }, http: FAST, onProgress: (p) => events.push(p), ...options });
  try {
    // One download (download() is what every fetch goes through).
    server.script('/gz', { headers: { 'content-encoding': 'gzip' }, body: 'not gzip at all', times: 9 });
    await expectError('a gzip body that is not gzip', 'fetch_damaged-encoding', () => get(on('/gz')));
    await expectError('an ftp address', 'fetch_protocol', () => get('ftp://127.0.0.1/x.html'));
    server.script('/huge', { cutOffAt: 2 * 1048576, body: '<html>', times: 1 });
    await expectError('a declared body over the limit', 'fetch_too-large', () => get(on('/huge'), { maxBytes: 1048576 }));
    await expectError('a chunked body over the limit', 'fetch_larger-than', () => get(`${raw.base}/big`, { maxBytes: 1048576 }));
    await expectError('a chunked body cut off', 'fetch_cut-off', () => get(`${raw.base}/cut`));
    server.script('/short', { cutOffAt: 5000, body: '<html><body>', times: 9 });
    await expectError('a body shorter than its Content-Length', 'fetch_cut-off-of', () => get(on('/short')));
    await expectError('a port where nothing listens', 'fetch_unreachable', () => get(`${dead}/x.html`));
    await expectError('a connection reset at once', 'fetch_network', () => get(`${raw.base}/reset`));
    server.script('/slow', { delayMs: 2000, times: 9 });
    await expectError('a server slower than the timeout', 'fetch_timeout', () => get(on('/slow')));
    for (let i = 0; i < 3; i++) server.script(`/loop${i}`, { status: 302, headers: { location: `/loop${i + 1}` }, times: 1 });
    await expectError('a chain of redirects', 'fetch_too-many-redirects', () => get(on('/loop0'), { maxRedirects: 2 }));
    server.script('/away', { status: 302, headers: { location: 'http://elsewhere.invalid/x.html' }, times: 1 });
    await expectError('a redirect to another host', 'fetch_redirect-host', () => get(on('/away')));
    await expectError('a 404', 'fetch_http-not-found', () => get(on('/nothing-here.html')));
    server.script('/later', { status: 429, headers: { 'retry-after': '3600' }, times: 1 });
    await expectError('a Retry-After of an hour', 'fetch_retry-after-too-long', () => get(on('/later')));
    server.script('/busy', { status: 429, headers: { 'retry-after': '0' }, times: 9 });
    await expectError('429 after every retry', 'fetch_rate-limited', () => get(on('/busy')));
    server.script('/broken', { status: 500, times: 9 });
    await expectError('500 after every retry', 'fetch_server-error', () => get(on('/broken')));
    server.script('/private', { status: 403, times: 1 });
    await expectError('a 403', 'fetch_http-refused', () => get(on('/private')));

    // Resolving a procedure on the Legislative Observatory.
    const oeil = (proc: string) => `/oeil/popups/ficheprocedure.do?reference=${proc}&l=en`;
    await expectError('a procedure with the EP unreachable', 'fetch_offline', () => run('2022/2505(RSP)', ['en'], { bases: { ep: dead, eurlex: dead } }));
    server.script(oeil('2022/2505(RSP)'), { status: 404, times: 1 });
    await expectError('a procedure page answering 404', 'fetch_no-procedure', () => run('2022/2505(RSP)', ['en']));
    await expectError('an unknown procedure (a search page)', 'fetch_procedure-not-mentioned', () => run('2021/9999(RSP)', ['en']));
    await expectError('a procedure with motions only', 'fetch_no-text-adopted-others', () => run('2022/2999(RSP)', ['en']));
    server.script(oeil('2023/2001(RSP)'), { body: '<html><body><h2>2023/2001(RSP)</h2><h2>A file with nothing in it yet</h2></body></html>', times: 1 });
    await expectError('a procedure with no document at all', 'fetch_no-text-adopted', () => run('2023/2001(RSP)', ['en']));
    server.script(oeil('2023/2002(RSP)'), { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7', times: 1 });
    await expectError('a procedure page sent as a PDF', 'fetch_wrong-type', () => run('2023/2002(RSP)', ['en']));
    server.script(oeil('2023/2003(RSP)'), { body: '%PDF-1.7 not a page', times: 1 });
    await expectError('a procedure page that is not markup', 'fetch_not-markup', () => run('2023/2003(RSP)', ['en']));

    // References and settings.
    await expectError('a reference in words', 'invalid-input_reference', () => parseReference('résolution du 5 mai'));
    await expectError('a year before the Parliament', 'invalid-input_reference-year', () => parseReference('B9-0065/1950'));
    await expectError('document number 0', 'invalid-input_reference-number', () => parseReference('B9-0000/2022'));
    await expectError('a term that did not sit that year', 'invalid-input_reference-term', () => parseReference('B8-0065/2022'));
    await expectError('a year no known term sat in', 'invalid-input_reference-term-none', () => parseReference('B9-0065/2050'));
    await expectError('a base that is not an address', 'invalid-input_base-not-address', () => resolveBases({ ep: 'not an address' }, {}));
    await expectError('an ftp base', 'invalid-input_base-not-http', () => resolveBases({ eurlex: 'ftp://127.0.0.1/' }, {}));
    await expectError('no language to fetch', 'invalid-input_no-languages', () => run(TA, []));
    await expectError('an unknown fetch job', 'not-found_fetch-job', () => new FetchJobs().status('no-such-job'));

    // Per-language outcomes and the site errors they name.
    const folder = tmp();
    const outcome = (name: string, key: string, o: FetchOutcome | undefined) => {
      expected.push({ name, key: `fetch.detail.${key}` });
      if (o) recordOutcome(name, o);
    };
    const causes = (name: string, ...keys: (string | RegExp)[]) =>
      keys.forEach((key, i) => expected.push({ name: `${name}, cause ${i + 1}`, key: typeof key === 'string' ? `errors.${key}` : key }));
    server.script(DOCEO('IT', 'pdf'), { headers: { 'content-type': 'text/html' }, body: '<html>notice</html>', times: 1 });
    server.script(DOCEO('ES', 'pdf'), { headers: { 'content-type': 'application/pdf' }, body: '<html>notice</html>', times: 1 });
    server.script(DOCEO('PT', 'pdf'), { headers: { 'content-type': 'application/pdf' }, body: 'garbage', times: 1 });
    server.script(DOCEO('NL', 'docx'), { headers: { 'content-type': 'application/octet-stream' }, body: '<html>notice</html>', times: 1 });
    server.script(DOCEO('SV', 'docx'), { headers: { 'content-type': 'application/octet-stream' }, body: 'garbage', times: 1 });
    server.script(DOCEO('DA', 'html'), { body: '<html><body>A notice about cookies.</body></html>', times: 1 });
    server.script(DOCEO('FI', 'html'), { body: NAMED_NOTHING, times: 1 });
    // Czech: a 429 first (the run waits), then nothing. Slovak: redirected to an address that is not there either.
    server.script(DOCEO('CS', 'html'), { status: 429, headers: { 'retry-after': '0' }, times: 1 });
    server.script(DOCEO('SK', 'html'), { status: 302, headers: { location: '/doceo/document/moved-away.html' }, times: 1 });
    const many = await run(TA, ['it', 'es', 'pt', 'nl', 'sv', 'da', 'fi', 'ga', 'ro', 'cs', 'sk'], { outDir: folder });
    const by = (r: { outcomes: readonly FetchOutcome[] }, lang: string) => r.outcomes.find((o) => o.lang === lang);
    outcome('a PDF answered by an HTML page', 'failed', by(many, 'it'));
    causes('a PDF answered by an HTML page', 'fetch_wrong-type-page', 'fetch_site-not-found');
    outcome('a PDF answered with markup', 'failed', by(many, 'es'));
    causes('a PDF answered with markup', 'fetch_not-pdf-markup', 'fetch_site-not-found');
    outcome('a PDF answered with garbage', 'failed', by(many, 'pt'));
    causes('a PDF answered with garbage', 'fetch_not-pdf', 'fetch_site-not-found');
    outcome('a DOCX answered with markup', 'failed', by(many, 'nl'));
    causes('a DOCX answered with markup', 'fetch_not-zip-markup', 'fetch_site-not-found');
    outcome('a DOCX answered with garbage', 'failed', by(many, 'sv'));
    causes('a DOCX answered with garbage', 'fetch_not-zip', 'fetch_site-not-found');
    outcome('a page that does not name the document', 'failed', by(many, 'da'));
    causes('a page that does not name the document', 'fetch_not-the-document', 'fetch_site-not-found');
    outcome('a page with no structure, into a folder', 'unreadable-saved', by(many, 'fi'));
    causes('a page with no structure, into a folder', IMPORT_ERROR);
    outcome('a language that exists nowhere', 'not-found', by(many, 'ga'));
    outcome('a language saved into a folder', 'saved', by(many, 'ro'));
    outcome('a language behind a 429 that exists nowhere', 'not-found', by(many, 'cs'));
    outcome('a language redirected to nothing', 'not-found', by(many, 'sk'));
    await run('2022/2505(RSP)', ['en'], { outDir: tmp() }); // a procedure resolved: its progress events
    outcome('a language already in the folder', 'cached-folder', by(await run(TA, ['ro'], { outDir: folder }), 'ro'));
    server.script(DOCEO('FI', 'html'), { body: NAMED_NOTHING, times: 1 });
    outcome('a page with no structure, nowhere to save it', 'unreadable', by(await run(TA, ['fi']), 'fi'));
    causes('a page with no structure, nowhere to save it', IMPORT_ERROR);
    // Two sites on two hosts: 404 everywhere names both; a server error on one names it per site.
    const twoSites = { bases: { ep: server.base, eurlex: eurlex.base } };
    outcome('a language that exists on neither site', 'not-found-sites', by(await run(TA, ['ga'], twoSites), 'ga'));
    server.script(DOCEO('LV', 'html'), { status: 500, times: 9 });
    outcome('a server error on the EP, 404 on EUR-Lex', 'failed', by(await run(TA, ['lv'], twoSites), 'lv'));
    causes('a server error on the EP, 404 on EUR-Lex', 'fetch_server-error', 'fetch_site-not-found');
    outcome('a site that cannot be reached', 'failed', by(await run(TA, ['en'], { bases: { ep: dead, eurlex: dead } }), 'en'));
    causes('a site that cannot be reached', 'fetch_offline', 'fetch_offline');
    const stopped = new AbortController();
    stopped.abort();
    outcome('a run cancelled before it started', 'cancelled', by(await run(TA, ['en'], { signal: stopped.signal }), 'en'));

    const project = await createProject(join(tmp(), 'p.concordia'));
    try {
      outcome('a language imported into a project', 'imported', by(await run(TA, ['ro'], { project }), 'ro'));
      outcome('a language already in the project', 'cached-project', by(await run(TA, ['ro'], { project }), 'ro'));
      outcome('a language downloaded again', 'replaced', by(await run(TA, ['ro'], { project, refresh: true }), 'ro'));
      server.script(DOCEO('FI', 'html'), { body: NAMED_NOTHING, times: 1 });
      outcome('a page with no structure, into a project', 'import-failed-kept', by(await run(TA, ['fi'], { project }), 'fi'));
      causes('a page with no structure, into a project', IMPORT_ERROR);
    } finally {
      project.close();
    }

    // Export.
    const three = grid(['ro', 'en', 'fr']);
    const twoFr = grid(['ro', 'fr', 'fr']);
    await expectError('fewer documents than versions (TMX)', 'export_documents', () => tmxToString(three.grid, three.docs.slice(0, 2), { level: 'unit' }));
    await expectError('two French versions in a TMX', 'export_tmx-same-language', () => tmxToString(twoFr.grid, twoFr.docs, { level: 'unit' }));
    await expectError('no language chosen', 'export_no-language', () => tmxToString(three.grid, three.docs, { level: 'unit', langs: [] }));
    await expectError('a language the project lacks (TMX)', 'export_missing-language', () => tmxToString(three.grid, three.docs, { level: 'unit', langs: ['de'] }));
    await expectError('the pivot left out of a TMX', 'export_tmx-pivot', () => tmxToString(three.grid, three.docs, { level: 'unit', langs: ['en', 'fr'] }));
    const noPivot = grid(['ro', 'en'], { pivot: 5 });
    await expectError('a TMX of a grid without a pivot', 'export_tmx-no-pivot', () => tmxToString(noPivot.grid, noPivot.docs, { level: 'unit' }));
    await expectError('a TMX by sentence of an unaligned grid', 'export_no-sentences', () => tmxToString(three.grid, three.docs, { level: 'sentence' }));
    await expectError('an XLIFF pair of a grid without a pivot', 'export_no-pivot', () => xliffPair(noPivot.grid, ['en']));
    await expectError('an XLIFF from Romanian into Romanian', 'export_xliff-same-language', () => xliffToString(three.grid, three.docs, { level: 'unit', target: 'ro' }));
    await expectError('an XLIFF source the project lacks', 'export_xliff-missing-source', () => xliffToString(three.grid, three.docs, { level: 'unit', source: 'de', target: 'en' }));
    await expectError('an XLIFF target the project lacks', 'export_xliff-missing-target', () => xliffToString(three.grid, three.docs, { level: 'unit', target: 'de' }));
    await expectError('an XLIFF into one of two French versions', 'export_xliff-same-version', () => xliffToString(twoFr.grid, twoFr.docs, { level: 'unit', target: 'fr' }));
    await expectError('an XLIFF with no target chosen', 'export_xliff-choose-target', () => xliffPair(three.grid, undefined));
    await expectError('an XLIFF of a project with the pivot only', 'export_xliff-only-pivot', () => xliffPair(grid(['ro']).grid, undefined));
    await expectError('the pivot chosen as XLIFF target', 'export_xliff-pivot-target', () => xliffPair(three.grid, ['ro']));
    await expectError('three languages for an XLIFF', 'export_xliff-too-many', () => xliffPair(three.grid, ['ro', 'en', 'fr']));
    const empty = grid(['ro', 'en'], { rows: false });
    await expectError('an XLIFF of no rows, source named', 'export_xliff-empty', () => xliffToString(empty.grid, empty.docs, { level: 'unit', source: 'ro', target: 'en' }));
    await expectError('an XLIFF of no rows, from the pivot', 'export_xliff-empty-pivot', () => xliffToString(empty.grid, empty.docs, { level: 'unit', target: 'en' }));
    await expectError('an XLIFF by sentence of an unaligned grid', 'export_no-sentences', () => xliffToString(three.grid, three.docs, { level: 'sentence', target: 'en' }));
    await expectError('a TBX of no names', 'export_tbx-empty', () => tbxToString([], {}));
    await expectError('an XLSX of a language the grid lacks', 'export_xlsx-missing-language', () => writeXlsx(join(tmp(), 'g.xlsx'), three.grid, three.docs, { langs: ['de'] }));
    events.forEach((e, i) => {
      produced.push({ name: `event ${i}`, key: `fetch.detail.${String(e.params.variant)}`, message: e.message, params: e.params });
      (e.causes ?? []).forEach((c, j) => produced.push({ name: `event ${i}, cause ${j + 1}`, key: keyOfError(c), message: c.message, params: c.params }));
    });
    const handlers = createHandlers({ mode: 'browser', version: 'test', project: () => { throw new Error('no project needed'); }, exporters: {} });
    await expectError('a format this build does not write', 'export_unavailable', () => handlers.exportFile({ format: 'tmx' } as Parameters<typeof handlers.exportFile>[0]));
  } finally {
    await Promise.all([server.stop(), eurlex.stop(), raw.close()]);
  }
}

/**
 * Wordings no small input reaches, each with why; their keys are still required (checked from the scan).
 */
const UNREACHED: Readonly<Record<string, string>> = {
  'errors.fetch_redirect-https': 'needs an https stand-in with a certificate Node trusts',
  'errors.internal_fetch': 'only a failure that is not a CoreError (tests/ipc/fetch-job-errors.test.ts makes one with a mock)',
  'fetch.detail.no-reader': 'every download format (HTML, DOCX, PDF) has a reader in this build',
  'fetch.detail.no-reader-saved': 'every download format (HTML, DOCX, PDF) has a reader in this build',
  'fetch.detail.import-failed': 'with a project the bytes are always kept beside it (import-failed-kept)',
  'fetch.detail.no-address': 'every reference has at least one candidate address',
  'fetch.detail.cached-project-undated': 'the project stores every fetched address with its date',
};

/** The sources whose throw sites and wordings this test covers: whole files, and the dispatcher's export error. */
const SOURCES: readonly { file: string; text: string }[] = [
  ...[
    ...readdirSync('core/fetch').map((f) => join('core/fetch', f)),
    ...readdirSync('core/export').map((f) => join('core/export', f)),
    'electron/main/services/fetch-service.ts',
    'electron/main/services/fetch-jobs.ts',
    'electron/main/services/xlsx-export.ts',
  ]
    .filter((f) => f.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') })),
  (() => {
    const file = 'electron/main/handlers.ts';
    const src = readFileSync(file, 'utf8');
    const start = src.indexOf('class ExportUnavailableError');
    return { file, text: src.slice(start, src.indexOf('\n}\n', start) + 3) };
  })(),
];

/** Each `new FetchError(` / `ExportError(` / `InvalidInputError(` / `NotFoundError(` (and the export error's `super(`) with its statement. */
function throwSites(): { file: string; statement: string }[] {
  const sites: { file: string; statement: string }[] = [];
  for (const { file, text: src } of SOURCES) {
    for (const m of src.matchAll(/new (?:FetchError|ExportError|InvalidInputError|NotFoundError)\(|\bsuper\(/g)) {
      const text = src.slice(m.index, m.index + 600);
      // A statement ends at the first `;` that ends a line (messages hold `; ` only mid-line).
      sites.push({ file, statement: text.slice(0, text.search(/;\s*\n/) + 1) });
    }
  }
  return sites;
}

/** Every `variant: '…'` literal in the sources: the wordings (errors and outcomes) they can produce. */
function scannedVariants(): Set<string> {
  const out = new Set<string>();
  for (const { text } of SOURCES) for (const m of text.matchAll(/variant: '([a-z0-9-]+)'/g)) out.add(m[1]);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
const variantOf = (key: string) => key.slice(key.lastIndexOf(key.startsWith('errors.') ? '_' : '.') + 1);

beforeAll(async () => {
  ({ LOCALES } = await loadRenderer<{ LOCALES: typeof LOCALES }>('i18n/index.ts'));
  await produceAll();
}, 60_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('fetch and export errors and fetch outcomes in the locale files', () => {
  it('each input gives the expected error or outcome, with params', () => {
    const wrong: string[] = [];
    for (const { name, key } of expected) {
      const got = produced.filter((p) => p.name === name);
      if (got.length !== 1) wrong.push(`${name}: ${got.length} produced`);
      else if (!(typeof key === 'string' ? got[0].key === key : key.test(got[0].key)) || got[0].params === undefined) wrong.push(`${name}: ${got[0].key} (${got[0].message}) params ${JSON.stringify(got[0].params)}`);
    }
    expect(wrong).toEqual([]);
    // Nothing was produced that no input expects (a cause this test did not foresee); progress events are all kept.
    expect(produced.map((p) => p.name).filter((n) => !n.startsWith('event ') && !expected.some((e) => e.name === n))).toEqual([]);
    const phases = new Set(produced.filter((p) => p.name.startsWith('event ')).map((p) => p.key));
    for (const k of ['looking-up', 'resolved', 'requesting', 'requesting-again', 'retrying', 'waiting', 'redirected', 'downloading', 'reading']) expect(phases).toContain(`fetch.detail.${k}`);
    expect(produced.filter((p) => /^event \d+$/.test(p.name) && p.params?.variant === undefined)).toEqual([]);
  });

  it('every throw site passes params (the scan works)', () => {
    const sites = throwSites();
    expect(sites.length).toBeGreaterThanOrEqual(50);
    expect(sites.every((s) => s.statement.length > 0)).toBe(true);
    expect(sites.filter((s) => !/params/.test(s.statement)).map((s) => `${s.file}: ${s.statement}`)).toEqual([]);
  });

  it('every wording in the sources is produced by an input above or listed as unreached, and nothing else is produced', () => {
    const scanned = scannedVariants();
    expect(scanned).toContain('not-zip-markup');
    expect(scanned).toContain('xliff-too-many');
    // Import errors an outcome names come from core/parsers (error-keys.test.ts scans those).
    const mine = produced.filter((p) => !IMPORT_ERROR.test(p.key));
    const made = new Set(mine.flatMap((p) => (typeof p.params?.variant === 'string' ? [p.params.variant] : [])));
    const unreached = new Set(Object.keys(UNREACHED).map(variantOf));
    expect([...scanned].filter((v) => !made.has(v) && !unreached.has(v))).toEqual([]);
    expect([...made].filter((v) => !scanned.has(v))).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s has a key for every error and outcome produced and every unreached wording', (lang) => {
    const missing = new Set<string>();
    for (const { key } of produced) if (!(key in LOCALES[lang])) missing.add(key);
    for (const key of Object.keys(UNREACHED)) if (!(key in LOCALES[lang])) missing.add(key);
    expect([...missing]).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s uses only placeholders the errors and outcomes carry as params', (lang) => {
    const bad: string[] = [];
    for (const { name, key, params } of produced) for (const p of placeholders(LOCALES[lang][key] ?? '')) if (!(p in (params ?? {}))) bad.push(`${key} {{${p}}} (${name})`);
    expect(bad).toEqual([]);
  });

  it('the params are the values the English message interpolates', () => {
    const wrong: string[] = [];
    for (const { name, message, params } of produced) {
      for (const [p, v] of Object.entries(params ?? {})) if (p !== 'variant' && !message.includes(String(v))) wrong.push(`${name}: ${p}=${String(v)} not in "${message}"`);
    }
    expect(wrong).toEqual([]);
  });
});
