import { describe, expect, it } from 'vitest';
import { addCounts, alignmentCounts, parseBeads, scoreAlignment, scoreOf } from '../../../core/align/sentence-score.js';
import type { BeadPair } from '../../../core/align/sentence-score.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDocs, ladderToBeads, shortUnits } from '../../../scripts/bench/sentences.js';
import { InvalidInputError } from '../../../core/errors.js';

const b = (text: string): BeadPair[] => parseBeads(text);

describe('alignment scoring (Vecalign score.py definitions)', () => {
  const gold = b('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2, 3]\n');

  it('gives 1 for the gold itself', () => {
    const s = scoreAlignment(gold, gold);
    expect([s.f1Strict, s.f1Lax]).toEqual([1, 1]);
  });

  it('counts exact beads as strict hits and overlapping ones as lax hits only', () => {
    // [1]:[1] and [2]:[] overlap the gold [1, 2]:[1] (lax hit, strict miss; the deletion is a lax miss).
    // [3, 4]:[2, 3] overlaps [4]:[2, 3] through 4→2.
    const test = b('[0]:[0]\n[1]:[1]\n[2]:[]\n[3, 4]:[2, 3]\n');
    const c = alignmentCounts(gold, test);
    // Precision over the 4 test beads: 1 strict hit; lax hits [0]:[0], [1]:[1], [3,4]:[2,3]; [2]:[] is a lax miss.
    expect(c.precision).toEqual([1, 3, 3, 1]);
    // Recall: gold without deletions (3 beads) against test without deletions.
    expect(c.recall).toEqual([1, 2, 3, 0]);
    const s = scoreOf(c);
    expect(s.precisionStrict).toBeCloseTo(0.25);
    expect(s.recallStrict).toBeCloseTo(1 / 3);
    expect(s.f1Strict).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
    expect(s.f1Lax).toBeCloseTo((2 * 0.75 * 1) / 1.75);
  });

  it('a deletion that the gold also has is a strict hit', () => {
    expect(alignmentCounts(gold, b('[3]:[]')).precision).toEqual([1, 0, 1, 0]);
  });

  it('sums counts over documents', () => {
    const c = addCounts(alignmentCounts(gold, gold), alignmentCounts(gold, b('[0, 1]:[0, 1]')));
    expect(c.precision).toEqual([4, 1, 5, 0]);
  });

  it('parses beads with spaces and confidences, and names the bad line', () => {
    expect(parseBeads('[0, 1]:[2]\t0.9\n\n[]:[3]\n')).toEqual([
      [[0, 1], [2]],
      [[], [3]],
    ]);
    expect(() => parseBeads('[0]:[0]\n[1]-[1]\n', 'x.gold')).toThrow(InvalidInputError);
    expect(() => parseBeads('[0]:[0]\n[1]-[1]\n', 'x.gold')).toThrow(/x\.gold line 2/);
  });

  it('reads a hunalign ladder as beads', () => {
    expect(ladderToBeads('0\t0\t0.1\n1\t2\t0.3\n1\t3\t0.2\n3\t4\t0.3\n', 4, 4)).toEqual([
      [[0], [0, 1]],
      [[], [2]],
      [[1, 2], [3]],
      [[3], []],
    ]);
  });

  it('cuts documents into short units of gold beads, skipping pieces whose sentences are not contiguous (bench)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concordia-units-'));
    try {
      const set = join(dir, 'set');
      const mk = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';
      mkdirSync(set);
      writeFileSync(join(set, 'a.en'), mk(12, (i) => `Item ${i + 100} was counted on day ${i + 1}.`));
      writeFileSync(join(set, 'a.fr'), mk(12, (i) => `L'article ${i + 100} a été compté le jour ${i + 1}.`));
      // Beads 0–3 are in order; beads 7 and 8 cross each other, so the pieces 4–7 and 8–11 are not contiguous.
      const gold = Array.from({ length: 12 }, (_, i) => `[${i}]:[${i === 7 ? 8 : i === 8 ? 7 : i}]`).join('\n');
      writeFileSync(join(set, 'a.en-fr.gold'), `${gold}\n`);
      const u = shortUnits(findDocs(dir), 4);
      expect(u.units).toBe(1);
      expect(scoreOf(u.vocabulary).f1Strict).toBe(1);
      expect(scoreOf(u.plain).f1Strict).toBe(1);
      expect(shortUnits(findDocs(dir), 12).units).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
