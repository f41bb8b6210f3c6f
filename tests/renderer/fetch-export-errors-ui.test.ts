// The fetch and export dialogs' error line in the UI language, as the import dialog's: a failed job's error (the
// FetchJobStatus.error the fetch service stores, an IpcFailure's error) or a failed call's ApiError renders from its
// code and params, and an error without params shows core's English message. The fetch dialog's per-language
// outcome list, from a real run against stand-ins for the EP and EUR-Lex on 127.0.0.1, reads in French, Romanian
// and German, and an export error, an unreadable reference and the outcomes keep their values in every language.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, MAX_INPUT_BYTES, parseDocument } from '../../core/index.js';
import { parseReference } from '../../core/fetch/index.js';
import { xliffPair } from '../../core/export/xliff.js';
import type { FetchJobOutcome, FetchJobStatus } from '../../electron/ipc/contract.js';
import { toIpcFailure } from '../../electron/main/handlers.js';
import { FetchJobs } from '../../electron/main/services/fetch-jobs.js';
import { createProject } from '../../electron/main/services/project-service.js';
import { FixtureServer } from '../fetch/fixture-server.js';
import { loadRenderer } from './load-renderer.js';
import { thrown, uiI18n } from './ui-i18n.js';

interface CodedMessage {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
let i18n: I18n;
let codedError: (e: unknown) => CodedMessage;
let ErrorAlert: ComponentType<{ error: CodedMessage; testId?: string }>;
let ApiError: new (code: string, message: string, params?: Readonly<Record<string, string | number>>) => Error;
let wireParams: (x: unknown) => Readonly<Record<string, string | number>> | undefined;
let FetchOutcomeList: ComponentType<{ report: readonly FetchJobOutcome[]; document: string | null }>;
let FetchProgressList: ComponentType<{ events: FetchJobStatus['events'] }>;
let outcomeText: (i18n: I18n, o: { message: string; params?: Readonly<Record<string, string | number>>; causes?: readonly CodedMessage[] }) => string;
const dirs: string[] = [];

beforeAll(async () => {
  ({ codedError, ErrorAlert, outcomeText } = await loadRenderer<{ codedError: typeof codedError; ErrorAlert: typeof ErrorAlert; outcomeText: typeof outcomeText }>(
    'components/warning-text.tsx',
  ));
  ({ FetchOutcomeList, FetchProgressList } = await loadRenderer<{ FetchOutcomeList: typeof FetchOutcomeList; FetchProgressList: typeof FetchProgressList }>(
    'components/fetch-dialog.tsx',
  ));
  ({ ApiError, wireParams } = await loadRenderer<{ ApiError: typeof ApiError; wireParams: typeof wireParams }>('api.ts'));
  i18n = await uiI18n('fr');
});

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const line = (error: CodedMessage, testId = 'fetch-error') =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ErrorAlert, { error, testId })));

/** What the dialog's text says, without the markup. */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe('fetch and export errors in the UI language', () => {
  it('renders a failed fetch job’s error in French with its params, as polled over the wire', async () => {
    const e = await thrown(parseDocument(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: 'ro.html' }));
    // What fetch-jobs stores for a failed run and official:fetch-status returns (JSON over IPC or HTTP).
    const status = JSON.parse(JSON.stringify({ error: toIpcFailure(e).error })) as Pick<FetchJobStatus, 'error'>;
    expect(status.error?.params).toEqual(e.params);
    await i18n.changeLanguage('fr');
    const html = line(status.error!);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-testid="fetch-error"');
    expect(text(html)).toBe(`Le fichier fait 50.0 Mo ; la limite est de ${MAX_INPUT_BYTES / 1048576} Mo.`);
    await i18n.changeLanguage('de');
    expect(text(line(status.error!))).not.toBe(e.message);
  });

  it('renders a failed call’s ApiError (export or start-fetch) from its code and params', async () => {
    const e = await thrown(parseDocument(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: 'ro.html' }));
    const failure = toIpcFailure(e).error;
    const apiError = new ApiError(failure.code, failure.message, wireParams(JSON.parse(JSON.stringify(failure.params ?? null))));
    await i18n.changeLanguage('fr');
    expect(text(line(codedError(apiError), 'export-error'))).toBe(`Le fichier fait 50.0 Mo ; la limite est de ${MAX_INPUT_BYTES / 1048576} Mo.`);
  });

  it('falls back to the English message for an error without params, in any UI language', async () => {
    // Thrown the way a CoreError without params is (a project-service check); fetch and export errors all have them.
    const e = await thrown(() => {
      throw new InvalidInputError('annotation: select at least one span of text');
    });
    expect(e.params).toBeUndefined();
    const failure = toIpcFailure(e).error;
    const apiError = codedError(new ApiError(failure.code, failure.message, wireParams(failure.params ?? null)));
    for (const lng of ['fr', 'ro', 'de', 'en']) {
      await i18n.changeLanguage(lng);
      const shown = text(line(apiError));
      expect(shown, lng).toBe(e.message);
      expect(shown).not.toMatch(/^errors\./);
    }
    // A thrown value that is not an Error still shows as text.
    expect(text(line(codedError('offline')))).toBe('offline');
  });
});

describe('fetch outcomes and fetch and export errors in French, Romanian and German', () => {
  const TA = 'P9_TA(2022)0012';
  let ep: FixtureServer;
  let eurlex: FixtureServer;
  let status: FetchJobStatus;

  beforeAll(async () => {
    ep = await FixtureServer.start();
    eurlex = await FixtureServer.start();
    // Latvian: the EP answers 500 (twice: one retry), EUR-Lex has no such file. Finnish: a page that names the
    // document but holds no EP structure, so it downloads and cannot be imported.
    ep.script('/doceo/document/TA-9-2022-0012_LV.html', { status: 500, times: 2 });
    ep.script('/doceo/document/TA-9-2022-0012_FI.html', { body: `<html><body><p>${TA}</p><p>Bread and water.</p></body></html>`, times: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'concordia-fetch-ui-'));
    dirs.push(dir);
    const project = await createProject(join(dir, 'p.concordia'));
    try {
      const jobs = new FetchJobs({ bases: { ep: ep.base, eurlex: eurlex.base }, http: { timeoutMs: 3000, retries: 1, backoffMs: 5, maxBackoffMs: 10, minIntervalMs: 0 } });
      const { jobId } = jobs.start(project, { ref: TA, langs: ['ro', 'lv', 'ga', 'fi'] });
      // Over the wire: JSON, as official:fetch-status answers.
      status = JSON.parse(JSON.stringify(await jobs.settled(jobId))) as FetchJobStatus;
    } finally {
      project.close();
    }
  }, 30_000);

  afterAll(async () => {
    await Promise.all([ep.stop(), eurlex.stop()]);
  });

  /** The outcome list's line per language, as text. */
  async function outcomeLines(lng: string): Promise<Record<string, string>> {
    await i18n.changeLanguage(lng);
    const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(FetchOutcomeList, { report: status.report ?? [], document: status.document })));
    return Object.fromEntries([...html.matchAll(/<li[^>]*data-lang="(\w+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [m[1], text(m[2])]));
  }

  it('the job’s report carries each outcome’s params and causes', () => {
    expect(status.state).toBe('done');
    const lv = status.report?.find((o) => o.lang === 'lv');
    expect(lv?.params).toEqual({ variant: 'failed', document: TA });
    expect(lv?.causes.map((c) => [c.site, c.code, c.params?.variant])).toEqual([
      ['ep', 'fetch', 'server-error'],
      ['eurlex', 'fetch', 'site-not-found'],
    ]);
    expect(lv?.message).toBe(
      `LV: ${TA} could not be fetched — European Parliament: server error 500 Internal Server Error from ${ep.host} after 2 attempts (${ep.base}/doceo/document/TA-9-2022-0012_LV.html); EUR-Lex: not found (404 for HTML, PDF)`,
    );
  });

  it('renders the per-language outcomes in French', async () => {
    const lines = await outcomeLines('fr');
    expect(lines.ro).toMatch(/^RO — importée · [\d\s\u202f\u00a0]+ octets$/);
    expect(lines.lv).toBe(
      `LV — échec: ${TA} n’a pas pu être téléchargé — Parlement européen : Erreur du serveur (HTTP 500) sur ${ep.host} après 2 tentative(s) (${ep.base}/doceo/document/TA-9-2022-0012_LV.html) ; EUR-Lex : introuvable (404 pour HTML, PDF)`,
    );
    expect(lines.ga).toBe(`GA — n’existe pas: cette version linguistique de ${TA} n’existe pas (404 pour HTML, DOCX, PDF sur ${ep.host} et ${eurlex.host})`);
    expect(lines.fi.startsWith('FI — échec: ')).toBe(true);
    expect(lines.fi).toContain(`${ep.base}/doceo/document/TA-9-2022-0012_FI.html téléchargé, mais impossible à importer ; le projet n’a pas été modifié, le fichier est conservé dans `);
    expect(lines.fi).toContain(' — Aucune structure de texte du PE reconnue');
  });

  it('renders the per-language outcomes in Romanian and German', async () => {
    const ro = await outcomeLines('ro');
    expect(ro.lv).toBe(
      `LV — eșuat: ${TA} nu a putut fi descărcat — Parlamentul European: Eroare de server (HTTP 500) la ${ep.host} după 2 încercare/încercări (${ep.base}/doceo/document/TA-9-2022-0012_LV.html); EUR-Lex: negăsit (404 pentru HTML, PDF)`,
    );
    expect(ro.ga).toBe(`GA — nu există: această versiune lingvistică a ${TA} nu există (404 pentru HTML, DOCX, PDF pe ${ep.host} și ${eurlex.host})`);
    const de = await outcomeLines('de');
    expect(de.lv).toBe(
      `LV — fehlgeschlagen: ${TA} konnte nicht abgerufen werden — Europäisches Parlament: Serverfehler (HTTP 500) von ${ep.host} nach 2 Versuch(en) (${ep.base}/doceo/document/TA-9-2022-0012_LV.html); EUR-Lex: nicht gefunden (404 für HTML, PDF)`,
    );
    expect(de.fi).toContain('heruntergeladen, aber nicht importierbar; das Projekt ist unverändert, die Datei liegt in ');
    // No line is the English one, in any of the three.
    for (const lines of [await outcomeLines('fr'), ro, de]) for (const l of Object.values(lines)) expect(l).not.toMatch(/could not|does not exist|imported/);
  });

  it('words a progress step (the retry of a server error) in the UI language, in the progress list’s tooltip', async () => {
    const retry = status.events.find((e) => e.lang === 'lv' && e.phase === 'retrying');
    expect(retry?.params).toMatchObject({ variant: 'retrying' });
    expect(retry?.causes).toEqual([{ code: 'fetch', message: '500 Internal Server Error', params: { variant: 'http-status', status: 500 } }]);
    const title = async (lng: string) => {
      await i18n.changeLanguage(lng);
      const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(FetchProgressList, { events: [retry!] })));
      return text(/title="([^"]*)"/.exec(html)?.[1] ?? '');
    };
    const seconds = String(retry!.params.seconds);
    expect(await title('fr')).toBe(`nouvel essai dans ${seconds} s — Le serveur a répondu HTTP 500`);
    expect(await title('de')).toBe(`neuer Versuch in ${seconds} s — Der Server antwortete mit HTTP 500`);
    expect(await title('en')).toBe(`retrying in ${seconds} s — The server answered HTTP 500`);
  });

  it('shows the English line for an outcome whose wording the locales do not know, or that has no params', async () => {
    await i18n.changeLanguage('de');
    const lv = status.report!.find((o) => o.lang === 'lv')!;
    expect(outcomeText(i18n, { ...lv, params: { ...lv.params, variant: 'from-a-newer-server' } })).toBe(lv.message);
    expect(outcomeText(i18n, { message: lv.message })).toBe(lv.message);
    // A cause without params (an older server) keeps its English text after the translated line.
    expect(outcomeText(i18n, { ...lv, causes: [{ code: 'fetch', message: 'the wire was cut' }] })).toBe(`${TA} konnte nicht abgerufen werden — the wire was cut`);
  });

  it('renders a fetch job’s internal error in German without anything of the error itself', async () => {
    await i18n.changeLanguage('de');
    const internal = { code: 'internal', message: 'Internal error while fetching; see the log for details.', params: { variant: 'fetch' } };
    expect(text(line(internal))).toBe('Interner Fehler beim Abrufen; Einzelheiten stehen im Protokoll.');
  });

  it('renders an export error and an unreadable reference in Romanian and German, from code and params over the wire', async () => {
    const exportError = await thrown(() => xliffPair({ pivot: 0, documents: ['ro', 'en', 'fr'].map((lang) => ({ lang: lang as 'ro', name: `${lang}.txt`, official: false })) }, ['ro', 'en', 'fr']));
    const reference = await thrown(() => parseReference('résolution du 5 mai'));
    const overTheWire = (e: typeof exportError) => {
      const failure = JSON.parse(JSON.stringify(toIpcFailure(e).error)) as CodedMessage;
      return codedError(new ApiError(failure.code, failure.message, wireParams(failure.params)));
    };
    await i18n.changeLanguage('ro');
    expect(text(line(overTheWire(exportError), 'export-error'))).toBe('Un fișier XLIFF conține o singură pereche; au fost alese 3 limbi (ro, en, fr). Alegeți o singură țintă.');
    await i18n.changeLanguage('de');
    expect(text(line(overTheWire(exportError), 'export-error'))).toBe('Eine XLIFF-Datei enthält ein Sprachpaar; 3 Sprachen wurden gewählt (ro, en, fr). Wählen Sie eine Zielsprache.');
    expect(text(line(overTheWire(reference)))).toMatch(/^„résolution du 5 mai“ ist keine Referenz, die Concordia kennt; verwenden Sie eine der Formen: P9_TA\(2022\)0012, /);
    expect(text(line(overTheWire(reference)))).toMatch(/, 2022\/2505\(RSP\) oder eine doceo- oder EUR-Lex-Adresse\.$/);
    await i18n.changeLanguage('fr');
    expect(text(line(overTheWire(reference)))).toMatch(/^« résolution du 5 mai » n’est pas une référence connue de Concordia ; /);
  });
});
