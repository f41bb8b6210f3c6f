import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments, splitSentenceSpans } from '../../../core/align/index.js';
import { parseDocument } from '../../../core/index.js';
import type { LangCode, ParsedDocument } from '../../../core/index.js';

// A version whose paragraph lost one of its sentences keeps the paragraph's number but little of its length: the
// row must pair it (weak evidence, so low-confidence) rather than call the paragraph missing and add an extra row.
const CORPUS = new URL('../../../corpus/2022-2505-RSP/', import.meta.url);
const parse = (lang: LangCode) => parseDocument(new Uint8Array(readFileSync(new URL(`${lang}.txt`, CORPUS))), { fileName: `${lang}.txt`, lang, official: lang === 'ro' });

/** The version with the first sentence of `unitId` taken out. */
function withoutFirstSentence(doc: ParsedDocument, unitId: string): ParsedDocument {
  return {
    ...doc,
    units: doc.units.map((u) => {
      if (u.id !== unitId) return u;
      const spans = splitSentenceSpans(u.text, doc.lang);
      expect(spans.length).toBeGreaterThanOrEqual(2);
      return { ...u, text: u.text.slice(spans[1].start) };
    }),
  };
}

describe('a unit that lost a sentence', () => {
  it('stays paired with the pivot unit of the same number, flagged low-confidence, with no extra row', async () => {
    const [ro, en] = await Promise.all([parse('ro'), parse('en')]);
    const cut = withoutFirstSentence(en, 'para:14');
    const grid = alignDocuments([ro, cut], { pivot: 0 });
    const row = grid.rows.find((r) => r.key === 'para:14');
    expect(row?.cells[1].map((c) => c.id)).toEqual(['para:14']);
    expect(row?.flags.map((f) => f.flag)).toEqual(['low-confidence']);
    expect(grid.rows.filter((r) => r.key.startsWith('extra:'))).toEqual([]);
    // Without the same-slot allowance the paragraph was called missing and became an extra row.
    const before = alignDocuments([ro, cut], { pivot: 0, costs: { sameSlotShorter: 0 } });
    expect(before.rows.find((r) => r.key === 'para:14')?.flags.map((f) => f.flag)).toEqual(['missing']);
    expect(before.rows.some((r) => r.key === 'extra:para:14@en')).toBe(true);
  });

  it('does not hold a longer unit in its slot: two paragraphs merged into one are still a merge', async () => {
    const [ro, en] = await Promise.all([parse('ro'), parse('en')]);
    const a = en.units.find((u) => u.id === 'para:5')!;
    const b = en.units.find((u) => u.id === 'para:6')!;
    const merged = { ...en, units: en.units.filter((u) => u.id !== 'para:6').map((u) => (u.id === 'para:5' ? { ...u, text: `${a.text} ${b.text}` } : u)) };
    const grid = alignDocuments([ro, merged], { pivot: 0 });
    expect(grid.rows.find((r) => r.key === 'para:5')?.flags.map((f) => f.flag)).toEqual(['merged']);
    expect(grid.rows.find((r) => r.key === 'para:6')?.flags.map((f) => f.flag)).toEqual(['merged']);
  });
});
