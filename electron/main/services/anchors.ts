// Re-attachment of annotation spans after a document is re-imported (issue #6). Pure: takes texts, returns
// positions, so it is tested without a database.
import { distance } from 'fastest-levenshtein';

/** Characters of context kept before and after a quote. */
export const CONTEXT_CHARS = 32;
/** Smallest similarity (1 − edit distance / length) for a fuzzy match to count as the same words. */
export const FUZZY_THRESHOLD = 0.85;

export interface AnchorText {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** The quote and its context for a selection `[start, end)` of `text`. */
export function anchorText(text: string, start: number, end: number): AnchorText {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** One unit of the re-imported document, with the row it belongs to now. */
export interface AnchorCandidate {
  readonly unitId: string;
  readonly rowKey: string;
  readonly text: string;
}

export interface StoredAnchor extends AnchorText {
  readonly rowKey: string;
  readonly unitId: string;
  readonly start: number;
  readonly end: number;
}

export type Reattachment =
  | {
      readonly state: 'attached' | 'moved';
      /** How the span was found, for reports and tests. */
      readonly how: 'exact' | 'same-unit' | 'same-row' | 'fuzzy';
      readonly rowKey: string;
      readonly unitId: string;
      readonly start: number;
      readonly end: number;
      readonly prefix: string;
      readonly suffix: string;
    }
  | { readonly state: 'orphaned' };

/** Characters of `a`'s end that equal `b`'s end. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..1: how well the text around `[start, end)` matches the stored context. */
function contextScore(text: string, start: number, end: number, anchor: AnchorText): number {
  const total = anchor.prefix.length + anchor.suffix.length;
  if (total === 0) return 1;
  const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const after = text.slice(end, end + anchor.suffix.length);
  return (commonTail(before, anchor.prefix) + commonHead(after, anchor.suffix)) / total;
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

interface Hit {
  readonly candidate: AnchorCandidate;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly distance: number;
}

function better(a: Hit | undefined, b: Hit): Hit {
  if (!a) return b;
  if (b.score !== a.score) return b.score > a.score ? b : a;
  return b.distance < a.distance ? b : a;
}

function exactHits(c: AnchorCandidate, anchor: StoredAnchor): Hit | undefined {
  let best: Hit | undefined;
  for (const at of occurrences(c.text, anchor.quote)) {
    const end = at + anchor.quote.length;
    best = better(best, { candidate: c, start: at, end, score: contextScore(c.text, at, end, anchor), distance: Math.abs(at - anchor.start) });
  }
  return best;
}

/** The numbers in a text, in order: a window whose numbers differ is other words, however close the letters. */
function digitsOf(s: string): string {
  return (s.match(/\d+/g) ?? []).join(',');
}

/**
 * Best window of `c.text` by edit distance to the quote; its score is the similarity. Windows whose numbers differ
 * from the quote's never match: "12 May 2031" against "14 May 2031" is a changed date, not a moved one.
 */
function fuzzyHit(c: AnchorCandidate, anchor: StoredAnchor): Hit | undefined {
  const q = anchor.quote;
  if (q.length < 4 || c.text.length === 0) return undefined;
  const slack = Math.ceil(q.length * (1 - FUZZY_THRESHOLD));
  const step = Math.max(1, Math.floor(slack / 4));
  const digits = digitsOf(q);
  let best: Hit | undefined;
  for (let len = Math.max(1, q.length - slack); len <= q.length + slack; len += step) {
    for (let at = 0; at + len <= c.text.length; at++) {
      const window = c.text.slice(at, at + len);
      const sim = 1 - distance(window, q) / Math.max(len, q.length);
      if (sim < FUZZY_THRESHOLD || digitsOf(window) !== digits) continue;
      best = better(best, { candidate: c, start: at, end: at + len, score: sim, distance: Math.abs(at - anchor.start) });
    }
  }
  return best;
}

function placed(hit: Hit, state: 'attached' | 'moved', how: 'exact' | 'same-unit' | 'same-row' | 'fuzzy'): Reattachment {
  const ctx = anchorText(hit.candidate.text, hit.start, hit.end);
  return { state, how, rowKey: hit.candidate.rowKey, unitId: hit.candidate.unitId, start: hit.start, end: hit.end, prefix: ctx.prefix, suffix: ctx.suffix };
}

/**
 * Finds a stored span in a re-imported document. In order: the same offsets in the same unit hold the quote
 * (attached); the quote elsewhere in the same unit, best context then nearest to the old offset (moved); the quote in
 * another unit of the same row, or the unit whose id is the old row key (moved); a window of those units whose
 * similarity to the quote is at least FUZZY_THRESHOLD and whose numbers are the quote's (moved); otherwise orphaned. Deterministic.
 */
export function reattach(anchor: StoredAnchor, units: readonly AnchorCandidate[]): Reattachment {
  const same = units.find((u) => u.unitId === anchor.unitId);
  if (same && same.text.slice(anchor.start, anchor.end) === anchor.quote && anchor.quote.length > 0) {
    return placed({ candidate: same, start: anchor.start, end: anchor.end, score: 1, distance: 0 }, 'attached', 'exact');
  }
  if (same) {
    const hit = exactHits(same, anchor);
    if (hit) return placed(hit, 'moved', 'same-unit');
  }
  const rowUnits = units.filter((u) => u !== same && (u.rowKey === anchor.rowKey || u.unitId === anchor.rowKey));
  let best: Hit | undefined;
  for (const u of rowUnits) {
    const hit = exactHits(u, anchor);
    if (hit) best = better(best, hit);
  }
  if (best) return placed(best, 'moved', 'same-row');
  let fuzzy: Hit | undefined;
  for (const u of same ? [same, ...rowUnits] : rowUnits) {
    const hit = fuzzyHit(u, anchor);
    if (hit) fuzzy = better(fuzzy, hit);
  }
  if (fuzzy) return placed(fuzzy, 'moved', 'fuzzy');
  return { state: 'orphaned' };
}
