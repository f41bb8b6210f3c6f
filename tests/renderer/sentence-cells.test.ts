// Sentence cells: every sentence of a bead maps back to its unit and to offsets into that unit's clean text (the
// coordinates annotations, names and findings use), and a unit's highlights are cut to the sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments, parseDocument } from '../../core/index.js';
import type { AlignedRow, AlignmentGrid, SentenceBead } from '../../core/index.js';
import { loadRenderer } from './load-renderer.js';

interface Location { unitId: string | null; unitText: string; start: number; end: number }
interface Highlight { start: number; end: number; kind: string; title?: string }
let locateSentences: (row: AlignedRow, doc: number) => Location[];
let beadParts: (row: AlignedRow, bead: SentenceBead, doc: number) => Location[];
let clipHighlights: (h: Highlight[], start: number, end: number) => Highlight[];

const RO = `Rezoluția Parlamentului European privind situația din Ruritania
(2031/9999(RSP))

Parlamentul European,

– având în vedere rezoluția sa din 3 martie 2030 privind Ruritania,

A. întrucât, la 4 mai 2031, au început proteste la Strelsau; întrucât activistul Rudolf Rassendîl a fost reținut la 5 mai 2031;

1. solicită autorităților să-l elibereze pe Rudolf Rassendîl; îndeamnă la revizuirea a 12 cazuri;
`;
const EN = `European Parliament resolution on the situation in Ruritania
(2031/9999(RSP))

The European Parliament,

– having regard to its resolution of 3 March 2030 on Ruritania,

A. whereas on 4 May 2031 protests began in Strelsau; whereas activist Rudolf Rassendyll was detained on 5 May 2031;

1. Calls on the authorities to release Rudolf Rassendyll; urges a review of 12 cases;
`;

let grid: AlignmentGrid;

beforeAll(async () => {
  ({ locateSentences, beadParts } = await loadRenderer<{ locateSentences: typeof locateSentences; beadParts: typeof beadParts }>('model/rows.ts'));
  ({ clipHighlights } = await loadRenderer<{ clipHighlights: typeof clipHighlights }>('model/highlights.ts'));
  const enc = new TextEncoder();
  const docs = [
    await parseDocument(enc.encode(RO), { fileName: 'ro.txt', lang: 'ro' }),
    await parseDocument(enc.encode(EN), { fileName: 'en.txt', lang: 'en' }),
  ];
  grid = alignDocuments(docs, { level: 'sentence' });
});

function row(key: string, texts: string[][], split: string[][], beads: number[][][]): AlignedRow {
  return {
    key,
    kind: 'paragraph',
    cells: texts.map((cell, d) => cell.map((text, k) => ({ id: `u${d}-${k}`, kind: 'paragraph' as const, label: null, ordinal: k + 1, text }))),
    confidence: 1,
    flags: [],
    sentences: { split, beads: beads.map((sentences) => ({ sentences, confidence: 1 })) },
  };
}

describe('sentence cells on an aligned grid', () => {
  it('maps every sentence of every version to its unit and offsets that slice back to the sentence', () => {
    let checked = 0;
    for (const r of grid.rows) {
      r.cells.forEach((cell, d) => {
        const located = locateSentences(r, d);
        expect(located).toHaveLength(r.sentences?.split[d].length ?? 0);
        located.forEach((loc, i) => {
          const unit = cell.find((s) => s.id === loc.unitId);
          expect(unit, `${r.key} doc ${d} sentence ${i}`).toBeDefined();
          expect(unit?.text.slice(loc.start, loc.end)).toBe(r.sentences?.split[d][i]);
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });

  it('gives a second sentence its offset inside the unit, so a word there maps to the unit offsets', () => {
    const recital = grid.rows.find((r) => r.key === 'recital:1');
    expect(recital?.sentences?.beads).toHaveLength(2);
    if (!recital?.sentences) return;
    const en = grid.documents.findIndex((d) => d.lang === 'en');
    const [part] = beadParts(recital, recital.sentences.beads[1], en);
    const sentence = part.unitText.slice(part.start, part.end);
    expect(sentence).toBe('whereas activist Rudolf Rassendyll was detained on 5 May 2031;');
    expect(part.start).toBeGreaterThan(0);
    // A selection of "Rassendyll" in the sentence cell: its offset in the cell plus the cell's offset.
    const inCell = sentence.indexOf('Rassendyll');
    const unitText = recital.cells[en][0].text;
    expect(unitText.slice(part.start + inCell, part.start + inCell + 'Rassendyll'.length)).toBe('Rassendyll');
    expect(part.start + inCell).toBe(unitText.indexOf('Rassendyll'));
  });
});

describe('locating sentences', () => {
  it('tells repeated sentences apart by position', () => {
    const r = row('para:1', [['Yes; Yes; No.']], [['Yes;', 'Yes;', 'No.']], [[[0]], [[1, 2]]]);
    expect(locateSentences(r, 0).map((l) => [l.start, l.end])).toEqual([[0, 4], [5, 9], [10, 13]]);
  });

  it('moves on to the next unit of a merged cell, even when the sentence also occurs earlier', () => {
    const r = row('para:1', [['Same. Other.', 'Same.']], [['Same.', 'Other.', 'Same.']], [[[0, 1, 2]]]);
    expect(locateSentences(r, 0).map((l) => [l.unitId, l.start])).toEqual([['u0-0', 0], ['u0-0', 6], ['u0-1', 0]]);
  });

  it('leaves a sentence it cannot find without a unit rather than pointing at the wrong words', () => {
    const r = row('para:1', [['Alpha beta.']], [['Gamma.']], [[[0]]]);
    expect(locateSentences(r, 0)).toEqual([{ unitId: null, unitText: 'Gamma.', start: 0, end: 6 }]);
  });
});

describe('bead parts', () => {
  it('joins consecutive sentences of one unit into one range, keeping the unit spacing between them', () => {
    const r = row('para:1', [['One.  Two. Three.']], [['One.', 'Two.', 'Three.']], [[[0, 1]], [[2]]]);
    const [first] = r.sentences?.beads ?? [];
    const parts = beadParts(r, first, 0);
    expect(parts).toHaveLength(1);
    expect(parts[0].unitText.slice(parts[0].start, parts[0].end)).toBe('One.  Two.');
  });

  it('gives one part per unit when a bead reaches over two units', () => {
    const r = row('para:1', [['First ends here.', 'Second starts.']], [['First ends here.', 'Second starts.']], [[[0, 1]]]);
    const [bead] = r.sentences?.beads ?? [];
    expect(beadParts(r, bead, 0).map((p) => [p.unitId, p.start, p.end])).toEqual([['u0-0', 0, 16], ['u0-1', 0, 14]]);
  });

  it('shows nothing for a version without sentences in the bead', () => {
    const r = row('para:1', [['A.'], ['B.']], [['A.'], ['B.']], [[[0], []]]);
    const [bead] = r.sentences?.beads ?? [];
    expect(beadParts(r, bead, 1)).toEqual([]);
  });
});

describe('clipping highlights to a sentence', () => {
  it('keeps what reaches into the range, cut at its edges and moved to start at 0', () => {
    const hs: Highlight[] = [
      { start: 0, end: 4, kind: 'name' },
      { start: 8, end: 14, kind: 'date', title: 'd' },
      { start: 11, end: 13, kind: 'annotation' },
      { start: 18, end: 25, kind: 'finding' },
      { start: 20, end: 22, kind: 'number' },
    ];
    expect(clipHighlights(hs, 10, 20)).toEqual([
      { start: 0, end: 4, kind: 'date', title: 'd' },
      { start: 1, end: 3, kind: 'annotation' },
      { start: 8, end: 10, kind: 'finding' },
    ]);
  });
});
