import anyAscii from 'any-ascii';
import type { LangCode } from '../model/language.js';
import { extractDates } from '../text/dates.js';

/**
 * Content evidence that survives translation: numbers, dates, proper names (compared after transliteration),
 * footnote calls, quotation marks and length. The aligner scores candidate pairs of units or sentences with it.
 */

/** What the aligner needs from text extractors; one implementation below, swappable in one line. */
export interface AnchorExtractors {
  /** Numeric values written with digits, normalised (thousands separators removed), in text order. */
  numbers(text: string, lang: LangCode): string[];
  /** Dates as normalised values (ISO where the year is known). */
  dates(text: string, lang: LangCode): string[];
}

const DIGITS = /\d+(?:[ \u00A0\u202F.,]\d{3}(?!\d))*/gu;

/** Digit runs; "10 000", "10.000" and "10,000" all give "10000"; ordinals ("18th", "18-a", "18.") give "18". */
export function extractNumberValues(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const raw = m[0];
    const joined = raw.replace(/[ \u00A0\u202F.,]/gu, '');
    // "21.1.2021" is not a thousands group: only join when every group after the first has three digits and the
    // first has at most three (the regex guarantees the rest).
    const first = /^\d+/.exec(raw)![0];
    if (first.length <= 3 && joined.length > first.length) out.push(String(Number(joined)));
    else if (joined.length === first.length) out.push(String(Number(first)));
    else for (const part of raw.split(/[ \u00A0\u202F.,]/u)) out.push(String(Number(part)));
  }
  return out;
}

/**
 * The extractors the aligner uses by default: digit values only. Day and year digits of dates are among them;
 * the month names are not compared, because `extractDates` (core/text/dates.ts) costs about 25 ms per 50 kB
 * version, which would dominate aligning 24 versions. `withDates` turns date comparison on.
 */
export const defaultExtractors: AnchorExtractors = {
  numbers: (text) => extractNumberValues(text),
  dates: () => [],
};

/** Extractors that also compare dates (normalised ISO values from core/text/dates.ts). */
export const withDates: AnchorExtractors = {
  numbers: (text) => extractNumberValues(text),
  dates: (text, lang) => (/\d/.test(text) ? extractDates(text, lang).map((d) => d.iso ?? `--${String(d.month).padStart(2, '0')}-${d.day ?? ''}`) : []),
};

/** A name skeleton: transliterated, lower case, sound-alike letters merged, first four letters. */
export function nameKey(token: string): string {
  let s = anyAscii(token).toLowerCase().replace(/[^a-z]/g, '');
  s = s
    .replace(/^(zh|dzh|j|dj|dz|sch|sh|ch|y|i)/, 'z')
    .replace(/kh|ch|h(?=[^aeiou]|$)|q|c(?=[aou]|$)|ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/z|ts|tz/g, 's')
    .replace(/gh/g, 'g')
    .replace(/ou|u/g, 'u')
    .replace(/ai|ei|e/g, 'e')
    .replace(/(.)\1+/g, '$1');
  return s.slice(0, 4);
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const QUOTES = /["“”„«»‘’‚‹›]/g;

/** Features of one text; computed once per unit or sentence. */
export interface Features {
  readonly length: number;
  readonly numbers: readonly string[];
  readonly names: readonly string[];
  readonly calls: readonly number[];
  readonly quotes: number;
  /** Numbers, names and calls are sorted (the comparisons below rely on it). */
  /** Terminal punctuation class: '?', '!', ':', ';' or '' (for sentences). */
  readonly end: string;
  /**
   * The text stops before its end (the last unit of a version whose paste or page was cut off): it is the start
   * of a unit, so it is compared as a prefix (see `scorePair`). Set by the caller (`asPartial`), never guessed here.
   */
  readonly partial?: true;
}

/** The same features marked as the start of a longer text (see `Features.partial`). */
export function asPartial(f: Features): Features {
  return { ...f, partial: true };
}

/**
 * Whether a unit's text stops in the middle: after a letter or digit rather than the punctuation every EP unit
 * ends with (citations with a comma or semicolon, recitals and paragraphs with a semicolon or full stop, a
 * paragraph that introduces a list with a colon). Closing quotes and brackets after the punctuation are skipped.
 */
export function endsOpen(text: string): boolean {
  const t = text.trimEnd().replace(/["“”„«»’)\]]+$/u, '');
  return /[\p{L}\p{N}]$/u.test(t);
}

/**
 * Extracts features. Names are capitalised words not at the start of a sentence, and words in capitals
 * (acronyms), keyed by `nameKey`; tokens shorter than 3 letters are ignored. Deterministic.
 */
export function featuresOf(text: string, lang: LangCode, calls: readonly number[] = [], extractors: AnchorExtractors = defaultExtractors): Features {
  const numbers = [...extractors.numbers(text, lang), ...extractors.dates(text, lang).map((d) => `d:${d}`)];
  const names: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 3 || !/^\p{Lu}/u.test(w)) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /[.!?;:·]\s*["“„«]?\s*$/u.test(before)) continue;
    const key = nameKey(w);
    if (key.length >= 3) names.push(key);
  }
  const trimmed = text.trimEnd();
  const last = trimmed.replace(/["“”„«»’)\]]+$/u, '').slice(-1);
  const end = last === ';' || last === '·' ? ';' : last === '?' || last === '!' || last === ':' ? last : '';
  const byValue = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return { length: text.length, numbers: numbers.sort(byValue), names: names.sort(byValue), calls: [...calls].sort((x, y) => x - y), quotes: (text.match(QUOTES) ?? []).length, end };
}

/** Features of several texts read as one (a unit split in two, two sentences in a bead). */
export function combine(a: Features, b: Features): Features {
  return {
    length: a.length + b.length + 1,
    numbers: mergeSorted(a.numbers, b.numbers),
    names: mergeSorted(a.names, b.names),
    calls: mergeSorted(a.calls, b.calls),
    quotes: a.quotes + b.quotes,
    end: b.end,
    ...(b.partial ? { partial: true as const } : {}),
  };
}

function mergeSorted<T extends string | number>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/**
 * Weighted Dice coefficient of two sorted multisets; `weight` lowers frequent tokens. Null when both are empty.
 * Linear in the sizes, no allocation.
 */
export function dice<T extends string | number>(a: readonly T[], b: readonly T[], weight: (t: T) => number = () => 1): number | null {
  if (a.length === 0 && b.length === 0) return null;
  let common = 0;
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      const w = weight(a[i]);
      common += 2 * w;
      total += 2 * w;
      i++;
      j++;
    } else if (a[i] < b[j]) total += weight(a[i++]);
    else total += weight(b[j++]);
  }
  while (i < a.length) total += weight(a[i++]);
  while (j < b.length) total += weight(b[j++]);
  return total === 0 ? null : common / total;
}

/** Inverse-document-frequency weights of tokens over a set of feature bags (1 for a token seen once). */
export function idfWeights(bags: readonly (readonly string[])[]): (t: string) => number {
  const df = new Map<string, number>();
  for (const bag of bags) {
    for (let k = 0; k < bag.length; k++) if (k === 0 || bag[k] !== bag[k - 1]) df.set(bag[k], (df.get(bag[k]) ?? 0) + 1);
  }
  const n = Math.max(1, bags.length);
  const weights = new Map<string, number>();
  for (const [t, d] of df) weights.set(t, Math.max(0.15, Math.log(1 + n / d) / Math.log(1 + n)));
  return (t) => weights.get(t) ?? 1;
}

/** Context for scoring pairs between two versions: their length ratio and token weights. */
export interface PairContext {
  /** Expected length of the version's text per character of the pivot's. */
  readonly ratio: number;
  readonly numberWeight: (t: string) => number;
  readonly nameWeight: (t: string) => number;
  /**
   * False when footnote calls cannot be compared: one document has footnotes and the other none (its footnote
   * section was cut off, so the parser could not tell its calls from other digits). Default true.
   */
  readonly callsComparable?: boolean;
}

/** Score parts of a pair, each 0..1 or null where there is no evidence. */
export interface PairScore {
  readonly sim: number;
  readonly length: number;
  readonly numbers: number | null;
  readonly names: number | null;
  readonly calls: number | null;
}

const LENGTH_SIGMA = 0.3;

/** How well the length of `b` fits `a` under the expected ratio: 1 at the expected length, falling off in log space. */
export function lengthFit(a: number, b: number, ratio: number): number {
  if (a === 0 && b === 0) return 1;
  const d = Math.log((b + 20 * ratio) / (a * ratio + 20 * ratio));
  return Math.exp(-(d * d) / (2 * LENGTH_SIGMA * LENGTH_SIGMA));
}

/**
 * Similarity of two units (or unit groups) in 0..1: length fit always counts; numbers and dates, footnote calls
 * and names count when either side has some. When exactly one side is `partial` (the start of a unit), it is
 * compared as a prefix of the other: being shorter than expected is no evidence against it (how much of the
 * unit survived says nothing about which unit it is), and its numbers, names and calls must be found in the
 * other, not the reverse; a fair prior stands in for the missing length evidence. Deterministic.
 */
export function scorePair(a: Features, b: Features, ctx: PairContext): PairScore {
  if (a.partial !== b.partial) return scorePrefix(a.partial ? b : a, a.partial ? a : b, a.partial ? 1 / ctx.ratio : ctx.ratio, ctx);
  const length = lengthFit(a.length, b.length, ctx.ratio);
  const numbers = dice(a.numbers, b.numbers, ctx.numberWeight);
  const calls = ctx.callsComparable === false ? null : dice(a.calls, b.calls);
  const names = dice(a.names, b.names, ctx.nameWeight);
  let sum = length * 1.5;
  let w = 1.5;
  if (numbers !== null) {
    const weight = 1 + Math.min(3, (a.numbers.length + b.numbers.length) / 2);
    sum += numbers * weight;
    w += weight;
  }
  if (calls !== null) {
    sum += calls * 3;
    w += 3;
  }
  if (names !== null) {
    const weight = Math.min(1.5, 0.5 + (a.names.length + b.names.length) / 8);
    sum += names * weight;
    w += weight;
  }
  if (a.quotes > 0 || b.quotes > 0) {
    sum += (a.quotes > 0) === (b.quotes > 0) ? 0.5 : 0;
    w += 0.5;
  }
  return { sim: sum / w, length, numbers, names, calls };
}

/** Below this share of its expected length a `partial` text counts as cut short (see `isCutShort`). */
export const CUT_SHORT = 0.85;

/** Whether `part` (partial) is clearly shorter than `whole` would be in its language: the start of it only. */
export function isCutShort(whole: Features, part: Features, ratio: number): boolean {
  return part.length < CUT_SHORT * whole.length * ratio;
}

/** Weighted share of `part`'s tokens (sorted) found in `whole` (sorted); null when `part` has none. */
export function containment<T extends string | number>(whole: readonly T[], part: readonly T[], weight: (t: T) => number = () => 1): number | null {
  if (part.length === 0) return null;
  let found = 0;
  let total = 0;
  let i = 0;
  for (const t of part) {
    const w = weight(t);
    total += w;
    while (i < whole.length && whole[i] < t) i++;
    if (i < whole.length && whole[i] === t) {
      found += w;
      i++;
    }
  }
  return total === 0 ? null : found / total;
}

/** `part` is the start of a text; `whole` a complete one; `ratio` is part-language characters per whole-language one. */
function scorePrefix(whole: Features, part: Features, ratio: number, ctx: PairContext): PairScore {
  const short = part.length <= whole.length * ratio;
  const length = short ? 1 : lengthFit(whole.length, part.length, ratio);
  // Being no longer than the whole is all the length can say about a cut text, and it fits any such whole alike.
  let sum = length * 1.5;
  let w = 1.5;
  const numbers = containment(whole.numbers, part.numbers, ctx.numberWeight);
  const calls = ctx.callsComparable === false ? null : containment(whole.calls, part.calls);
  const names = containment(whole.names, part.names, ctx.nameWeight);
  // A cut text has few tokens and whether each is found decides the share: each counts by its weight (a token
  // most units have says little), unlike in `scorePair` where the other side's tokens balance them.
  const mass = <T,>(ts: readonly T[], weight: (t: T) => number) => ts.reduce((m, t) => m + weight(t), 0);
  if (numbers !== null) {
    const weight = Math.min(4, 1.5 * mass(part.numbers, ctx.numberWeight));
    sum += numbers * weight;
    w += weight;
  }
  if (calls !== null) {
    sum += calls * 3;
    w += 3;
  }
  if (names !== null) {
    // Less than in `scorePair`: capitalised words are not all names (every German noun).
    const weight = Math.min(1, mass(part.names, ctx.nameWeight) / 4);
    sum += names * weight;
    w += weight;
  }
  // Quotation marks are left out: in a few words one apostrophe (’, the closing single quote) would decide.
  return { sim: sum / w, length, numbers, names, calls };
}
