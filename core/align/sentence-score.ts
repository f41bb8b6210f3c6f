import type { SentenceBead } from '../model/alignment.js';
import { InvalidInputError } from '../errors.js';

/** A bead as two lists of 0-based sentence indexes: source side, target side. */
export type BeadPair = readonly [readonly number[], readonly number[]];

/** Counts behind strict and lax precision and recall; summing counts over documents gives corpus-level scores. */
export interface AlignmentCounts {
  /** Over test beads: strict hits and misses, lax hits and misses. */
  readonly precision: readonly [number, number, number, number];
  /** Over gold beads without insertions/deletions, against test beads without them. */
  readonly recall: readonly [number, number, number, number];
}

export interface AlignmentScore {
  readonly precisionStrict: number;
  readonly recallStrict: number;
  readonly f1Strict: number;
  readonly precisionLax: number;
  readonly recallLax: number;
  readonly f1Lax: number;
}

const key = (b: BeadPair) => `${b[0].join(',')}:${b[1].join(',')}`;

/**
 * Vecalign's `_precision` (score.py, after Sennrich & Volk 2011, W11-4624): a test bead is a strict hit when the
 * gold has exactly that bead; otherwise a lax hit when some source sentence of it is gold-aligned to some target
 * sentence of it. Beads empty on both sides are ignored; duplicates count once (score.py uses sets).
 */
function precisionCounts(gold: readonly BeadPair[], test: readonly BeadPair[]): [number, number, number, number] {
  const goldKeys = new Set<string>();
  const goldTargets = new Map<number, Set<number>>();
  for (const g of gold) {
    if (g[0].length === 0 && g[1].length === 0) continue;
    goldKeys.add(key(g));
    for (const s of g[0]) {
      let set = goldTargets.get(s);
      if (!set) goldTargets.set(s, (set = new Set()));
      for (const t of g[1]) set.add(t);
    }
  }
  let tpStrict = 0;
  let fpStrict = 0;
  let tpLax = 0;
  let fpLax = 0;
  const seen = new Set<string>();
  for (const t of test) {
    if (t[0].length === 0 && t[1].length === 0) continue;
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) {
      tpStrict++;
      tpLax++;
      continue;
    }
    fpStrict++;
    const overlaps = t[0].some((s) => t[1].some((x) => goldTargets.get(s)?.has(x) === true));
    if (overlaps) tpLax++;
    else fpLax++;
  }
  return [tpStrict, fpStrict, tpLax, fpLax];
}

/** Reads beads from `SentenceBead`s (first two versions) or pairs. */
export function beadPairs(beads: readonly (SentenceBead | BeadPair)[]): BeadPair[] {
  return beads.map((b) => ('sentences' in b ? [b.sentences[0] ?? [], b.sentences[1] ?? []] : b));
}

/**
 * Strict and lax counts of one document, as Vecalign's `score_multiple` accumulates them: precision over all test
 * beads (including 1–0 and 0–1) against all gold beads; recall with the roles swapped and both sides stripped of
 * insertions and deletions.
 */
export function alignmentCounts(gold: readonly BeadPair[], test: readonly BeadPair[]): AlignmentCounts {
  const noDel = (bs: readonly BeadPair[]) => bs.filter((b) => b[0].length > 0 && b[1].length > 0);
  return { precision: precisionCounts(gold, test), recall: precisionCounts(noDel(test), noDel(gold)) };
}

/** Sums per-document counts. */
export function addCounts(a: AlignmentCounts, b: AlignmentCounts): AlignmentCounts {
  const add = (x: readonly number[], y: readonly number[]) => [x[0] + y[0], x[1] + y[1], x[2] + y[2], x[3] + y[3]] as const;
  return { precision: add(a.precision, b.precision), recall: add(a.recall, b.recall) };
}

export const ZERO_COUNTS: AlignmentCounts = { precision: [0, 0, 0, 0], recall: [0, 0, 0, 0] };

/** Precision, recall and F1 from counts; a ratio with nothing to divide is 0, as in score.py. */
export function scoreOf(c: AlignmentCounts): AlignmentScore {
  const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 0 : hit / (hit + miss));
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precisionStrict = ratio(c.precision[0], c.precision[1]);
  const precisionLax = ratio(c.precision[2], c.precision[3]);
  const recallStrict = ratio(c.recall[0], c.recall[1]);
  const recallLax = ratio(c.recall[2], c.recall[3]);
  return { precisionStrict, recallStrict, f1Strict: f1(precisionStrict, recallStrict), precisionLax, recallLax, f1Lax: f1(precisionLax, recallLax) };
}

/** Strict and lax scores of one test alignment against its gold. */
export function scoreAlignment(gold: readonly BeadPair[], test: readonly BeadPair[]): AlignmentScore {
  return scoreOf(alignmentCounts(gold, test));
}

/**
 * Parses beads written one per line as `[i, j]:[k]` (0-based indexes, `[]` for an empty side), the format of
 * Vecalign's gold files and of `concordia align-sentences`. Blank lines are skipped; anything after a tab (a
 * confidence) is ignored. Throws InvalidInputError naming the line on anything else.
 */
export function parseBeads(text: string, where = 'beads'): BeadPair[] {
  const out: BeadPair[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].split('\t')[0].trim();
    if (line === '') continue;
    const m = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/.exec(line);
    if (!m) throw new InvalidInputError(`${where} line ${n + 1}: expected a bead like [0, 1]:[2], found "${line.slice(0, 60)}"`);
    const side = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '')
        .map(Number);
    out.push([side(m[1]), side(m[2])]);
  }
  return out;
}
