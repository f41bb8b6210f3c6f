// What to mark inside a cell's text: names, numbers, dates, findings and annotations, as offset ranges into the
// unit's clean text, and the split of the text into pieces each carrying the kinds that cover it.
import { PROFILES } from '../../core/lang/profiles/index.js';
import type { LangCode } from '../../core/model/language.js';

export const HIGHLIGHT_KINDS = ['name', 'number', 'date', 'finding', 'annotation', 'current'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly kind: HighlightKind;
  /** Shown as a tooltip. */
  readonly title?: string;
}

export interface TextPiece {
  readonly text: string;
  readonly start: number;
  readonly kinds: readonly HighlightKind[];
  readonly titles: readonly string[];
}

/** Splits `text` at every highlight boundary; pieces outside all highlights have no kinds. Ranges are clamped. */
export function splitByHighlights(text: string, highlights: readonly Highlight[]): TextPiece[] {
  const valid = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covering = valid.filter((h) => h.start <= a && h.end >= b);
    const kinds = [...new Set(covering.map((h) => h.kind))];
    const titles = [...new Set(covering.flatMap((h) => (h.title ? [h.title] : [])))];
    pieces.push({ text: text.slice(a, b), start: a, kinds, titles });
  }
  return pieces;
}

/**
 * The highlights that reach into `[start, end)` of a text, cut to that range and moved so `start` becomes 0: what a
 * sentence cell shows of its unit's highlights. A highlight running past either edge is kept for the part inside.
 */
export function clipHighlights(highlights: readonly Highlight[], start: number, end: number): Highlight[] {
  return highlights
    .filter((h) => h.end > start && h.start < end)
    .map((h) => ({ ...h, start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start }));
}

// Digits with thousands groups and a decimal part, in either convention; language-neutral.
const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/gu;

/** Numbers in a text (4, 1 000, 12,5, 2022). */
export function numberRanges(text: string): Highlight[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'number' as const }));
}

const dateCache = new Map<LangCode, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function dateRegExp(lang: LangCode): RegExp {
  const cached = dateCache.get(lang);
  if (cached) return cached;
  const m = PROFILES[lang].months;
  const names = [...new Set([...m.nominative, ...m.afterDay, ...(m.variants ?? []).flat()])].sort((a, b) => b.length - a.length);
  const month = names.map(escapeRegExp).join('|');
  // A day (with an ordinal ending such as "11ης" or "1er"), a month name, a year: day or year must be there.
  const re = new RegExp(
    `(?<![\\p{L}\\d])(?:(\\d{1,2}[\\p{L}]{0,3}\\.?\\s+(?:${month})(?:\\s+\\d{4})?)|((?:${month})\\s+\\d{4}))(?![\\p{L}\\d])`,
    'giu',
  );
  dateCache.set(lang, re);
  return re;
}

/** Dates written with month names in the version's language (data from core's language profiles). */
export function dateRanges(text: string, lang: LangCode): Highlight[] {
  const re = dateRegExp(lang);
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'date' as const }));
}

/** Numbers that are part of a date are shown as the date only. */
export function valueHighlights(text: string, lang: LangCode): Highlight[] {
  const dates = dateRanges(text, lang);
  const numbers = numberRanges(text).filter((n) => !dates.some((d) => n.start >= d.start && n.end <= d.end));
  return [...dates, ...numbers];
}
