import type { LangCode } from '../model/language.js';
import { PROFILES } from '../lang/profiles/index.js';
import { escapeRegExp, foldForMatch, foldWithOffsets, toInputSpan, type MappedText } from './normalise.js';

/**
 * A date found in text. `start`/`end` are UTF-16 offsets into the input (`raw === text.slice(start, end)`).
 * `iso` is `YYYY-MM-DD`, `YYYY-MM` (month and year, no day) or null (no year: "din 8 ianuarie").
 */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly iso: string | null;
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

/**
 * How one language writes "day month year" (facts doc §5b), as regex sources over folded text
 * (`foldForMatch`: lower case, no accents, ς→σ, ’→'). Data, not branches: the shape picks the word order.
 * - `dmy`: [day][daySuffix][dayMonthJoin][month][yearJoin][year][yearSuffix]
 * - `ymd`: [year][yearMonthJoin][month] [day][dayEnd] (HU "2022. január 20-i", LT "2022 m. sausio 20 d.")
 * - `ydm`: [year][yearMonthJoin][day][daySuffix] [month] (LV "2022. gada 20. janvāra")
 */
interface DateGrammar {
  readonly shape: 'dmy' | 'ymd' | 'ydm';
  readonly daySuffix: string;
  readonly dayMonthJoin: string;
  readonly yearJoin: string;
  readonly yearSuffix: string;
  readonly yearMonthJoin: string;
  readonly dayEnd: string;
  /** Words joining the days of a range with a shared month ("4 și 5 ianuarie"), folded. */
  readonly and: readonly string[];
}

const DMY: Omit<DateGrammar, 'and'> = {
  shape: 'dmy', daySuffix: '\\.?', dayMonthJoin: '\\s*', yearJoin: ',?\\s+', yearSuffix: '', yearMonthJoin: '', dayEnd: '',
};

const GRAMMAR: Readonly<Record<LangCode, DateGrammar>> = {
  bg: { ...DMY, yearSuffix: '(?:\\s?г(?:\\.|(?!\\p{L})))?', and: ['и'] },
  cs: { ...DMY, and: ['a'] },
  da: { ...DMY, and: ['og'] },
  de: { ...DMY, and: ['und', 'bis'] },
  // Genitive ordinal suffix on the day: 20ής, 22ας, 1ης (folded ησ/ασ), also bare "η".
  el: { ...DMY, daySuffix: '(?:ησ|ασ|η|α)?', yearJoin: ',?\\s+(?:του\\s+)?', and: ['και', 'και τησ', 'και την', 'και η', 'εωσ'] },
  en: { ...DMY, daySuffix: '(?:st|nd|rd|th)?', and: ['and', 'to'] },
  es: { ...DMY, daySuffix: '(?:\\.?o)?', dayMonthJoin: '\\s+(?:de\\s+)?', yearJoin: ',?\\s+(?:de\\s+)?', and: ['y', 'al'] },
  // "20. jaanuari 2022. aasta" (U): the dot and "aasta" (any case ending) belong to the date.
  et: { ...DMY, yearSuffix: '(?:\\.\\s?aasta\\p{L}*)?', and: ['ja'] },
  fi: { ...DMY, and: ['ja'] },
  // "1er mars", "1 er mars", superscript "1ᵉʳ" (NFKD folds it to "er").
  fr: { ...DMY, daySuffix: '(?:\\s?er|\\s?re)?', and: ['et', 'et le', 'et du', 'au'] },
  ga: { ...DMY, and: ['agus'] },
  // Dot after the year (V), also after the day.
  hr: { ...DMY, yearSuffix: '\\.?', and: ['i'] },
  hu: { ...DMY, shape: 'ymd', yearMonthJoin: '\\.?\\s*', dayEnd: '(?:\\.|-\\p{L}{1,6})?', and: ['es'] },
  // "1º marzo" (text extraction gives "1o"; NFKD folds º to "o").
  it: { ...DMY, daySuffix: '(?:o|°)?', and: ['e', 'al'] },
  lt: { ...DMY, shape: 'ymd', yearMonthJoin: '\\s*m\\.\\s*', dayEnd: '(?:\\s*d\\.?)?', and: ['ir'] },
  lv: { ...DMY, shape: 'ydm', daySuffix: '\\.', yearMonthJoin: '\\.\\s*gada\\s+', and: ['un'] },
  // "tal-20 ta' Jannar 2022": the article before the day stays outside the mention; "ta'" joins day and month.
  mt: { ...DMY, dayMonthJoin: "\\s+(?:ta'\\s*)?", and: ['u', 'sa'] },
  nl: { ...DMY, and: ['en', 'tot'] },
  pl: { ...DMY, yearSuffix: '(?:\\s?r\\.)?', and: ['i', 'do'] },
  pt: { ...DMY, daySuffix: '(?:\\.?o)?', dayMonthJoin: '\\s+(?:de\\s+)?', yearJoin: ',?\\s+(?:de\\s+)?', and: ['e', 'a'] },
  ro: { ...DMY, and: ['si'] },
  sk: { ...DMY, and: ['a'] },
  sl: { ...DMY, and: ['in'] },
  sv: { ...DMY, and: ['och'] },
};

interface Compiled {
  readonly months: ReadonlyMap<string, number>;
  readonly full: RegExp;
  readonly monthYear: RegExp;
  readonly dayToken: RegExp;
}

const cache = new Map<LangCode, Compiled>();

function compile(lang: LangCode): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const g = GRAMMAR[lang];
  const p = PROFILES[lang];
  const months = new Map<string, number>();
  const add = (form: string, m: number) => {
    const f = foldForMatch(form).trim();
    if (f && !months.has(f)) months.set(f, m);
  };
  p.months.afterDay.forEach((f, i) => add(f, i + 1));
  p.months.nominative.forEach((f, i) => add(f, i + 1));
  p.months.variants?.forEach((vs, i) => vs.forEach((f) => add(f, i + 1)));
  const M = [...months.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/ /g, '\\s+'))
    .join('|');
  const month = `(?<month>${M})(?!\\p{L})`;
  const year = '(?<year>\\d{4})(?!\\d)';
  const and = g.and.map(escapeRegExp).join('|');
  const range = `(?:\\s*[-–—]\\s*|\\s*,\\s*|\\s+(?:${and})\\s+)`;
  const B = '(?<![\\p{L}\\p{N}])';
  let full: string;
  let monthYear: string;
  let dayToken: string;
  switch (g.shape) {
    case 'dmy': {
      const D = `\\d{1,2}${g.daySuffix}`;
      dayToken = D;
      full = `${B}(?<days>${D}(?:${range}${D})*)${g.dayMonthJoin}${month}(?:${g.yearJoin}${year}${g.yearSuffix})?`;
      monthYear = `${B}${month}${g.yearJoin}${year}${g.yearSuffix}`;
      break;
    }
    case 'ymd': {
      const D = '\\d{1,2}';
      dayToken = D;
      full = `${B}${year}${g.yearMonthJoin}${month}\\s+(?<days>${D}(?:${range}${D})*)(?!\\d)${g.dayEnd}`;
      monthYear = `${B}${year}${g.yearMonthJoin}${month}`;
      break;
    }
    case 'ydm': {
      const D = `\\d{1,2}${g.daySuffix}`;
      dayToken = D;
      full = `${B}${year}${g.yearMonthJoin}(?<days>${D}(?:${range}${D})*)\\s*${month}`;
      monthYear = `${B}${year}${g.yearMonthJoin}${month}`;
      break;
    }
    default: {
      const never: never = g.shape;
      throw new Error(`Unhandled date shape ${String(never)}`);
    }
  }
  const c: Compiled = {
    months,
    full: new RegExp(full, 'gdu'),
    monthYear: new RegExp(monthYear, 'gdu'),
    dayToken: new RegExp(dayToken, 'gu'),
  };
  cache.set(lang, c);
  return c;
}

// Numeric dates, any language (facts doc §5b): d.m.yyyy (OJ, no leading zeros; HR/LV add a dot), dd/mm/yyyy
// (doceo "PV 20/01/2022"), yyyy.m.d. (HU, OJ "2023.9.29."), ISO yyyy-mm-dd.
const NUMERIC: readonly { re: RegExp; order: 'dmy' | 'ymd' }[] = [
  { re: /(?<![\p{L}\p{N}.])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4})(?!\d)/gu, order: 'dmy' },
  { re: /(?<![\p{L}\p{N}/])(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})(?!\d)/gu, order: 'dmy' },
  { re: /(?<![\p{L}\p{N}.])(?<y>\d{4})\.\s?(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\.?(?!\d)/gu, order: 'ymd' },
  { re: /(?<![\p{L}\p{N}-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}-])/gu, order: 'ymd' },
];

interface Candidate {
  readonly start: number; // folded offsets
  readonly end: number;
  readonly mentions: readonly { start: number; end: number; year: number | null; month: number; day: number | null }[];
}

function valid(year: number | null, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (year !== null && (year < 1000 || year > 2999)) return false;
  if (day !== null) {
    if (day < 1) return false;
    const max = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
    if (day > max) return false;
  }
  return true;
}

function iso(year: number | null, month: number, day: number | null): string | null {
  if (year === null) return null;
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

function wordDates(f: string, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  for (const m of f.matchAll(c.full)) {
    const gr = m.groups!;
    const idx = m.indices!.groups!;
    const month = c.months.get(gr.month.replace(/\s+/g, ' '))!;
    const year = gr.year ? Number(gr.year) : null;
    const [daysStart] = idx.days!;
    const start = m.index;
    const end = start + m[0].length;
    const tokens = [...gr.days.matchAll(c.dayToken)].map((t) => ({
      day: Number(/\d+/.exec(t[0])![0]),
      start: daysStart + t.index,
      end: daysStart + t.index + t[0].length,
    }));
    // An impossible date ("31 February 2021") still claims its span, so "February 2021" is not reported alone.
    if (!tokens.every((t) => valid(year, month, t.day))) {
      out.push({ start, end, mentions: [] });
      continue;
    }
    const mentions = tokens.map((t, i) => ({
      start: i === 0 ? start : t.start,
      end: i === tokens.length - 1 ? end : t.end,
      year,
      month,
      day: t.day,
    }));
    out.push({ start, end, mentions });
  }
  for (const m of f.matchAll(c.monthYear)) {
    const month = c.months.get(m.groups!.month.replace(/\s+/g, ' '))!;
    const year = Number(m.groups!.year);
    if (!valid(year, month, null)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, mentions: [{ start: m.index, end: m.index + m[0].length, year, month, day: null }] });
  }
  return out;
}

function numericDates(f: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { re } of NUMERIC) {
    for (const m of f.matchAll(re)) {
      const year = Number(m.groups!.y);
      const month = Number(m.groups!.m);
      const day = Number(m.groups!.d);
      if (!valid(year, month, day)) continue;
      let end = m.index + m[0].length;
      // HR/LV/HU write a dot after the year in numeric dates too ("21.1.2021., str. 83"); keep it when a comma,
      // semicolon or bracket follows, where it cannot be a full stop.
      if (/^\.[,;)]/.test(f.slice(end, end + 2))) end++;
      out.push({ start: m.index, end, mentions: [{ start: m.index, end, year, month, day }] });
    }
  }
  return out;
}

/**
 * Finds dates in `text` written the way `lang` writes them (facts doc §5a/§5b), plus numeric dates in any
 * language: day + month name (+ year), with the language's ordinal suffixes, articles and prepositions (EL
 * 20ής, FR 1er, IT 1º, ES/PT "de", MT "ta'", BG "г.", PL "r.", HR/ET dot after the year, HU/LT/LV year first);
 * day ranges with a shared month give one mention per day (the first covers from the range start to its day,
 * the last from its day to the range end); day + month without a year (iso null); month + year (iso
 * YYYY-MM); d.m.yyyy, dd/mm/yyyy, yyyy.m.d. and yyyy-mm-dd. Month names match case- and accent-insensitively.
 * Impossible dates (31 February) are skipped. Mentions are sorted by start and do not overlap. Deterministic.
 */
export function extractDates(text: string, lang: LangCode): DateMention[] {
  const mapped: MappedText = foldWithOffsets(text);
  const f = mapped.text;
  const candidates = [...wordDates(f, compile(lang)), ...numericDates(f)].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const out: DateMention[] = [];
  let taken = -1;
  for (const c of candidates) {
    if (c.start < taken) continue;
    taken = c.end;
    for (const m of c.mentions) {
      const { start, end } = toInputSpan(mapped, m.start, m.end);
      out.push({ start, end, raw: text.slice(start, end), iso: iso(m.year, m.month, m.day), year: m.year, month: m.month, day: m.day });
    }
  }
  return out;
}
