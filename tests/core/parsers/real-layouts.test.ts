import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseError } from '../../../core/errors.js';
import type { LangCode } from '../../../core/model/language.js';
import { parseDocument } from '../../../core/parsers/index.js';
import { buildDocument } from '../../../core/parsers/structure.js';
import { frontMatterReferences, isPageFurnitureLine, separateGluedReferences } from '../../../core/parsers/page-furniture.js';
import { expectedUnits, LANGUAGE_DOCS, PROCEDURE } from './language-docs.js';
import type { LanguageDoc } from './language-docs.js';

/**
 * Our own resolution texts (language-docs.ts) in the layouts the institutions publish, written after real pages
 * (doceo TA-9-2022-0012_SL, TA-9-2020-0054_RO, TA-9-2019-0110_FR, TA-8-2017-0377_DE, TA-8-2018-0032_EL,
 * TA-8-2016-0311_PL, TA-8-2019-0114_IT, B-9-2022-0065_EN, B-9-2020-0402_HR, RC-6-2008-0209_RO; EUR-Lex
 * 52017IP0487_RO, 52022IP0081_EN, 52019IP0058_FR, 52018IP0019_DE, 52019IP0098_SV):
 * - `doceo-ta`: the "Texts adopted" page: portal link, 24-language menu, procedure block (Procedure, document
 *   stages, PV/CRE, votes), "PDF 148k WORD 54k", sitting line, short title, the glued reference line, notes, footer;
 * - `eurlex`: the EUR-Lex page of the OJ publication: site header, "Document 52022IP0012", the OJ line, the
 *   date/language/journal/page header, P9_TA, short title, "(2022/C 336/05)", "—" cells, `oj-super` calls, "Top";
 * - `doceo-rc`: the joint-motion page: titles, tabled motions, authors and groups, procedure block, the citation
 *   dash as list markup (absent from the text), "[1]" calls; the EN copy shows the raw `<Titre>`-style tags.
 * Each as an HTML page (tests/fixtures/html/real) and as the text a browser copy gives (tests/fixtures/txt/real),
 * where the dash is lost on EUR-Lex and motion pages and, for EN, BG, HR, PL and SV, on the TA page too.
 */
type Layout = 'doceo-ta' | 'eurlex' | 'doceo-rc';

const TA_LANGS: readonly LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg', 'it', 'hr', 'pl', 'sv'];
const RC_TITLES: Partial<Record<LangCode, string>> = {
  ro: 'Rezoluția Parlamentului European referitoare la situația din Kazahstan',
  en: 'European Parliament resolution on the situation in Kazakhstan',
  fr: 'Résolution du Parlement européen sur la situation au Kazakhstan',
  de: 'Entschließung des Europäischen Parlaments zur Lage in Kasachstan',
  bg: 'Резолюция на Европейския парламент относно положението в Казахстан',
};
const MOTIONS = ['B9-0065/2022', 'B9-0072/2022', 'B9-0074/2022', 'B9-0077/2022', 'B9-0079/2022'];

const CASES: [dir: 'html' | 'txt', layout: Layout, doc: LanguageDoc][] = [];
for (const dir of ['html', 'txt'] as const) {
  for (const doc of LANGUAGE_DOCS) {
    if (!TA_LANGS.includes(doc.lang)) continue;
    CASES.push([dir, 'doceo-ta', doc], [dir, 'eurlex', doc]);
    if (RC_TITLES[doc.lang]) CASES.push([dir, 'doceo-rc', doc]);
  }
}

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (dir: string, lang: string, layout: Layout) => join(root, 'tests', 'fixtures', dir, 'real', `${lang}-${layout}.${dir}`);

/** Furniture of the pages above that must never reach a unit's text. */
const FURNITURE = [
  /PDF \d|WORD \d|\d+k\b/, /Europarl portal/, /\(Selected\)|\b[a-z]{2} - [A-Za-zÀ-ž]/, /P9_TA\(2022\)0012/, /RC-B9-0065\/2022/, /Document 5/,
  /EUR-Lex/, /C 336/, /2022\/C/, /\bTop$/, /PV \d\d\/|CRE \d\d\//, / :$/, /<\/?[A-Z][A-Za-z-]*>/, /_{3,}/, /\b(?:19|21)\.1\.2022\b/,
  /Last updated|actualizare|mise à jour|Aktualisierung|ενημέρωση|обновяване|aggiornamento|ažuriranje|aktualizacja|uppdatering/,
];

describe('conformance', () => {
  it('covers RO, EN, FR, DE, EL, BG, IT, HR, PL and SV in every layout, as HTML and as copied text', () => {
    expect(CASES).toHaveLength(2 * (10 * 2 + 5));
    for (const [dir, layout, doc] of CASES) expect(() => readFileSync(fixture(dir, doc.lang, layout))).not.toThrow();
  });
});

describe.each(CASES.map(([dir, layout, doc]) => [`${doc.lang}-${layout}.${dir}`, dir, layout, doc] as const))('%s', (_name, dir, layout, doc) => {
  const parse = () => parseDocument(new Uint8Array(readFileSync(fixture(dir, doc.lang, layout))), { fileName: `${doc.lang}-${layout}.${dir}` });

  it('detects the language and reads the title and the procedure', async () => {
    const parsed = await parse();
    expect(parsed.lang).toBe(doc.lang);
    expect(parsed.unstructured).toBe(false);
    expect(parsed.title).toBe(layout === 'doceo-rc' ? RC_TITLES[doc.lang] : doc.title);
    expect(parsed.procedure).toBe(PROCEDURE);
  });

  it('returns exactly the units of the resolution, labels, texts and footnote calls, and nothing else', async () => {
    const parsed = await parse();
    const expected = expectedUnits(doc).map((u) => (u.kind === 'title' && layout === 'doceo-rc' ? { ...u, text: RC_TITLES[doc.lang]! } : u));
    expect(parsed.units.map((u) => [u.id, u.kind, u.label])).toEqual(expected.map((u) => [u.id, u.kind, u.label]));
    expect(parsed.units.map((u) => u.text)).toEqual(expected.map((u) => u.text));
    expect(parsed.units.map((u) => u.calls)).toEqual(expected.map((u) => u.calls));
    expect(parsed.units.filter((u) => u.kind === 'citation')).toHaveLength(3);
    expect(parsed.units.filter((u) => u.kind === 'recital').map((u) => u.label)).toEqual(doc.recitals.map(([l]) => l));
    expect(parsed.footnotes).toEqual([{ n: 1, text: doc.footnote }]);
  });

  it('keeps every piece of page furniture out of the units', async () => {
    const parsed = await parse();
    for (const u of parsed.units) for (const re of FURNITURE) expect(u.text, `${u.id} vs ${re}`).not.toMatch(re);
    expect(parsed.warnings.map((w) => w.code)).not.toContain('label-sequence');
  });

  it('feeds the furniture to the references', async () => {
    const parsed = await parse();
    if (layout === 'doceo-ta') expect(parsed.references).toEqual(expect.arrayContaining(['P9_TA(2022)0012', 'RC-B9-0065/2022']));
    if (layout === 'eurlex') expect(parsed.references).toEqual(expect.arrayContaining(['P9_TA(2022)0012', '52022IP0012', 'OJ:C:2022:336:0050:0055']));
    if (layout === 'doceo-rc') {
      expect(parsed.references).toContain('RC-B9-0065/2022');
      // The EN copy gives only the raw-tag header, which lists no tabled motions.
      if (!(doc.lang === 'en' && dir === 'txt')) expect(parsed.references).toEqual(expect.arrayContaining(MOTIONS));
    }
    for (const r of parsed.references) expect(r).not.toMatch(/\s/);
  });
});

describe('two more real layouts', () => {
  const read = (name: string) => parseDocument(new Uint8Array(readFileSync(join(root, 'tests', 'fixtures', 'txt', 'real', name))), { fileName: name });

  it('a motion page whose menus are in Portuguese and whose text exists only in English (after B-9-2022-0079_PT)', async () => {
    const doc = await read('en-doceo-b-pt-menu.txt');
    expect(doc.lang).toBe('en');
    expect(doc.title).toBe('European Parliament resolution on the situation in Kazakhstan');
    expect(doc.units.map((u) => [u.kind, u.label])).toEqual([
      ['title', null], ['opening', null], ['citation', null], ['citation', null], ['recital', 'A'], ['recital', 'B'], ['paragraph', '1'], ['closing', '2'],
    ]);
    expect(doc.units[2].text).toBe('having regard to its earlier resolutions on Kazakhstan, notably that of 11 February 2021,');
    expect(doc.units[2].calls).toEqual([{ n: 1, offset: doc.units[2].text.length - 1 }]);
    expect(doc.units[doc.units.length - 1].text).toBe('Instructs its President to forward this resolution to the Council and the Commission.');
    expect(doc.references).toEqual(expect.arrayContaining(['B9-0079/2022', 'RC-B9-0065/2022']));
    for (const u of doc.units) expect(u.text).not.toMatch(/documento|Processo|Votação|Textos|behalf|Last updated|Legal notice/);
  });

  it('an OJ C E page of 2013: dash and label cells on lines of their own, the sitting day inside the OJ text (after 52011IP0576_RO)', async () => {
    const doc = await read('ro-eurlex-ce.txt');
    expect(doc.lang).toBe('ro');
    expect(doc.title).toBe('Rezoluția Parlamentului European din 14 decembrie 2011 referitoare la revizuirea politicii europene de vecinătate');
    expect(doc.procedure).toBe('2011/2157(INI)');
    expect(doc.units.map((u) => [u.kind, u.label, u.text])).toEqual([
      ['title', null, doc.title],
      ['opening', null, 'Parlamentul European,'],
      ['citation', null, 'având în vedere comunicările comune ale Comisiei (COM(2011)0303),'],
      ['citation', null, 'având în vedere articolul 48 din Regulamentul său de procedură,'],
      ['recital', 'A', 'întrucât vecinătatea este importantă;'],
      ['paragraph', '1', 'salută revizuirea;'],
      ['closing', '2', 'încredințează Președintelui său sarcina de a transmite prezenta rezoluție Consiliului.'],
    ]);
    expect(doc.units[4].calls).toEqual([{ n: 1, offset: 'întrucât vecinătatea este importantă'.length }]);
    expect(doc.references).toEqual(expect.arrayContaining(['52011IP0576', 'OJ:C:2013:168E:0026:0044', 'P7_TA(2011)0576']));
  });
});

describe('page furniture lines', () => {
  it.each([
    'bg - български', 'en - English (Selected)', '• ro - română', 'PDF 148kWORD 54k', 'PDF 455kWORD 42 42k', 'PV 19/01/2022 - 20.2',
    'CRE 16/04/2020 - 17', 'P9_TA(2022)0012RC-B9-0065/2022', 'B9-0065/2022', '<Titre>on the situation in Kazakhstan</Titre>',
    '<RepeatBlock-By>', '<Date>{18/01/2022}18.1.2022</Date>', 'Go back to the Europarl portal', 'Document 52021IP0056',
    'OJ C 465, 17.11.2021, p. 147–153 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, FI, SV)',
    'ABl. L 417 vom 11.12.2020, p. 464–468 (BG, ES, CS)', '(2021/C 465/15)', '2013/C 168 E/05', 'C 465/147', 'CE 168/26', '17.11.2021',
    'EUR-Lex Access to European Union law', 'This document is an excerpt from the EUR-Lex website', '_________________',
    'OJ C 347, 9.9.2022, p. 176–184 (GA)', 'Document C/2024/04153', 'OJ C, C/2024/4153, 4.7.2024, ELI: http://data.europa.eu/eli/C/2024/4153/oj (BG, ES, EN)',
  ])('%s is furniture', (line) => expect(isPageFurnitureLine(line)).toBe(true));

  it.each([
    'having regard to its resolution of 11 February 2021 on Kazakhstan,',
    'A. whereas on 2 January 2022 protests began;',
    '1. Condemns the violence;',
    'de - facto control of the region was lost;',
    'de - facto control',
    'it - was lost',
    'Texts adopted, P9_TA(2021)0056.',
    'OJ C 465, 17.11.2021, p. 147.',
  ])('%s is not', (line) => expect(isPageFurnitureLine(line)).toBe(false));

  it('separates references that doceo runs together', () => {
    expect(separateGluedReferences('P9_TA(2022)0012RC-B9-0065/2022')).toBe('P9_TA(2022)0012 RC-B9-0065/2022');
    expect(separateGluedReferences('Joint motion - RC-B9-0065/2022Joint motion')).toBe('Joint motion - RC-B9-0065/2022 Joint motion');
  });

  it('reads the CELEX number and the OJ publication from the front matter only', () => {
    expect(frontMatterReferences(['Document 52021IP0056', 'OJ C 465, 17.11.2021, p. 147–153 (BG, ES, CS, EN)'], 'en')).toEqual(['52021IP0056', 'OJ:C:2021:465:0147:0153']);
    // The header cells alone (EUR-Lex TXT/HTML view): date and page.
    expect(frontMatterReferences(['17.11.2021', 'IT', "Gazzetta ufficiale dell'Unione europea", 'C 465/147'], 'it')).toEqual(['OJ:C:2021:465:0147']);
    expect(frontMatterReferences(['Texts adopted, P9_TA(2021)0056.', 'OJ C 465, 17.11.2021, p. 147.'], 'en')).toEqual([]);
    // EUR-Lex lists the Irish version's issue on a line of its own: it is not this version's publication.
    expect(frontMatterReferences(['Document 52022IP0081', 'OJ C 347, 9.9.2022, p. 202–210 (BG, ES, EN, FR)', 'OJ C 347, 9.9.2022, p. 176–184 (GA)'], 'en')).toEqual(['52022IP0081', 'OJ:C:2022:347:0202:0210']);
    expect(frontMatterReferences(['Document 52022IP0081', 'OJ C 347, 9.9.2022, p. 202–210 (BG, ES, EN, FR)', 'OJ C 347, 9.9.2022, p. 176–184 (GA)'], 'ga')).toEqual(['52022IP0081', 'OJ:C:2022:347:0176:0184']);
    // The language list wrapped onto its own line; the C E series of 2013.
    expect(frontMatterReferences(['Document 52011IP0576', 'JO C 168E, 14.6.2013, p. 26–44', '(BG, ES, RO, SV)', '14.6.2013', 'CE 168/26'], 'ro')).toEqual(['52011IP0576', 'OJ:C:2013:168E:0026:0044']);
    // The act-by-act C series since October 2023.
    expect(frontMatterReferences(['Document C/2024/04153', 'OJ C, C/2024/4153, 4.7.2024, ELI: http://data.europa.eu/eli/C/2024/4153/oj (BG, ES, EN)'], 'en')).toEqual(['C/2024/04153', 'OJ:C:2024:4153']);
  });
});

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('formulas without a dash', () => {
  it('starts a citation at the formula after a unit boundary, not inside a wrapped citation', () => {
    const doc = buildDocument({
      format: 'txt',
      lang: 'en',
      lines: lines(
        [
          'European Parliament resolution of 1 March 2023 on a test (2023/0001(RSP))', '', 'The European Parliament,', '',
          'having regard to the report of its delegation, which recommends that the Council keep', 'having regard to the situation under review,', '',
          'having regard to Rule 144 of its Rules of Procedure,', '', 'A. whereas this is a test;', '', '1. Instructs its President to forward this resolution.',
        ].join('\n'),
      ),
    });
    expect(doc.units.filter((u) => u.kind === 'citation').map((u) => u.text)).toEqual([
      'having regard to the report of its delegation, which recommends that the Council keep having regard to the situation under review,',
      'having regard to Rule 144 of its Rules of Procedure,',
    ]);
  });

  it('in PDF text, where lines wrap inside sentences, needs a blank line or a dash, not just a comma', () => {
    const text = ['European Parliament resolution on a test', 'The European Parliament,', '– having regard to the statement of its delegation, which it welcomed,', 'having regard to which the Council acted,', '– having regard to Rule 144,', 'A. whereas this is a test;', '1. Instructs its President to forward this resolution.'].join('\n');
    const cites = (format: 'pdf' | 'txt') => buildDocument({ format, lang: 'en', lines: lines(text) }).units.filter((u) => u.kind === 'citation').length;
    expect(cites('pdf')).toBe(2);
    expect(cites('txt')).toBe(3);
  });

  it('takes a dash on a line of its own as the next citation’s dash (OJ copies)', () => {
    const doc = buildDocument({
      format: 'txt',
      lang: 'pl',
      lines: lines(['Rezolucja Parlamentu Europejskiego z dnia 1 marca 2023 r. w sprawie testu', 'Parlament Europejski,', '-', 'uwzględniając art. 144 Regulaminu,', '-', 'uwzględniając swoją rezolucję,', 'A. mając na uwadze, że to jest test;', '1. zobowiązuje swoją przewodniczącą do przekazania niniejszej rezolucji Radzie.'].join('\n')),
    });
    expect(doc.units.filter((u) => u.kind === 'citation').map((u) => u.text)).toEqual(['uwzględniając art. 144 Regulaminu,', 'uwzględniając swoją rezolucję,']);
    expect(doc.units.every((u) => u.text !== '-' && !u.text.endsWith(' -'))).toBe(true);
  });

  it('leaves a document number in front of the procedure out of the title (EUR-Lex 52019IP0058)', () => {
    const doc = buildDocument({
      format: 'txt',
      lang: 'fr',
      lines: lines(['Résolution du Parlement européen du 31 janvier 2019 sur un projet de décision (D059689/02 — 2019/2522(RSP))', '', 'Le Parlement européen,', '', 'vu le projet de décision,', '', '1. charge son Président de transmettre la présente résolution au Conseil.'].join('\n')),
    });
    expect(doc.title).toBe('Résolution du Parlement européen du 31 janvier 2019 sur un projet de décision');
    expect(doc.procedure).toBe('2019/2522(RSP)');
  });

  it('does not take "alineatul (1)" for a footnote call in the OJ layout', () => {
    const doc = buildDocument({
      format: 'txt',
      lines: lines(
        [
          'Document 52023IP0001', '', 'C 12/34', '', 'Rezoluția Parlamentului European din 1 martie 2023 referitoare la un test', '', 'Parlamentul European,', '',
          'având în vedere articolul 144 alineatul (1) din Regulamentul său de procedură,', '', 'având în vedere rezoluția sa din 11 februarie 2021 (1),', '',
          'A.', '', 'întrucât acesta este un test;', '', '1.', '', 'încredințează Președintei sale sarcina de a transmite prezenta rezoluție Consiliului.', '',
          '(1)   JO C 465, 17.11.2021, p. 147.',
        ].join('\n'),
      ),
    });
    const [first, second] = doc.units.filter((u) => u.kind === 'citation');
    expect(first.text).toContain('alineatul (1) din');
    expect(first.calls).toEqual([]);
    expect(second.text).toBe('având în vedere rezoluția sa din 11 februarie 2021,');
    expect(second.calls).toEqual([{ n: 1, offset: 'având în vedere rezoluția sa din 11 februarie 2021'.length }]);
    expect(doc.references).toEqual(expect.arrayContaining(['52023IP0001']));
  });
});

describe('bad input stays bad', () => {
  const furnitureOnly = [
    'Go back to the Europarl portal', 'Choisissez la langue de votre document :', 'bg - български', 'en - English (Selected)',
    'Procedure : 2022/2505(RSP)', 'Document stages in plenary', 'Texts adopted :', 'P9_TA(2022)0012', 'Texts adopted', 'PDF 148kWORD 54k',
    'Thursday, 20 January 2022 - Strasbourg', 'The situation in Kazakhstan', 'P9_TA(2022)0012RC-B9-0065/2022', '', 'Last updated: 21 January 2022',
  ].join('\n');

  it('a page with only furniture is refused with no-structure', async () => {
    await expect(parseDocument(new TextEncoder().encode(furnitureOnly), { fileName: 'menu.txt' })).rejects.toSatisfy(
      (e: unknown) => e instanceof ParseError && e.code === 'no-structure',
    );
  });

  describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concordia-real-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const run = (file: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'concordia.ts'), 'parse', file], { cwd: root, env: { ...process.env, CONCORDIA_DEBUG: '' } }, (err, out, errOut) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout: out, stderr: errOut }),
        );
      });

    it('parses a copied EUR-Lex text', async () => {
      const { code, stdout } = await run(fixture('txt', 'ro', 'eurlex'));
      expect(code).toBe(0);
      expect(stdout).toContain('3 citations, 4 recitals, 4 paragraphs (the last one closing), 1 footnotes');
      expect(stdout).toContain('52022IP0012');
    });

    it('refuses a furniture-only page: one line, exit code 2, nothing on stdout', async () => {
      writeFileSync(join(dir, 'menu.txt'), furnitureOnly);
      const { code, stdout, stderr } = await run(join(dir, 'menu.txt'));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^concordia: .*menu\.txt.*no EP structure was recognised/);
    });
  });
});
