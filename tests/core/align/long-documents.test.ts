// Long documents are aligned inside a band around the diagonal (core/align/sequence.ts bandOf); the band must
// still find every structural change, wherever it sits.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { bandOf, FULL_TABLE_CELLS } from '../../../core/align/sequence.js';
import { parseDocument } from '../../../core/index.js';
import { scaleDocument } from '../../../scripts/lib/scale-corpus.js';

const PARAGRAPHS = 1200;

/** Removes numbered paragraph `n` (its line and the empty line after it) from a corpus-layout text. */
function dropParagraph(text: string, n: number): string {
  return text.replace(new RegExp(`(^|\\n)${n}\\. [^\\n]*\\n\\n`), '$1');
}

describe('long documents', () => {
  it('uses a band only above the full-table size, and the band covers both ends', () => {
    expect(bandOf(100, 100)(50)).toEqual([0, 100]);
    const band = bandOf(1200, 1190);
    expect(band(0)[0]).toBe(0);
    expect(band(1200)[1]).toBe(1190);
    const [from, to] = band(600);
    expect(to - from).toBeLessThan(200);
    expect((1201 * 1191) > FULL_TABLE_CELLS).toBe(true);
  });

  it('flags paragraphs missing at the start, middle and end of a 1200-paragraph version and pairs all others', async () => {
    const ro = await parseDocument(new TextEncoder().encode(scaleDocument('ro', { paragraphs: PARAGRAPHS })), { lang: 'ro' });
    let enText = scaleDocument('en', { paragraphs: PARAGRAPHS });
    for (const n of [3, 640, 1195]) enText = dropParagraph(enText, n);
    const en = await parseDocument(new TextEncoder().encode(enText), { lang: 'en' });
    const numbered = (d: typeof ro) => d.units.filter((u) => u.kind === 'paragraph' || u.kind === 'closing').length;
    expect(numbered(en)).toBe(numbered(ro) - 3);

    const grid = alignDocuments([ro, en]);
    const flagged = grid.rows.filter((r) => r.flags.length > 0);
    expect(flagged.map((r) => `${r.key}:${r.flags.map((f) => f.flag).join('+')}`)).toEqual(['para:3:missing', 'para:640:missing', 'para:1195:missing']);
    // Every other paragraph pairs the unit with the same number.
    for (const row of grid.rows) {
      if (row.flags.length > 0 || !row.key.startsWith('para:')) continue;
      expect(row.cells[1].map((s) => s.label), row.key).toEqual(row.cells[0].map((s) => s.label));
    }
  });
});
