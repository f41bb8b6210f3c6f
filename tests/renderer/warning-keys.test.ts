// Parser warnings reach the UI through `warnings.<code>` keys filled with the warning's params (renderer
// components/warning-text.tsx). Every code core/parsers can produce must have its key in every locale, and a key may
// only use placeholders the code's warnings carry as params; otherwise the UI shows "{{label}}" to the user.
// The warnings are produced from small inputs written for this test, one or more per code and wording; the parser
// sources are scanned as well, so a new warning code without an input here fails the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseWarning } from '../../core/index.js';
import { buildDocument, parseDocument } from '../../core/parsers/index.js';
import { readTmx } from '../../core/parsers/tmx.js';
import { readXliff } from '../../core/parsers/xliff.js';
import { loadRenderer } from './load-renderer.js';

const UI_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
let LOCALES: Record<(typeof UI_LANGUAGES)[number], Record<string, string>>;
let warningKeys: (w: Pick<ParseWarning, 'code' | 'params'>) => string[];

const lines = (ls: readonly string[]) => ls.map((text, i) => ({ text, line: i + 1 }));
const build = (ls: readonly string[], allowUnstructured = false) => buildDocument({ lines: lines(ls), format: 'txt', lang: 'en', allowUnstructured }).warnings;
const TITLE = 'European Parliament resolution of 9 March 2031 on the water supply in Vale';
const OPEN = 'The European Parliament,';
const CITE = '– having regard to its earlier resolutions on Vale,';
const CLOSE = 'Instructs its President to forward this resolution to the Council and the Commission.';
const para = (n: number, text: string) => `${n}. ${text}`;

/** Inputs that make each warning, with the code and (when it has several wordings) the variant they must give. */
const INPUTS: readonly { name: string; expect: string; warnings: () => Promise<readonly ParseWarning[]> | readonly ParseWarning[] }[] = [
  {
    name: 'a rule line between the citations and the recitals',
    expect: 'furniture-removed',
    warnings: () => build([TITLE, '', OPEN, '', CITE, '', '____________', '', 'A. whereas the reservoirs were closed in March;', '', para(1, 'Regrets the closures;'), '', para(2, CLOSE)]),
  },
  {
    name: 'a web page footer after the closing paragraph',
    expect: 'furniture-removed_after-closing',
    warnings: () =>
      build([TITLE, '', OPEN, '', CITE, '', 'A. whereas the reservoirs were closed in March;', '', para(1, 'Regrets the closures;'), '', para(2, CLOSE), '', 'Last updated: 10 March 2031', '', 'Legal notice - Privacy policy']),
  },
  {
    name: 'a recital letter and a paragraph number skipped',
    expect: 'label-sequence_recital label-sequence_paragraph',
    warnings: () =>
      build([TITLE, '', OPEN, '', CITE, '', 'A. whereas the reservoirs were closed in March;', '', 'C. whereas the wells ran dry;', '', para(1, 'Regrets the closures;'), '', para(3, 'Asks for an inquiry;'), '', para(4, CLOSE)]),
  },
  {
    name: 'a paste that starts at recital F after the tail of recital E',
    expect: 'missing-beginning_recital missing-beginning_cut-off-recital',
    warnings: () =>
      build(['and the water board did not answer the letters sent to it in 2030;', '', 'F. whereas the reservoirs were closed in March;', '', 'G. whereas the wells ran dry;', '', para(1, 'Regrets the closures;'), '', para(2, CLOSE)]),
  },
  {
    name: 'a paste that starts at paragraph 7 after the tail of paragraph 6',
    expect: 'missing-beginning_paragraph missing-beginning_cut-off-paragraph',
    warnings: () => build(['and to publish the inspection reports without delay;', '', para(7, 'Regrets the closures of the reservoirs in the valley;'), '', para(8, 'Asks for an inquiry into the fines;'), '', para(9, CLOSE)]),
  },
  {
    name: 'lines above the title that are not part of it',
    expect: 'front-matter',
    warnings: () => build(['Plenary sitting of the Vale delegation', 'Agenda item seven', TITLE, OPEN, CITE, 'A. whereas the reservoirs were closed in March;', para(1, 'Regrets the closures;'), para(2, CLOSE)]),
  },
  {
    name: 'two footnotes, one called',
    expect: 'footnote-calls footnote-uncalled',
    warnings: () =>
      build([TITLE, '', OPEN, '', '– having regard to its resolutions on Vale1,', '', '– having regard to the water directive,', '', 'A. whereas the reservoirs were closed in March;', '', para(1, 'Regrets the closures;'), '', para(2, CLOSE), '', '1 OJ C 11, 1.1.2030, p. 1.', '2 OJ C 12, 2.2.2030, p. 2.']),
  },
  {
    name: 'text without EP structure, read as plain blocks',
    expect: 'unstructured',
    warnings: () => build(['A shopping list for the week.', '', 'Bread, water and apples.'], true),
  },
  {
    name: 'a Windows-1250 text file',
    expect: 'encoding',
    warnings: async () => (await parseDocument(new Uint8Array(readFileSync('tests/fixtures/txt/ro-windows-1250.txt')), { fileName: 'ro.txt', encoding: 'windows-1250' })).warnings,
  },
  {
    name: 'a TMX with a Japanese segment and two English ones in one TU',
    expect: 'tmx-language tmx-duplicate-language',
    warnings: () =>
      readTmx(
        `<?xml version="1.0"?><tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>One tap.</seg></tuv><tuv xml:lang="en"><seg>A tap.</seg></tuv><tuv xml:lang="de"><seg>Ein Hahn.</seg></tuv><tuv xml:lang="ja"><seg>蛇口</seg></tuv></tu>
</body></tmx>`,
        { fileName: 'taps.tmx' },
      ).documents[0].warnings,
  },
  {
    name: 'an XLIFF into Japanese',
    expect: 'xliff-language',
    warnings: () =>
      readXliff(
        '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="ja" datatype="plaintext"><body><trans-unit id="1"><source>One tap.</source><target>蛇口</target></trans-unit></body></file></xliff>',
      ).documents[0].warnings,
  },
  {
    name: 'an XLIFF before translation',
    expect: 'xliff-monolingual',
    warnings: () => readXliff(new Uint8Array(readFileSync('tests/fixtures/xliff/monolingual-1.2.xlf'))).documents[0].warnings,
  },
];

/** English messages that write a param in another form than the UI does (the recital ordinal, not its letter). */
const REWORDED: Readonly<Record<string, readonly string[]>> = { 'label-sequence_recital': ['previous'] };

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

function parserSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? parserSources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Codes of the warnings the parser sources write (`{ code: '…', message: … }`; ParseErrors carry no message field). */
function scannedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of parserSources('core/parsers')) for (const m of readFileSync(file, 'utf8').matchAll(/code: '([a-z0-9-]+)',\s*message:/g)) codes.add(m[1]);
  return codes;
}

let produced: { name: string; warning: ParseWarning }[];

beforeAll(async () => {
  ({ LOCALES } = await loadRenderer<{ LOCALES: typeof LOCALES }>('i18n/index.ts'));
  ({ warningKeys } = await loadRenderer<{ warningKeys: typeof warningKeys }>('components/warning-text.tsx'));
  produced = [];
  for (const input of INPUTS) for (const warning of await input.warnings()) produced.push({ name: input.name, warning });
});

describe('parser warnings in the locale files', () => {
  it.each(INPUTS.map((i) => [i.name, i] as const))('%s gives the expected warnings, each with params', async (_name, input) => {
    const warnings = await input.warnings();
    const got = new Set(warnings.map((w) => (typeof w.params?.variant === 'string' ? `${w.code}_${w.params.variant}` : w.code)));
    for (const e of input.expect.split(' ')) expect([...got], input.name).toContain(e);
    for (const w of warnings) expect(w.params, `${w.code}: ${w.message}`).toBeDefined();
  });

  it('every warning code in core/parsers is produced by an input above (the scan works, and none is left untested)', () => {
    const scanned = scannedCodes();
    expect(scanned.size).toBeGreaterThanOrEqual(12);
    expect(scanned).toContain('label-sequence');
    expect(scanned).not.toContain('empty-input'); // a ParseError, not a warning
    const codes = new Set(produced.map((p) => p.warning.code));
    expect([...scanned].filter((c) => !codes.has(c))).toEqual([]);
    expect([...codes].filter((c) => !scanned.has(c))).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s has a warnings.<code> key for every code, and a key for every variant', (lang) => {
    const missing = new Set<string>();
    for (const { warning } of produced) for (const key of warningKeys(warning)) if (!(key in LOCALES[lang])) missing.add(key);
    for (const code of scannedCodes()) if (!(`warnings.${code}` in LOCALES[lang])) missing.add(`warnings.${code}`);
    expect([...missing]).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s uses only placeholders the warnings carry as params', (lang) => {
    const bad: string[] = [];
    for (const { name, warning } of produced) {
      for (const key of warningKeys(warning)) {
        for (const p of placeholders(LOCALES[lang][key] ?? '')) if (!(p in (warning.params ?? {}))) bad.push(`${key} {{${p}}} (${name})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the params are the values the English message interpolates', () => {
    const wrong: string[] = [];
    for (const { warning } of produced) {
      const key = warningKeys(warning)[0];
      const reworded = REWORDED[key.replace(/^warnings\./, '')] ?? [];
      for (const p of placeholders(LOCALES.en[key])) {
        if (reworded.includes(p)) continue;
        if (!warning.message.includes(String(warning.params?.[p]))) wrong.push(`${key}: ${p}=${String(warning.params?.[p])} not in "${warning.message}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
