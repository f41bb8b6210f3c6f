import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../core/index.js';
import type { LangCode, ParsedDocument } from '../../../core/index.js';
import { detectLanguage } from '../../../core/lang/detect.js';
import { LANGUAGES } from '../../../core/model/language.js';
import { cleanText, docxText, expectedUnits, LANGUAGE_DOCS, PROCEDURE } from './language-docs.js';
import type { LanguageDoc } from './language-docs.js';

const LAYOUTS = [
  ['clean', cleanText],
  ['docx', docxText],
] as const;

async function parse(doc: LanguageDoc, layout: 'clean' | 'docx'): Promise<ParsedDocument> {
  const text = layout === 'clean' ? cleanText(doc) : docxText(doc);
  // No `lang`: the language must be detected from the text.
  return parseDocument(new TextEncoder().encode(text), { fileName: `${doc.lang}-${layout}.txt` });
}

/** Anything from the DOCX page furniture or the footnote body that must never reach a unit's text. */
const FURNITURE = [/\.docx/, /PE\d{3}\.\d{3}v\d{2}-\d{2}/, /\bRC1\b/, /B9-006\d\/2022/, /\}/, /\b1\/2\b|\b2\/2\b/];

describe('conformance fixtures', () => {
  it('cover every official EU language once', () => {
    expect(LANGUAGE_DOCS.map((d) => d.lang).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe.each(LANGUAGE_DOCS.map((d) => [d.lang, d] as const))('%s resolution', (lang, doc) => {
  describe.each(LAYOUTS.map(([name]) => [name] as const))('%s layout', (layout) => {
    it('detects the language without being told', async () => {
      const parsed = await parse(doc, layout);
      expect(parsed.lang).toBe(lang);
      expect(parsed.langSource).toBe('detected');
      expect(parsed.unstructured).toBe(false);
    });

    it('reads the title and the procedure', async () => {
      const parsed = await parse(doc, layout);
      expect(parsed.title).toBe(doc.title);
      expect(parsed.procedure).toBe(PROCEDURE);
    });

    it('returns the units in order with their ids, kinds and labels', async () => {
      const parsed = await parse(doc, layout);
      const expected = expectedUnits(doc);
      expect(parsed.units.map((u) => [u.id, u.kind, u.label])).toEqual(expected.map((u) => [u.id, u.kind, u.label]));
      expect(parsed.units.map((u) => u.text)).toEqual(expected.map((u) => u.text));
    });

    it('recognises the closing paragraph', async () => {
      const parsed = await parse(doc, layout);
      const last = parsed.units[parsed.units.length - 1];
      expect(last.kind).toBe('closing');
      expect(last.label).toBe('4');
      expect(parsed.units.filter((u) => u.kind === 'closing')).toHaveLength(1);
    });

    it('puts the footnote call on the first citation at the right offset and keeps the body', async () => {
      const parsed = await parse(doc, layout);
      const expected = expectedUnits(doc).find((u) => u.id === 'citation:1');
      const calls = parsed.units.filter((u) => u.calls.length > 0).map((u) => [u.id, u.calls]);
      expect(calls).toEqual([['citation:1', expected?.calls]]);
      expect(parsed.footnotes).toEqual([{ n: 1, text: doc.footnote }]);
    });

    it('keeps page furniture and the footnote body out of every unit', async () => {
      const parsed = await parse(doc, layout);
      for (const u of parsed.units) {
        for (const re of FURNITURE) expect(u.text, `${u.id} ${re}`).not.toMatch(re);
        expect(u.text).not.toContain(doc.footnote);
        expect(u.text).not.toContain(doc.motto);
        expect(u.text).not.toMatch(new RegExp(`(^|\\s)${lang.toUpperCase()}(\\s|$)`));
      }
    });
  });
});

/** Close pairs whose letters and function words overlap most (detect.ts ALPHABET/SHAPES comments). */
const CLOSE_GROUPS: readonly (readonly LangCode[])[] = [
  ['cs', 'sk'],
  ['hr', 'sl'],
  ['da', 'sv'],
  ['es', 'pt', 'it'],
];

describe('language detection on the conformance documents', () => {
  const docOf = (lang: LangCode) => LANGUAGE_DOCS.find((d) => d.lang === lang) as LanguageDoc;

  it.each(CLOSE_GROUPS.flatMap((g) => g.flatMap((lang) => LAYOUTS.map(([name, render]) => [lang, name, render, g] as const))))(
    'tells %s (%s layout) from its close neighbours',
    (lang, _layout, render, group) => {
      const detected = detectLanguage(render(docOf(lang)));
      expect(detected?.lang).toBe(lang);
      const own = detected?.scores[lang] ?? -Infinity;
      for (const other of group) if (other !== lang) expect(own, `${lang} vs ${other}`).toBeGreaterThan(detected?.scores[other] ?? -Infinity);
    },
  );

  it.each(CLOSE_GROUPS.flatMap((g) => g.map((lang) => [lang, g] as const)))('tells %s from its neighbours on each recital and paragraph alone', (lang, group) => {
    // A single unit is the hard case: no title, opening line or citation formula to lean on.
    const doc = docOf(lang);
    for (const text of [...doc.recitals.map(([, t]) => t), ...doc.paragraphs]) {
      const detected = detectLanguage(text);
      expect(detected?.lang, text).toBe(lang);
      for (const other of group) if (other !== lang) expect(detected?.scores[lang], `${text} (${other})`).toBeGreaterThan(detected?.scores[other] ?? -Infinity);
    }
  });
});
