import type { LangCode } from '../model/language.js';
import { PROFILES } from '../lang/profiles/index.js';
import { extractDates } from './dates.js';
import { NUMBER_WORDS, PERCENT_WORDS } from './number-words.js';
import { extractReferences } from './references.js';
import { escapeRegExp, foldForMatch, foldWithOffsets, normaliseSpacing, toInputSpan } from './normalise.js';

/**
 * What a number in text is. `plain`, `percent`, `ordinal`, `word` (spelled out: "five years") and `year` (a bare
 * 4-digit 1800–2100) are loose numbers a discrepancy check compares; `date`, `reference` (procedure, document,
 * OJ, legal act, CELEX) and `article` mark digits that belong to a date or reference and should be compared
 * through `extractDates`/`extractReferences` instead.
 */
export type NumberKind = 'plain' | 'percent' | 'ordinal' | 'year' | 'word' | 'date' | 'reference' | 'article';

/** A number in text: `start`/`end` are offsets into the input; `raw === text.slice(start, end)`. */
export interface NumberMention {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly value: number;
  readonly kind: NumberKind;
  /**
   * The other reading when the text is ambiguous: a single group of three digits after the language's decimal
   * mark ("1,000" in RO is 1 by the rule, but drafts write 1000 that way too; facts doc §5c).
   */
  readonly alternative?: number;
}

/**
 * Ordinal suffixes after digits, per language, as regex sources over the original text. Dot ordinals
 * ("18. Sitzung") count only before a lower-case word, since a dot may end the sentence.
 */
const DOT = '\\.(?=\\s+\\p{Ll})';
const ORDINAL: Readonly<Record<LangCode, string>> = {
  bg: '-(?:ви|ри|ти|ми|и|ия|ият|ата|ото|та|то)(?!\\p{L})',
  // German nouns are capitalised: "die 18. Sitzung".
  de: '\\.(?=\\s+\\p{L})',
  cs: DOT, da: DOT, et: DOT, fi: DOT, hr: DOT, hu: DOT, lv: DOT, pl: DOT, sk: DOT, sl: DOT,
  el: '(?:ος|ης|ου|ων|η|ο|ες|α)(?!\\p{L})',
  en: '(?:st|nd|rd|th)(?!\\p{L})',
  es: '\\.?[ºª°]',
  fr: '(?:er|re|e|ème|ᵉʳ|ᵉ)(?!\\p{L})',
  ga: '(?:ú|adh)(?!\\p{L})',
  it: '[ºª°]',
  lt: '-(?:asis|oji|ojo|osios|ąjį|ąją|ame|ajame|uoju|\\p{L}{1,2})(?!\\p{L})',
  mt: '-(?:il|ie|ir|is|it)(?!\\p{L})',
  nl: '(?:ste|de|e)(?!\\p{L})',
  pt: '\\.?[ºª°]',
  ro: '-(?:lea|a|le)(?!\\p{L})',
  sv: ':(?:e|a)(?!\\p{L})',
};

// Digits: grouped by space (U+0020 after spacing normalisation), "." or ",", with an optional decimal part;
// or a plain integer/decimal. Not glued to a letter before ("B9", "Kazakhstan1").
const NUMBER_RE = /(?<![\p{L}\p{N}_])(?:\d{1,3}(?<sep>[ .,])\d{3}(?:\k<sep>\d{3})*(?!\d)(?:(?<dec>[.,])(?<frac>\d+))?|\d+(?:(?<dec2>[.,])(?<frac2>\d+))?)/gu;

interface Span {
  readonly start: number;
  readonly end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function parseValue(raw: string, decimal: ',' | '.', g: Record<string, string | undefined>): { value: number; alternative?: number } {
  const digitsOnly = (s: string) => Number(s.replace(/[^\d]/g, ''));
  if (g.sep) {
    const intPart = raw.slice(0, raw.length - (g.frac ? g.frac.length + 1 : 0));
    const groups = intPart.split(g.sep).length - 1;
    const grouped = digitsOnly(intPart) + (g.frac ? Number(`0.${g.frac}`) : 0);
    if (g.sep === decimal && groups === 1 && !g.frac) {
      // "1,000" in a decimal-comma language: the rule says 1.000; keep 1000 as the alternative reading.
      return { value: Number(intPart.replace(decimal, '.')), alternative: digitsOnly(intPart) };
    }
    return { value: grouped };
  }
  if (g.dec2) return { value: Number(raw.replace(g.dec2, '.')) };
  return { value: Number(raw) };
}

const ordinalCache = new Map<LangCode, { ordinal: RegExp; percent: RegExp; words: RegExp | null; wordValues: Map<string, number> }>();
function tables(lang: LangCode) {
  const hit = ordinalCache.get(lang);
  if (hit) return hit;
  const pw = (PERCENT_WORDS[lang] ?? []).map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
  const wordValues = new Map<string, number>();
  (NUMBER_WORDS[lang] ?? []).forEach((forms, i) => forms.forEach((f) => wordValues.set(foldForMatch(f), i + 1)));
  const alt = [...wordValues.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const t = {
    ordinal: new RegExp(`^(?:${ORDINAL[lang]})`, 'u'),
    percent: new RegExp(`^(?:\\s?%|\\s(?:${pw.length ? pw.join('|') : '(?!)'})(?!\\p{L}))`, 'iu'),
    words: alt ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}])`, 'gu') : null,
    wordValues,
  };
  ordinalCache.set(lang, t);
  return t;
}

/**
 * Finds numbers in `text` by the EU convention for `lang` (facts doc §5c): thousands grouped by a space
 * (U+0020, U+00A0, U+202F, U+2009), or by "." / "," where a plain group of three digits follows; decimal comma
 * except EN/GA/MT (decimal point); percentages ("2,56 %", "50%", "five per cent" is a word + percent only with
 * digits); ordinals ("18-a", "18th", "18.", "13e", "1º"); small numbers as words (core/text/number-words.ts).
 * Digits inside dates, references and article numbers are reported with kind `date`/`reference`/`article`
 * rather than as loose numbers. Sorted by start, non-overlapping. Deterministic; never throws.
 */
export function extractNumbers(text: string, lang: LangCode): NumberMention[] {
  const t = normaliseSpacing(text);
  const decimal = PROFILES[lang].decimal;
  const refs = extractReferences(text, lang);
  const dates = extractDates(text, lang);
  const tb = tables(lang);
  const out: NumberMention[] = [];
  for (const m of t.matchAll(NUMBER_RE)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    const { value, alternative } = parseValue(m[0], decimal, g);
    const span = { start, end };
    const ref = refs.find((r) => overlaps(r, span));
    let kind: NumberKind;
    if (ref) kind = ref.kind === 'article' ? 'article' : 'reference';
    else if (dates.some((d) => overlaps(d, span))) kind = 'date';
    else {
      const rest = t.slice(end, end + 16);
      const pc = tb.percent.exec(rest);
      const ord = !pc && Number.isInteger(value) && !g.sep && value < 1000 ? tb.ordinal.exec(rest) : null;
      if (pc) {
        kind = 'percent';
        end += pc[0].length;
      } else if (ord) {
        kind = 'ordinal';
        end += ord[0].length;
      } else if (!g.sep && !g.dec2 && /^\d{4}$/.test(m[0]) && value >= 1800 && value <= 2100) kind = 'year';
      else kind = 'plain';
    }
    out.push({ start, end, raw: text.slice(start, end), value, kind, ...(alternative !== undefined ? { alternative } : {}) });
  }
  if (tb.words) {
    const f = foldWithOffsets(text);
    for (const m of f.text.matchAll(tb.words)) {
      const { start, end } = toInputSpan(f, m.index, m.index + m[0].length);
      const span = { start, end };
      if (refs.some((r) => overlaps(r, span)) || dates.some((d) => overlaps(d, span))) continue;
      out.push({ start, end, raw: text.slice(start, end), value: tb.wordValues.get(m[0])!, kind: 'word' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
