import { invariant } from '../errors.js';
import type { Features, PairContext, PairScore } from './evidence.js';
import { combine, scorePair } from './evidence.js';

/** One step of an alignment between two unit sequences `a` (pivot) and `b` (a version); indexes are 0-based. */
export type SequenceStep =
  | { readonly op: 'pair'; readonly a: readonly [number]; readonly b: readonly [number]; readonly score: PairScore }
  | { readonly op: 'split'; readonly a: readonly [number]; readonly b: readonly [number, number]; readonly score: PairScore }
  | { readonly op: 'merge'; readonly a: readonly [number, number]; readonly b: readonly [number]; readonly score: PairScore }
  | { readonly op: 'delete'; readonly a: readonly [number]; readonly b: readonly [] }
  | { readonly op: 'insert'; readonly a: readonly []; readonly b: readonly [number] };

/** Costs of the sequence alignment; a pair costs 1 − similarity (+ `labelMismatch` when labels differ, − `sameSlotShorter` in the case it names). */
export interface SequenceCosts {
  /** A unit with no partner (missing in, or extra to, the version). */
  readonly gap: number;
  /** Added to 1 − similarity for one unit matching two. */
  readonly splitMerge: number;
  /** Added when the structural position (label or ordinal) of a pair disagrees: a tie-breaker, not a decider. */
  readonly labelMismatch: number;
  /**
   * A pivot unit before the version's first unit or after its last one in the sequence, and a version unit
   * before the pivot's first or after its last. Cheaper than `gap`: a text that starts late or ends early (an
   * incomplete paste, a page cut off; the pivot as well as a version) loses one run at an end rather than units
   * here and there, so its last unit pairs with its true partner, not with a later unit that fits about as well
   * (which would call the units in between missing). A unit at an end still pairs rather than becoming extra
   * while its similarity is above 1 − gap − endGap.
   */
  readonly endGap: number;
  /**
   * Taken off the cost of a pair in the same structural slot when the version's unit is shorter than the pivot's
   * would be in its language. A paragraph that lost one of its sentences keeps its number but little else of its
   * length evidence: without this it became "missing" plus an extra row (23 of 145 planted sentence omissions in
   * the bench's sentence-check runs; 7 with 0.15). Only for shorter units: a version that merges two paragraphs
   * has a longer one, and merges must still win (0.08 without that condition lost 4 of 15 merge cases); 0.25 lost
   * a split case, 0.15 keeps every perturbation and truncation case of the align bench exact.
   */
  readonly sameSlotShorter: number;
}

export const DEFAULT_SEQUENCE_COSTS: SequenceCosts = { gap: 0.4, splitMerge: 0.45, labelMismatch: 0.04, endGap: 0.3, sameSlotShorter: 0.15 };

/** Below this many cells the whole table is filled; above it, a band around the diagonal. */
export const FULL_TABLE_CELLS = 40_000;

/**
 * The columns row `i` may use: a band around the scaled diagonal, wide enough for the length difference plus
 * `slack` units missing, added, split or merged in a row. Two versions of one text never drift further apart.
 */
export function bandOf(m: number, n: number, slack = 40): (i: number) => readonly [number, number] {
  if ((m + 1) * (n + 1) <= FULL_TABLE_CELLS) return () => [0, n];
  const half = Math.abs(m - n) + slack;
  return (i) => {
    const centre = m === 0 ? 0 : Math.round((i * n) / m);
    return [Math.max(0, centre - half), Math.min(n, centre + half)];
  };
}

/**
 * Aligns two sequences of units of one kind by dynamic programming over pairs, splits (1–2), merges (2–1),
 * deletions and insertions, scored by content evidence (`scorePair`) with `sameSlot(i, j)` as a small
 * tie-breaker. A split or merge costs `splitMerge` more than a pair, so it wins only where the two units read
 * together fit clearly better than one of them alone plus a gap; a cut-off text (`partial`) no longer than the
 * first of two units is never merged with them, since its length shows nothing of the second (the fragment a
 * cut-off version ends with must not swallow the pivot's last units). Monotone: order is preserved.
 * Deterministic; ties prefer pairs, then the earlier step. Long sequences are aligned inside a band around the
 * diagonal (`bandOf`), so the cost grows linearly with length. Pivot units before `b`'s first or after its last,
 * and `b`'s units before the pivot's first or after its last, cost `costs.endGap` (end gaps), others `costs.gap`.
 */
export function alignSequence(
  a: readonly Features[],
  b: readonly Features[],
  ctx: PairContext,
  sameSlot: (i: number, j: number) => boolean,
  costs: SequenceCosts = DEFAULT_SEQUENCE_COSTS,
): SequenceStep[] {
  const m = a.length;
  const n = b.length;
  const W = n + 1;
  const cost = new Float64Array((m + 1) * W).fill(Infinity);
  const back = new Uint8Array((m + 1) * W);
  // Scores are computed once per table cell (the backtrace recomputes only the m + n it follows): no cache, so
  // long sequences do not fill the heap.
  const score = (kind: number, i: number, j: number): PairScore => {
    if (kind === 0) return scorePair(a[i], b[j], ctx);
    if (kind === 1) return scorePair(a[i], combine(b[j], b[j + 1]), ctx);
    return scorePair(combine(a[i], a[i + 1]), b[j], ctx);
  };
  cost[0] = 0;
  const band = bandOf(m, n);
  // back codes: 1 pair, 2 split (1 a, 2 b), 3 merge (2 a, 1 b), 4 delete, 5 insert
  for (let i = 0; i <= m; i++) {
    const [from, to] = band(i);
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let code = 0;
      let c: number;
      if (i >= 1 && j >= 1) {
        c = cost[(i - 1) * W + j - 1];
        if (c < best) {
          const sim = score(0, i - 1, j - 1).sim;
          if (!sameSlot(i - 1, j - 1)) c += 1 - sim + costs.labelMismatch;
          else c += Math.max(0, 1 - sim - (b[j - 1].length < a[i - 1].length * ctx.ratio ? costs.sameSlotShorter : 0));
          if (c < best - 1e-12) [best, code] = [c, 1];
        }
      }
      if (i >= 1 && j >= 2) {
        c = cost[(i - 1) * W + j - 2];
        if (c + costs.splitMerge < best) {
          c += 1 - score(1, i - 1, j - 2).sim + costs.splitMerge;
          if (c < best - 1e-12) [best, code] = [c, 2];
        }
      }
      if (i >= 2 && j >= 1) {
        c = cost[(i - 2) * W + j - 1];
        // A cut-off text no longer than the first unit shows nothing of the second: no evidence for a merge.
        const reaches = !b[j - 1].partial || b[j - 1].length > a[i - 2].length * ctx.ratio;
        if (reaches && c + costs.splitMerge < best) {
          c += 1 - score(2, i - 2, j - 1).sim + costs.splitMerge;
          if (c < best - 1e-12) [best, code] = [c, 3];
        }
      }
      if (i >= 1) {
        c = cost[(i - 1) * W + j] + (j === 0 || j === n ? costs.endGap : costs.gap);
        if (c < best - 1e-12) [best, code] = [c, 4];
      }
      if (j >= 1) {
        // The mirror of the end gaps above: the pivot itself may be the text that starts late or ends early.
        c = cost[i * W + j - 1] + (i === 0 || i === m ? costs.endGap : costs.gap);
        if (c < best - 1e-12) [best, code] = [c, 5];
      }
      cost[i * W + j] = best;
      back[i * W + j] = code;
    }
  }
  const steps: SequenceStep[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const code = back[i * W + j];
    switch (code) {
      case 1:
        steps.push({ op: 'pair', a: [i - 1], b: [j - 1], score: score(0, i - 1, j - 1) });
        i -= 1;
        j -= 1;
        break;
      case 2:
        steps.push({ op: 'split', a: [i - 1], b: [j - 2, j - 1], score: score(1, i - 1, j - 2) });
        i -= 1;
        j -= 2;
        break;
      case 3:
        steps.push({ op: 'merge', a: [i - 2, i - 1], b: [j - 1], score: score(2, i - 2, j - 1) });
        i -= 2;
        j -= 1;
        break;
      case 4:
        steps.push({ op: 'delete', a: [i - 1], b: [] });
        i -= 1;
        break;
      case 5:
        steps.push({ op: 'insert', a: [], b: [j - 1] });
        j -= 1;
        break;
      default:
        invariant(false, `sequence alignment back-pointer ${code} at ${i},${j}`);
    }
  }
  return steps.reverse();
}
