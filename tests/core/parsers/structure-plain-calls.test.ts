import { describe, expect, it } from 'vitest';
import type { ParsedDocument, SourceFormat } from '../../../core/index.js';
import { docxParser } from '../../../core/parsers/docx.js';
import { htmlParser } from '../../../core/parsers/html.js';
import { callMarker } from '../../../core/parsers/normalise.js';
import { buildDocument } from '../../../core/parsers/structure.js';
import { expectedUnits } from './fixture-docs.js';
import type { FixtureDoc } from './fixture-docs.js';
import { fixtureBytes } from './parser-contract.js';
import { PLAIN_CALL_DOCS, PLAIN_CALL_FORMS } from './structure-plain-calls-docs.js';

/** A digit glued to a letter ("Testland1") or a fifth digit glued to a year ("20192"): a lost footnote call. */
const GLUED_DIGIT = /\p{L}\d|(?<!\d)(?:19|20)\d{3}(?!\d)/u;

/** Unit text with "{n}" at each call. */
function withCalls(text: string, calls: readonly { n: number; offset: number }[]): string {
  let out = text;
  for (const c of [...calls].sort((a, b) => b.offset - a.offset)) out = `${out.slice(0, c.offset)}{${c.n}}${out.slice(c.offset)}`;
  return out;
}

const shown = (d: ParsedDocument) => d.units.map((u) => withCalls(u.text, u.calls));

describe.each(PLAIN_CALL_DOCS.flatMap((doc) => PLAIN_CALL_FORMS.map((form) => [`docx/plain-calls/${doc.lang}-${form}.docx`, doc] as const)))(
  '%s (calls typed as plain digits)',
  (file: string, doc: FixtureDoc) => {
    let parsed: ParsedDocument;
    const load = async () => (parsed ??= await docxParser.parse(fixtureBytes(file), { fileName: file }));

    it('parses to exactly the units, calls and footnotes of the document', async () => {
      const d = await load();
      expect(d.lang).toBe(doc.lang);
      expect(d.title).toBe(doc.title);
      expect(d.procedure).toBe(doc.procedure);
      expect(d.units.map((u) => ({ kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls: u.calls }))).toEqual(expectedUnits(doc));
      expect(d.footnotes).toEqual(doc.footnotes.map((text, i) => ({ n: i + 1, text })));
    });

    it('leaves no digit glued to a word, keeps every real number whole, and warns of nothing about calls or front matter', async () => {
      const d = await load();
      // "P9_TA(2021)0056" is a document number, not a word with a digit.
      for (const u of d.units) expect(u.text.replace(/\bP\d_TA\(/g, ''), u.id).not.toMatch(GLUED_DIGIT);
      const all = d.units.map((u) => u.text).join('\n');
      for (const n of ['COM(2021)0512', '2019/452', 'P9_TA(2021)0056', '144', ' 3 ', ' 12 ', ' 14 ', ' 2019 ', ' 2022']) expect(all).toContain(n);
      expect(d.warnings.filter((w) => /^footnote|^front-matter/.test(w.code))).toEqual([]);
    });
  },
);

// --- the recogniser on DOCX/HTML blocks ----------------------------------------------------------------------------

/** Each text its own block, as the DOCX and HTML walkers give them. */
const blocks = (texts: readonly string[]) => texts.flatMap((t) => [t, '']).map((text, i) => ({ text, line: i + 1 }));

const HEAD = ['European Parliament resolution of 20 January 2022 on Testland', '(2022/2505(RSP))', 'The European Parliament,'];
const CLOSING = 'Instructs its President to forward this resolution to the Council.';

function parse(texts: readonly string[], format: SourceFormat, notes: number, explicit: boolean): ParsedDocument {
  const bodies = Array.from({ length: notes }, (_, i) => `OJ C ${100 + i}, 1.2.2021, p. ${i + 1}.`);
  return buildDocument({
    lines: blocks([...HEAD, ...texts, `${texts.filter((t) => /^\d+\./.test(t)).length + 1}. ${CLOSING}`, ...(explicit ? [] : bodies.map((b, i) => `${i + 1} ${b}`))]),
    format,
    lang: 'en',
    footnotes: explicit ? bodies.map((text, i) => ({ n: i + 1, text })) : undefined,
  });
}

describe('plain-digit calls in DOCX and HTML text', () => {
  it.each(['docx', 'html'] as const)('%s: bodies the format found (Word notes, note list) get their plain calls', (format) => {
    const d = parse(
      ['– having regard to its resolutions on Testland1,', '– having regard to the agreement in force since 20202,', 'A. whereas elections in 20213 were restricted;'],
      format,
      3,
      true,
    );
    expect(shown(d).slice(2, 5)).toEqual([
      'having regard to its resolutions on Testland{1},',
      'having regard to the agreement in force since 2020{2},',
      'whereas elections in 2021{3} were restricted;',
    ]);
    expect(d.warnings.filter((w) => w.code.startsWith('footnote'))).toEqual([]);
  });

  it('a typed note list after the text (bodies "1 …") gets its plain calls too', () => {
    const d = parse(['– having regard to its resolutions on Testland1,', '– having regard to the agreement of 20202,'], 'docx', 2, false);
    expect(shown(d).slice(2, 4)).toEqual(['having regard to its resolutions on Testland{1},', 'having regard to the agreement of 2020{2},']);
    expect(d.footnotes.map((f) => f.n)).toEqual([1, 2]);
  });

  it('partly marked calls: the plain ones between them are found, in order', () => {
    const d = parse(
      [
        `– having regard to its resolutions on Testland${callMarker(1)},`,
        '– having regard to the agreement of 20192,',
        `– having regard to the report on Testland${callMarker(3)},`,
        'A. whereas the protests of 20224 and 20225 were suppressed;',
      ],
      'docx',
      5,
      true,
    );
    expect(shown(d).slice(2, 6)).toEqual([
      'having regard to its resolutions on Testland{1},',
      'having regard to the agreement of 2019{2},',
      'having regard to the report on Testland{3},',
      'whereas the protests of 2022{4} and 2022{5} were suppressed;',
    ]);
  });

  it('a call marked in the title counts: the units\' plain calls continue after it', () => {
    const d = buildDocument({
      lines: blocks([
        `European Parliament resolution of 20 January 2022 on Testland${callMarker(1)}`,
        'The European Parliament,',
        '– having regard to the agreement signed by Testland1 in 20192,',
        '1. Instructs its President to forward this resolution to the Council.',
      ]),
      format: 'docx',
      lang: 'en',
      footnotes: [
        { n: 1, text: 'Name as used by the United Nations.' },
        { n: 2, text: 'OJ C 1, 1.1.2019, p. 1.' },
      ],
    });
    expect(d.units[0].calls).toEqual([{ n: 1, offset: d.units[0].text.length }]);
    expect(shown(d)[2]).toBe('having regard to the agreement signed by Testland1 in 2019{2},');
  });

  it('only numbers between marked calls are looked for: a digit after the last marked call is not a call', () => {
    const d = parse(
      ['– having regard to Testland2 and the 2019 accord,', `– having regard to its resolutions on Testland${callMarker(1)},`, `– having regard to the agreement${callMarker(2)},`],
      'html',
      2,
      true,
    );
    // "Testland2" stands before call 1: call 2 is expected after call 1, so it is text (and stays as written).
    expect(shown(d).slice(2, 5)).toEqual([
      'having regard to Testland2 and the 2019 accord,',
      'having regard to its resolutions on Testland{1},',
      'having regard to the agreement{2},',
    ]);
  });

  it('when every body has a marked call, DOCX/HTML text is left exactly as written', () => {
    const texts = [`– having regard to its resolutions on Testland${callMarker(1)},`, '– having regard to model A320 and the year 20192,'];
    for (const format of ['docx', 'html'] as const) {
      const d = parse(texts, format, 1, true);
      expect(shown(d)[3]).toBe('having regard to model A320 and the year 20192,');
    }
  });

  it.each(['docx', 'html', 'txt', 'pdf'] as const)('%s: never splits a real number: years, COM numbers, regulation numbers, paragraphs, groups and formulas', (format) => {
    const d = parse(
      [
        '– having regard to COM(2021)0512, Regulation (EU) 2019/452 and the 2019 accord,',
        '– having regard to Article 3(2) and Rule 144(5) of its Rules of Procedure,',
        '– having regard to the G7 statement, CO2 and PM10 limits and report A9-0123/2022,',
        '1. Recalls paragraph 3 of its resolution of 2019;',
        '2. Notes the resolution on Testland1 and the agreement of 20192;',
        '3. Welcomes the G7 and the 2023 plan3, the CO2 limit4 and the 2025 target5 and Article 3(2) and its Rule 144(6);',
      ],
      format,
      6,
      true,
    );
    const s = shown(d);
    expect(s[2]).toBe('having regard to COM(2021)0512, Regulation (EU) 2019/452 and the 2019 accord,');
    expect(s[3]).toBe('having regard to Article 3(2) and Rule 144(5) of its Rules of Procedure,');
    expect(s[4]).toBe('having regard to the G7 statement, CO2 and PM10 limits and report A9-0123/2022,');
    expect(s[5]).toBe('Recalls paragraph 3 of its resolution of 2019;');
    expect(s[6]).toBe('Notes the resolution on Testland{1} and the agreement of 2019{2};');
    // Calls 3–5 glued to words; "G7" (a group), "CO2" (a formula), "3(2)" and "144(6)" (paragraphs) stay whole.
    expect(s[7]).toBe('Welcomes the G7 and the 2023 plan{3}, the CO2 limit{4} and the 2025 target{5} and Article 3(2) and its Rule 144(6);');
    expect(d.warnings.map((w) => w.message)).toContain('footnote 6 is never called in the text');
  });

  it('a call written "(n)" right after a year is still a call; after an article number it is a paragraph', () => {
    const d = parse(['– having regard to the agreement of 2020(1),', '– having regard to Article 5(2) and the report(2),'], 'txt', 2, false);
    expect(shown(d).slice(2, 4)).toEqual(['having regard to the agreement of 2020{1},', 'having regard to Article 5(2) and the report{2},']);
  });

  it('TXT still counts the calls it found among its typed bodies', () => {
    const d = parse(['– having regard to its resolutions on Testland1,', '– having regard to the agreement,'], 'txt', 2, false);
    expect(d.warnings.find((w) => w.code === 'footnote-calls')?.message).toBe('found 1 of 2 footnote calls in the text');
  });
});

describe('an HTML page whose calls are plain digits', () => {
  it.each([
    ['superscript note numbers', '<p><sup>1</sup> Texts adopted, P9_TA(2021)0056.</p><p><sup>2</sup> OJ L 29, 4.2.2016, p. 3.</p>'],
    ['typed note numbers', '<p>1 Texts adopted, P9_TA(2021)0056.</p><p>2 OJ L 29, 4.2.2016, p. 3.</p>'],
    ['bracketed note numbers', '<p>(1) Texts adopted, P9_TA(2021)0056.</p><p>(2) OJ L 29, 4.2.2016, p. 3.</p>'],
  ])('%s: calls found after the word and the year', async (_name, notes) => {
    const html = `<html><body><p><b>European Parliament resolution of 20 January 2022 on Testland</b></p><p>(2022/2505(RSP))</p>
<p>The European Parliament,</p><p>– having regard to its resolutions on Testland1,</p><p>– having regard to the agreement in force since 20202,</p>
<p>1. Instructs its President to forward this resolution to the Council.</p><hr>${notes}</body></html>`;
    const d = await htmlParser.parse(new TextEncoder().encode(html), { fileName: 'plain.html' });
    expect(shown(d).slice(2, 4)).toEqual(['having regard to its resolutions on Testland{1},', 'having regard to the agreement in force since 2020{2},']);
    expect(d.footnotes).toEqual([
      { n: 1, text: 'Texts adopted, P9_TA(2021)0056.' },
      { n: 2, text: 'OJ L 29, 4.2.2016, p. 3.' },
    ]);
    expect(d.warnings).toEqual([]);
  });
});
