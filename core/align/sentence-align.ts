import type { SentenceBead } from '../model/alignment.js';
import type { LangCode } from '../model/language.js';
import { invariant } from '../errors.js';
import type { AnchorExtractors, Features } from './evidence.js';
import { combine, defaultExtractors, dice, featuresOf } from './evidence.js';

export interface SentenceAlignOptions {
  readonly srcLang?: LangCode;
  readonly tgtLang?: LangCode;
  /** Expected target length per source character; estimated from the two texts when absent. */
  readonly ratio?: number;
  readonly extractors?: AnchorExtractors;
}

// Gale & Church (1993) bead priors and length variance.
const PRIOR: Record<string, number> = { '1-1': 0.89, '1-0': 0.0099, '0-1': 0.0099, '2-1': 0.0445, '1-2': 0.0445, '2-2': 0.011 };
const VARIANCE = 6.8;
const MAX_LENGTH_COST = 25;

/** Standard normal upper tail via the Abramowitz–Stegun 7.1.26 erfc approximation. */
function upperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return erfc / 2;
}

function lengthCost(ls: number, lt: number, ratio: number): number {
  const t = lt / ratio;
  const mean = Math.max(1, (ls + t) / 2);
  const delta = (t - ls) / Math.sqrt(mean * VARIANCE);
  const p = 2 * upperTail(delta);
  return p <= 0 ? MAX_LENGTH_COST : Math.min(MAX_LENGTH_COST, -Math.log(p));
}

/** Anchor evidence for a bead: negative (a reward) when numbers, names and end punctuation agree. */
function anchorCost(a: Features, b: Features): number {
  let c = 0;
  // Numbers are the strongest anchor: each shared value rewards, each value found on one side only costs.
  const { shared, unmatched } = overlap(a.numbers, b.numbers);
  c += -1.5 * Math.min(3, shared) + 2 * Math.min(3, unmatched);
  const names = dice(a.names, b.names);
  if (names !== null) c += 1.2 * (1 - 2 * names);
  const calls = dice(a.calls, b.calls);
  if (calls !== null) c += 2 * (1 - 2 * calls);
  if (a.end !== '' || b.end !== '') c += a.end === b.end ? -1 : 0.8;
  if ((a.quotes > 0) !== (b.quotes > 0)) c += 0.8;
  return c;
}

/** Shared and one-sided counts of two sorted multisets. */
function overlap(a: readonly string[], b: readonly string[]): { shared: number; unmatched: number } {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return { shared, unmatched: a.length + b.length - 2 * shared };
}

function group(fs: readonly Features[], from: number, count: number): Features {
  let f = fs[from];
  for (let k = 1; k < count; k++) f = combine(f, fs[from + k]);
  return f;
}

const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];

/**
 * Aligns two lists of sentences with a length-based dynamic program (Gale–Church beads 1–1, 1–0, 0–1, 2–1, 1–2,
 * 2–2) whose costs also reward anchors shared by both sides: numbers and dates, proper names (compared after
 * transliteration), footnote calls, end punctuation (? ! : ;) and quotation marks. Long inputs are aligned inside
 * a band around the diagonal. Returns beads in order covering every sentence exactly once; `sentences[0]` are
 * source indexes, `sentences[1]` target indexes. Deterministic; never throws on any input.
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], opts: SentenceAlignOptions = {}): SentenceBead[] {
  const ex = opts.extractors ?? defaultExtractors;
  const fa = src.map((s) => featuresOf(s, opts.srcLang ?? 'en', [], ex));
  const fb = tgt.map((s) => featuresOf(s, opts.tgtLang ?? opts.srcLang ?? 'en', [], ex));
  return alignSentenceFeatures(fa, fb, opts.ratio);
}

/** `alignSentences` over precomputed features. */
export function alignSentenceFeatures(fa: readonly Features[], fb: readonly Features[], ratioIn?: number): SentenceBead[] {
  const m = fa.length;
  const n = fb.length;
  if (m === 0 || n === 0) {
    return [...fa.map((_, i) => ({ sentences: [[i], []], confidence: 0.5 })), ...fb.map((_, j) => ({ sentences: [[], [j]], confidence: 0.5 }))];
  }
  const totalA = fa.reduce((s, f) => s + f.length, 0);
  const totalB = fb.reduce((s, f) => s + f.length, 0);
  const ratio = ratioIn ?? (totalA > 0 && totalB > 0 ? totalB / totalA : 1);

  // Band around the diagonal, wide enough for small inputs to be aligned in full.
  const width = Math.max(40, Math.ceil(0.15 * Math.max(m, n)), Math.abs(m - n) + 10);
  const lo = new Int32Array(m + 1);
  const hi = new Int32Array(m + 1);
  const rowStart = new Int32Array(m + 2);
  for (let i = 0; i <= m; i++) {
    const centre = Math.round((i * n) / m);
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(n, centre + width);
    rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
  }
  const size = rowStart[m + 1];
  const cost = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size);
  const at = (i: number, j: number) => (j < lo[i] || j > hi[i] ? -1 : rowStart[i] + j - lo[i]);

  const beadCost = (i: number, j: number, di: number, dj: number): number => {
    const key = `${di}-${dj}`;
    const prior = -Math.log(PRIOR[key]);
    if (di === 0 || dj === 0) return prior;
    const a = group(fa, i - di, di);
    const b = group(fb, j - dj, dj);
    return prior + lengthCost(a.length, b.length, ratio) + anchorCost(a, b);
  };

  cost[at(0, 0)] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let code = 255;
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj] = MOVES[k];
        if (i < di || j < dj) continue;
        const from = at(i - di, j - dj);
        if (from < 0 || cost[from] === Infinity) continue;
        const c = cost[from] + beadCost(i, j, di, dj);
        if (c < best - 1e-12) {
          best = c;
          code = k;
        }
      }
      const idx = at(i, j);
      cost[idx] = best;
      back[idx] = code;
    }
  }
  const beads: SentenceBead[] = [];
  let i = m;
  let j = n;
  invariant(at(m, n) >= 0 && cost[at(m, n)] < Infinity, 'sentence alignment band must reach the end');
  while (i > 0 || j > 0) {
    const code = back[at(i, j)];
    invariant(code < MOVES.length, `sentence alignment back-pointer at ${i},${j}`);
    const [di, dj] = MOVES[code];
    const c = beadCost(i, j, di, dj);
    const srcIdx = Array.from({ length: di }, (_, k) => i - di + k);
    const tgtIdx = Array.from({ length: dj }, (_, k) => j - dj + k);
    beads.push({ sentences: [srcIdx, tgtIdx], confidence: confidenceOf(c, di, dj) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

function confidenceOf(cost: number, di: number, dj: number): number {
  if (di === 0 || dj === 0) return 0.5;
  const c = 1 / (1 + Math.exp(cost - 4));
  return Math.round(c * 1000) / 1000;
}
