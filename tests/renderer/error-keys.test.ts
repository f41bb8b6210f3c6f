// Every import error a parser throws has errors.* keys in the four UI locales, using only the params the error
// carries. Each error is produced from a small input (one or more per code and wording); the parser sources are
// scanned as well, so a new throw site without params, or a new wording without an input here, fails the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CoreError } from '../../core/errors.js';
import { buildDocument, MAX_INPUT_BYTES, parseDocument } from '../../core/parsers/index.js';
import { docxParser } from '../../core/parsers/docx.js';
import { htmlParser } from '../../core/parsers/html.js';
import { pdfParser } from '../../core/parsers/pdf.js';
import { readTmx, tmxParser } from '../../core/parsers/tmx.js';
import { txtParser } from '../../core/parsers/txt.js';
import { readXliff, xliffParser } from '../../core/parsers/xliff.js';
import { loadRenderer } from './load-renderer.js';

const UI_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
let LOCALES: Record<(typeof UI_LANGUAGES)[number], Record<string, string>>;
let errorKeys: (e: { code: string; params?: Readonly<Record<string, string | number>> }) => string[];

const enc = (s: string) => new TextEncoder().encode(s);
const fixture = (p: string) => new Uint8Array(readFileSync(join('tests/fixtures', p)));
const tmx = (body: string, srclang = 'en') =>
  `<?xml version="1.0"?><tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/><body>${body}</body></tmx>`;
const XLIFF12 = 'urn:oasis:names:tc:xliff:document:1.2';

/** A stored ZIP (APPNOTE 4.3) holding one text file: a whole container, but no word/document.xml in it. */
function zipWithoutWord(): Uint8Array {
  const name = enc('notes.txt');
  const data = enc('minutes of the water board');
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  const crc = ~c >>> 0;
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const local = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length), 0, 0, ...name, ...data];
  const central = [0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0), ...name];
  const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, ...u32(central.length), ...u32(local.length), 0, 0];
  return new Uint8Array([...local, ...central, ...end]);
}

/** Inputs that make each error, with the key (code, or code_variant) it must be shown under. */
const INPUTS: readonly { name: string; expect: string; run: () => unknown }[] = [
  { name: 'an empty file', expect: 'empty-input', run: () => parseDocument(new Uint8Array(0), { fileName: 'ro.txt' }) },
  { name: 'an empty DOCX', expect: 'empty-input', run: () => docxParser.parse(new Uint8Array(0), { fileName: 'ro.docx' }) },
  { name: 'a text file of blank lines', expect: 'empty-input_no-text', run: () => parseDocument(enc('\n\n   \n'), { fileName: 'ro.txt' }) },
  { name: 'a TMX without translation units', expect: 'empty-input_no-units', run: () => readTmx(tmx(''), { fileName: 'empty.tmx' }) },
  { name: 'a file one byte over the size limit', expect: 'too-large', run: () => parseDocument(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: 'huge.txt' }) },
  { name: 'a text file over the size limit, read as text', expect: 'too-large', run: () => txtParser.parse(new Uint8Array(MAX_INPUT_BYTES + 1048576), { fileName: 'huge.txt' }) },
  { name: 'a cut DOCX', expect: 'parse_docx-zip', run: () => parseDocument(fixture('docx/ro.docx').slice(0, 3000), { fileName: 'ro.docx' }) },
  { name: 'a ZIP that is not a Word document', expect: 'parse_docx', run: () => docxParser.parse(zipWithoutWord(), { fileName: 'notes.docx' }) },
  { name: 'a text file named .pdf', expect: 'parse_pdf-header', run: () => pdfParser.parse(enc('The water board met on Monday.'), { fileName: 'minutes.pdf' }) },
  { name: 'a cut PDF', expect: 'parse_pdf-truncated', run: () => parseDocument(fixture('pdf/ro.pdf').slice(0, 2000), { fileName: 'ro.pdf' }) },
  { name: 'a PDF header on garbage', expect: 'parse_pdf', run: () => pdfParser.parse(enc('%PDF-1.7\nthe reservoirs were closed\n%%EOF\n'), { fileName: 'odd.pdf' }) },
  { name: 'a PDF without a text layer', expect: 'no-text-layer', run: () => parseDocument(fixture('pdf/no-text-layer.pdf'), { fileName: 'scan.pdf' }) },
  { name: 'digits only, in no language', expect: 'parse_language', run: () => parseDocument(enc('1234 5678\n\n9999'), { fileName: 'numbers.txt' }) },
  { name: 'binary garbage named .txt', expect: 'encoding_binary', run: () => parseDocument(new Uint8Array([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x07, 0x08, 0x0e, 0x0f]), { fileName: 'noise.txt', format: 'txt' }) },
  { name: 'Latin-1 bytes read as UTF-8', expect: 'encoding_utf-8', run: () => parseDocument(new Uint8Array([...enc('caf'), 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), { fileName: 'cafe.txt', encoding: 'utf-8' }) },
  { name: 'high bytes no 8-bit code page makes sense of', expect: 'encoding_unknown-8bit', run: () => parseDocument(new Uint8Array([...enc('Text '), 0xe8, 0xe9, 0xea, 0xeb, 0x20, 0xf0, 0xf1, 0xf2]), { fileName: 'odd.txt' }) },
  { name: 'an HTML page with a UTF-8 mark and Latin-1 bytes', expect: 'encoding_utf-8-bom', run: () => htmlParser.parse(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('<html><body><p>caf'), 0xe9, 0x20, 0xff]), { fileName: 'p.html' }) },
  { name: 'an HTML page in KOI8-R', expect: 'encoding_charset', run: () => htmlParser.parse(enc('<html><head><meta charset="koi8-r"></head><body><p>x</p></body></html>'), { fileName: 'p.html' }) },
  { name: 'an HTML page declaring UTF-8 with Latin-1 bytes', expect: 'encoding_declared-utf-8', run: () => htmlParser.parse(new Uint8Array([...enc('<html><head><meta charset="utf-8"></head><body><p>caf'), 0xe9, 0x20, 0xff]), { fileName: 'p.html' }) },
  { name: 'an HTML page of binary bytes, no charset', expect: 'encoding_binary', run: () => htmlParser.parse(new Uint8Array([...enc('<html><body><p>'), 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]), { fileName: 'p.html' }) },
  { name: 'a shopping list', expect: 'no-structure', run: () => parseDocument(enc('A shopping list for the week.\n\nBread, water and apples.\n'), { fileName: 'list.txt', lang: 'en' }) },
  { name: 'lines with no EP structure', expect: 'no-structure', run: () => buildDocument({ lines: [{ text: 'Bread, water and apples.', line: 1 }], format: 'txt', lang: 'en' }) },
  { name: 'bytes Concordia cannot read', expect: 'unsupported-format', run: () => parseDocument(new Uint8Array([0, 1, 2, 0, 5]), { fileName: 'x.bin' }) },
  { name: 'a format with no parser', expect: 'unsupported-format_not-yet', run: () => parseDocument(enc('x'), { fileName: 'x.odt', format: 'odt' as never }) },
  { name: 'a TMX with an unclosed element', expect: 'parse_xml', run: () => readTmx('<tmx><body></tmx>', { fileName: 'bad.tmx' }) },
  { name: 'an XLIFF with an unclosed element', expect: 'parse_xml', run: () => readXliff(`<xliff xmlns="${XLIFF12}" version="1.2"><file source-language="en">`, { fileName: 'bad.xlf' }) },
  { name: 'an HTML file read as a TMX', expect: 'parse_tmx-root', run: () => readTmx('<html><body/></html>', { fileName: 'page.tmx' }) },
  { name: 'a TMX with a tuv without xml:lang', expect: 'parse_tmx-tuv-lang', run: () => readTmx(tmx('<tu><tuv><seg>One tap.</seg></tuv></tu>'), { fileName: 'taps.tmx' }) },
  { name: 'a TMX read as an XLIFF', expect: 'parse_xliff-root', run: () => readXliff(tmx(''), { fileName: 'taps.xlf' }) },
  { name: 'an XLIFF 2 without srcLang', expect: 'parse_xliff-srclang', run: () => readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"/></xliff>', { fileName: 'a.xlf' }) },
  { name: 'an XLIFF 1.2 file without source-language', expect: 'parse_xliff-source-language', run: () => readXliff(`<xliff xmlns="${XLIFF12}" version="1.2"><file original="a" datatype="plaintext"><body/></file></xliff>`, { fileName: 'a.xlf' }) },
  { name: 'a TMX only in Japanese and Korean', expect: 'import_no-eu-language', run: () => readTmx(tmx('<tu><tuv xml:lang="ja"><seg>蛇口</seg></tuv><tuv xml:lang="ko"><seg>수도꼭지</seg></tuv></tu>', 'ja'), { fileName: 'asia.tmx' }) },
  {
    name: 'an XLIFF from Japanese into Korean',
    expect: 'import_no-eu-language',
    run: () => readXliff(`<xliff xmlns="${XLIFF12}" version="1.2"><file original="a" source-language="ja" target-language="ko" datatype="plaintext"><body><trans-unit id="1"><source>蛇口</source><target>수도꼭지</target></trans-unit></body></file></xliff>`),
  },
  { name: 'Finnish asked of an English–German TMX', expect: 'import_missing-language', run: () => tmxParser.parse(enc(tmx('<tu><tuv xml:lang="en"><seg>A tap.</seg></tuv><tuv xml:lang="de"><seg>Ein Hahn.</seg></tuv></tu>')), { fileName: 'taps.tmx', lang: 'fi' }) },
  {
    name: 'Finnish asked of an English–German XLIFF',
    expect: 'import_missing-language',
    run: () =>
      xliffParser.parse(enc(`<xliff xmlns="${XLIFF12}" version="1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body><trans-unit id="1"><source>A tap.</source><target>Ein Hahn.</target></trans-unit></body></file></xliff>`), {
        fileName: 'taps.xlf',
        lang: 'fi',
      }),
  },
];

/**
 * Wordings no small input reaches, each with why; their keys are still required (checked from the scan).
 * pdf-password needs an encrypted PDF (no fixture); saxes reports a document without a root element as not
 * well-formed before the TMX reader can say it has no <tmx>.
 */
const UNREACHED: Readonly<Record<string, string>> = { 'parse_pdf-password': 'no encrypted PDF fixture', 'parse_tmx-no-root': 'saxes fails first (parse_xml)' };
/** Variants in core/parsers that name warning wordings, not errors (tests/renderer/warning-keys.test.ts covers them). */
const WARNING_VARIANTS = new Set(['recital', 'paragraph', 'after-closing']);

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
const keyOf = (e: CoreError) => (typeof e.params?.variant === 'string' ? `${e.code}_${e.params.variant}` : e.code);

function parserSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? parserSources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The throw sites in core/parsers: `new …Error(` and the XML readers' `fail(`, each with the text that follows. */
function throwSites(): { file: string; text: string }[] {
  const sites: { file: string; text: string }[] = [];
  for (const file of parserSources('core/parsers')) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/new (?:ParseError|ImportError|UnsupportedFormatError)\(|(?<!const )\bfail\(/g)) sites.push({ file, text: src.slice(m.index, m.index + 500) });
  }
  return sites;
}

/** The error wordings the sources name: `variant: '…'` literals that are not warning wordings. */
function scannedVariants(): Set<string> {
  const out = new Set<string>();
  for (const file of parserSources('core/parsers')) for (const m of readFileSync(file, 'utf8').matchAll(/variant: '([a-z0-9-]+)'/g)) if (!WARNING_VARIANTS.has(m[1])) out.add(m[1]);
  return out;
}

let produced: { name: string; error: CoreError }[];

/** The CoreError `run` throws; null when it throws none (that input's test then fails and names it). */
async function errorOf(run: () => unknown): Promise<CoreError | null> {
  try {
    await run();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  return null;
}

beforeAll(async () => {
  ({ LOCALES } = await loadRenderer<{ LOCALES: typeof LOCALES }>('i18n/index.ts'));
  ({ errorKeys } = await loadRenderer<{ errorKeys: typeof errorKeys }>('components/warning-text.tsx'));
  produced = [];
  for (const input of INPUTS) {
    const error = await errorOf(input.run);
    if (error) produced.push({ name: input.name, error });
  }
});

describe('import errors in the locale files', () => {
  it.each(INPUTS.map((i) => [i.name, i] as const))('%s gives the expected error, with params', async (_name, input) => {
    const e = produced.find((p) => p.name === input.name)?.error;
    expect(e, 'no CoreError thrown').toBeDefined();
    if (!e) return;
    expect(keyOf(e), e.message).toBe(input.expect);
    expect(e.params, e.message).toBeDefined();
  });

  it('every throw site in core/parsers passes params (the scan works)', () => {
    const sites = throwSites();
    expect(sites.length).toBeGreaterThanOrEqual(35);
    // A statement ends at the first `;` that ends a line (messages hold `; ` only mid-line).
    const statement = (text: string) => text.slice(0, text.search(/;\s*\n/) + 1);
    expect(sites.every((s) => statement(s.text).length > 0)).toBe(true);
    const without = sites.filter((s) => !/params|variant:/.test(statement(s.text))).map((s) => `${s.file}: ${statement(s.text)}`);
    expect(without).toEqual([]);
  });

  it('every error wording in core/parsers is produced by an input above or listed as unreached', () => {
    const scanned = scannedVariants();
    expect(scanned).toContain('docx-zip');
    expect(scanned).not.toContain('recital');
    const variants = new Set(produced.flatMap((p) => (typeof p.error.params?.variant === 'string' ? [p.error.params.variant] : [])));
    const unreached = new Set(Object.keys(UNREACHED).map((k) => k.slice(k.indexOf('_') + 1)));
    expect([...scanned].filter((v) => !variants.has(v) && !unreached.has(v))).toEqual([]);
    expect([...variants].filter((v) => !scanned.has(v))).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s has an errors.* key for every error produced and every unreached wording', (lang) => {
    const missing = new Set<string>();
    for (const { error } of produced) for (const key of errorKeys(error)) if (!(key in LOCALES[lang])) missing.add(key);
    for (const key of Object.keys(UNREACHED)) if (!(`errors.${key}` in LOCALES[lang])) missing.add(`errors.${key}`);
    expect([...missing]).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s uses only placeholders the errors carry as params', (lang) => {
    const bad: string[] = [];
    for (const { name, error } of produced) {
      for (const key of errorKeys(error)) for (const p of placeholders(LOCALES[lang][key] ?? '')) if (!(p in (error.params ?? {}))) bad.push(`${key} {{${p}}} (${name})`);
    }
    expect(bad).toEqual([]);
  });

  it('the params are the values the English message interpolates, and the message is unchanged English', () => {
    const wrong: string[] = [];
    for (const { name, error } of produced) {
      for (const [p, v] of Object.entries(error.params ?? {})) {
        if (p === 'variant') continue;
        if (!error.message.includes(String(v))) wrong.push(`${name}: ${p}=${String(v)} not in "${error.message}"`);
      }
    }
    expect(wrong).toEqual([]);
    const tooLarge = produced.find((p) => p.name === 'a file one byte over the size limit')!.error;
    expect(tooLarge.message).toBe(`huge.txt: the file is 50.0 MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
    expect(tooLarge.params).toEqual({ size: '50.0', limit: MAX_INPUT_BYTES / 1048576 });
  });
});
