import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../core/align/sentence-align.js';
import { mergeBeads } from '../../../core/align/sentence-merge.js';
import type { SentenceBead } from '../../../core/index.js';
import { sentenceLines } from '../../../scripts/commands/align-sentences.js';

const bead = (src: number[], tgt: number[]): SentenceBead => ({ sentences: [src, tgt], confidence: 0.9 });
const sides = (beads: readonly SentenceBead[]) => beads.map((b) => b.sentences.map((s) => [...s]));

describe('mergeBeads (three or more versions)', () => {
  it('gives a sentence missing from the reference its own bead instead of joining the next one', () => {
    // Reference has 3 sentences; versions 1 and 2 both have an extra sentence between the reference's 1 and 2.
    const pairwise = new Map([
      [1, [bead([0], [0]), bead([1], [1]), bead([], [2]), bead([2], [3])]],
      [2, [bead([0], [0]), bead([1], [1]), bead([], [2]), bead([2], [3])]],
    ]);
    expect(sides(mergeBeads(0, 3, 3, pairwise))).toEqual([
      [[0], [0], [0]],
      [[1], [1], [1]],
      [[], [2], [2]],
      [[2], [3], [3]],
    ]);
  });

  it('keeps an extra sentence of one version alone, and at the very start or end', () => {
    const pairwise = new Map([
      [1, [bead([], [0]), bead([0], [1]), bead([1], [2]), bead([], [3])]],
      [2, [bead([0], [0]), bead([1], [1])]],
    ]);
    expect(sides(mergeBeads(0, 3, 2, pairwise))).toEqual([
      [[], [0], []],
      [[0], [1], [0]],
      [[1], [2], [1]],
      [[], [3], []],
    ]);
  });

  it('joins the bead around it only where another version has no cut there', () => {
    // Version 2 pairs reference 0–1 with its single sentence 0: version 1's extra sentence inside cannot stand alone.
    const pairwise = new Map([
      [1, [bead([0], [0]), bead([], [1]), bead([1], [2])]],
      [2, [bead([0, 1], [0])]],
    ]);
    expect(sides(mergeBeads(0, 3, 2, pairwise))).toEqual([[[0, 1], [0, 1, 2], [0]]]);
  });

  it('a sentence missing from one version leaves that version empty in the bead', () => {
    const pairwise = new Map([
      [1, [bead([0], [0]), bead([1], []), bead([2], [1])]],
      [2, [bead([0], [0]), bead([1], [1]), bead([2], [2])]],
    ]);
    expect(sides(mergeBeads(0, 3, 3, pairwise))).toEqual([
      [[0], [0], [0]],
      [[1], [], [1]],
      [[2], [1], [2]],
    ]);
  });

  it('mends an insertion: a version whose pairwise alignment joined the inserted sentence to its neighbour gets it moved', () => {
    const texts = [
      ['The first report covers 2019.', 'The third report covers 2021.'],
      ['The first report covers 2019.', 'The second report covers 2020 and runs to 45 pages, more than the others.', 'The third report covers 2021.'],
      ['Primul raport acoperă anul 2019.', 'Al doilea raport acoperă 2020 și are 45 de pagini, mai multe decât celelalte.', 'Al treilea raport acoperă 2021.'],
    ];
    // Version 2 against the reference could only join its second sentence to the first (a 1–2 bead).
    const pairwise = new Map([
      [1, [bead([0], [0]), bead([], [1]), bead([1], [2])]],
      [2, [bead([0], [0, 1]), bead([1], [2])]],
    ]);
    expect(sides(mergeBeads(0, 3, 2, pairwise))).toEqual([
      [[0], [0], [0, 1]],
      [[], [1], []],
      [[1], [2], [2]],
    ]);
    expect(sides(mergeBeads(0, 3, 2, pairwise, { texts, langs: ['en', 'en', 'ro'] }))).toEqual([
      [[0], [0], [0]],
      [[], [1], [1]],
      [[1], [2], [2]],
    ]);
  });

  it('leaves a neighbour alone when its extra sentence is a split of the reference sentence, not the insertion', () => {
    const texts = [
      ['The first report covers 2019 and 2018.', 'The third report covers 2021.'],
      [
        'The first report covers 2019 and 2018.',
        'A note follows on what was left out, with tables, maps and a long list of the sources that were consulted.',
        'The third report covers 2021.',
      ],
      // Version 2 splits the first sentence in two and has no counterpart of the note.
      ['Primul raport acoperă anul 2019;', 'și anul 2018.', 'Al treilea raport acoperă 2021.'],
    ];
    const pairwise = new Map([
      [1, [bead([0], [0]), bead([], [1]), bead([1], [2])]],
      [2, [bead([0], [0, 1]), bead([1], [2])]],
    ]);
    expect(sides(mergeBeads(0, 3, 2, pairwise, { texts, langs: ['en', 'en', 'ro'] }))).toEqual([
      [[0], [0], [0, 1]],
      [[], [1], []],
      [[1], [2], [2]],
    ]);
  });

  it('with real alignments: the council text without one English sentence, against the full English and the Romanian', () => {
    const fx = (n: string) => sentenceLines(readFileSync(new URL(`../../fixtures/align/${n}`, import.meta.url), 'utf8'));
    const en = fx('council.en.txt');
    const ro = fx('council.ro.txt');
    const ref = en.filter((_, i) => i !== 6); // "Councillor Petre Vlad proposed …" (Romanian 8)
    const pairwise = new Map([
      [1, alignSentences(ref, en, { srcLang: 'en', tgtLang: 'en' })],
      [2, alignSentences(ref, ro, { srcLang: 'en', tgtLang: 'ro' })],
    ]);
    const merged = mergeBeads(0, 3, ref.length, pairwise);
    const own = merged.find((b) => b.sentences[1].includes(6));
    expect(own?.sentences[0]).toEqual([]);
    expect(own?.sentences[2]).toContain(8);
    // Every sentence of every version exactly once, in order.
    for (const [d, n] of [
      [0, ref.length],
      [1, en.length],
      [2, ro.length],
    ]) expect(merged.flatMap((b) => b.sentences[d])).toEqual(Array.from({ length: n }, (_, k) => k));
  });
});
