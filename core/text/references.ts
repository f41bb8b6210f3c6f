import { LANGUAGES, type LangCode } from '../model/language.js';
import { PROFILES } from '../lang/profiles/index.js';
import { escapeRegExp, normaliseSpacing } from './normalise.js';

/**
 * Kinds of reference: `procedure` 2022/2505(RSP); `ep-document` P9_TA(2021)0056, TA-9-2022-0012,
 * RC-B9-0065/2022, B9-0065/2022, A9-0354/2021, PE702.845v01-00; `celex` 52022IP0012; `oj` an Official Journal
 * reference; `article` a Treaty/Rules article ("Article 21", "Rule 144(5)"); `legal-act` a regulation,
 * directive or decision number ("(EU) 2019/796", "2011/36/EU").
 */
export type ReferenceKind = 'procedure' | 'ep-document' | 'celex' | 'oj' | 'article' | 'legal-act';

/**
 * A reference found in text: `start`/`end` are offsets into the input, `normalised` a language-independent
 * form that is equal across language versions for the same reference (e.g. `OJ C 23 2021-01-21 p83`,
 * `TA-9-2021-0056`, `144(5)`, `2019/796`).
 */
export interface ReferenceMention {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly kind: ReferenceKind;
  readonly normalised: string;
}

/**
 * Article vocabulary per language (stems, matched case-insensitively with any ending): `before` words precede
 * the number ("articolul 2", "Artikel 144"), `after` words follow it (HU "144. cikk", LT "144 straipsnis",
 * LV "144. pants", FI "144 artikla"); `para` words name a paragraph ("alineatul (5)", "Absatz 5", "(5) bekezdés").
 * Unverified (U) beyond EN/RO/DE, which the facts doc quotes.
 */
const ARTICLE_WORDS: Readonly<Record<LangCode, { before: readonly string[]; after: readonly string[]; para: readonly string[] }>> = {
  bg: { before: ['член', 'чл.'], after: [], para: ['параграф', 'алинея', 'ал.'] },
  cs: { before: ['článe', 'článk', 'čl.'], after: [], para: ['odstav', 'odst.'] },
  da: { before: ['artikel', 'artikler', 'art.'], after: [], para: ['stk.'] },
  de: { before: ['artikel', 'art.', 'regel'], after: [], para: ['absatz', 'abs.'] },
  el: { before: ['άρθρ'], after: [], para: ['παράγραφ', 'παρ.'] },
  en: { before: ['article', 'art.', 'rule'], after: [], para: ['paragraph'] },
  es: { before: ['artículo', 'art.'], after: [], para: ['apartado'] },
  et: { before: ['artik', 'art.'], after: [], para: ['lõi'] },
  fi: { before: [], after: ['artikla', 'art.'], para: ['kohd', 'kohta'] },
  fr: { before: ['article', 'art.'], after: [], para: ['paragraphe'] },
  ga: { before: ['airteagal', 'riail', 'rialacha'], after: [], para: ['mír'] },
  hr: { before: ['član', 'čl.', 'pravil'], after: [], para: ['stav'] },
  hu: { before: [], after: ['cikk'], para: ['bekezdés'] },
  it: { before: ['articol', 'art.'], after: [], para: ['paragraf'] },
  lt: { before: [], after: ['straipsn'], para: ['dal'] },
  lv: { before: [], after: ['pant'], para: ['punkt', 'daļ'] },
  mt: { before: ['artikol', 'regol'], after: [], para: ['paragrafu'] },
  nl: { before: ['artikel', 'art.'], after: [], para: ['lid'] },
  pl: { before: ['artyku', 'art.'], after: [], para: ['ust.', 'ustęp'] },
  pt: { before: ['artigo', 'art.'], after: [], para: ['n.º', 'n.o'] },
  ro: { before: ['articol', 'art.'], after: [], para: ['alineat', 'alin.'] },
  sk: { before: ['článo', 'článk', 'čl.'], after: [], para: ['odsek', 'ods.'] },
  sl: { before: ['člen'], after: [], para: ['odstav'] },
  sv: { before: ['artikel', 'artiklarna', 'art.'], after: [], para: ['punkt'] },
};

/** Words (any language) that may join article numbers in a list: "Articles 2 and 21", "articolele 2 și 21". */
const LIST_WORDS = ['and', 'și', 'si', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'i', 'a', 'in', 'ir', 'un', 'ja', 'és', 'u', 'agus', 'и', 'και'];

const ALL_OJ = [...new Set(LANGUAGES.flatMap((l) => PROFILES[l].oj))].sort((a, b) => b.length - a.length);
const ALL_PAGE = [...new Set(['p.', 'pp.', ...LANGUAGES.flatMap((l) => PROFILES[l].pageWords)])].sort((a, b) => b.length - a.length);

const lit = (s: string) => escapeRegExp(s).replace(/\\\.\s*|\s+/g, (m) => (m.startsWith('\\.') ? '\\.\\s*' : '\\s+'));
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}])';

const OJ_RE = new RegExp(
  `${B}(?:${ALL_OJ.map(lit).join('|')})\\s*(?<series>C|L|CE|CA|CI)\\s*(?<issue>\\d{1,4})(?:\\s?(?<suffix>[A-Z])(?![\\p{L}]))?\\.?` +
    // between issue and date: a comma, or a short word (du, vom, de, del, της, van, af, z)
    `(?:\\s*,\\s*|\\s+(?:\\p{L}{1,4}\\s+)?)` +
    `(?:(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})\\.?|(?<y2>\\d{4})\\.(?<m2>\\d{1,2})\\.(?<d2>\\d{1,2})\\.?|(?<y3>\\d{4})\\s(?<m3>\\d{1,2})\\s(?<d3>\\d{1,2}))` +
    `(?:\\s?г\\.)?` +
    `(?:,?\\s*(?:(?:${ALL_PAGE.map(lit).join('|')})\\s*(?<page>\\d+(?:\\s?[-–]\\s?\\d+)?)|(?<page2>\\d+(?:[-–]\\d+)?)\\.\\s*(?:o\\.|lpp\\.)))?`,
  'gu',
);

const PATTERNS: readonly { kind: ReferenceKind; re: RegExp; norm: (g: Record<string, string | undefined>, raw: string) => string }[] = [
  { kind: 'procedure', re: new RegExp(`${B}(?<y>\\d{4})\\/(?<n>\\d{4})\\s?\\((?<t>[A-Z]{3})\\)`, 'gu'), norm: (g) => `${g.y}/${g.n}(${g.t})` },
  { kind: 'ep-document', re: new RegExp(`${B}P(?<t>\\d)_TA(?:-PROV)?\\((?<y>\\d{4})\\)(?<n>\\d{4})${E}`, 'gu'), norm: (g) => `TA-${g.t}-${g.y}-${g.n}` },
  { kind: 'ep-document', re: new RegExp(`${B}TA-(?<t>\\d{1,2})-(?<y>\\d{4})-(?<n>\\d{4})${E}`, 'gu'), norm: (g) => `TA-${g.t}-${g.y}-${g.n}` },
  { kind: 'ep-document', re: new RegExp(`${B}(?<rc>RC-)?(?<s>[AB])(?<t>\\d)-(?<n>\\d{4})\\/(?<y>\\d{4})${E}`, 'gu'), norm: (g) => `${g.rc ?? ''}${g.s}${g.t}-${g.n}/${g.y}` },
  { kind: 'ep-document', re: new RegExp(`${B}(?<rc>RC-)?(?<s>[AB])-(?<t>\\d)-(?<y>\\d{4})-(?<n>\\d{4})${E}`, 'gu'), norm: (g) => `${g.rc ?? ''}${g.s}${g.t}-${g.n}/${g.y}` },
  { kind: 'ep-document', re: new RegExp(`${B}RC-(?<t>\\d)-(?<y>\\d{4})-(?<n>\\d{4})${E}`, 'gu'), norm: (g) => `RC-B${g.t}-${g.n}/${g.y}` },
  { kind: 'ep-document', re: new RegExp(`${B}PE\\s?(?<a>\\d{3})\\.(?<b>\\d{3})(?:v(?<v>\\d{2})-(?<w>\\d{2}))?${E}`, 'gu'), norm: (g) => `PE${g.a}.${g.b}${g.v ? `v${g.v}-${g.w}` : ''}` },
  { kind: 'celex', re: new RegExp(`${B}(?<c>[0-9CE](?:19|20)\\d{2}[A-Z]{1,2}\\d{4}(?:\\(\\d{2}\\))?)${E}`, 'gu'), norm: (g) => g.c! },
  {
    kind: 'legal-act',
    re: new RegExp(`\\((?:EU|UE|EE|ES|EÚ|EL|ΕΕ|ЕС|ЕО|EK|EG|CE|EC|EY|EB|EF|EEC|CEE|EWG|ΕΚ)\\)\\s*(?:(?:No|Nr|n\\.?[oº°]|nº|č\\.|br\\.|št\\.|nr\\.?|αριθ\\.?|№|n\\.|Nru)\\.?\\s*)?(?<a>\\d{1,4})\\/(?<b>\\d{1,4})${E}`, 'gu'),
    norm: (g) => `${g.a}/${g.b}`,
  },
  {
    kind: 'legal-act',
    re: new RegExp(`${B}(?<a>\\d{2,4})\\/(?<b>\\d{1,4})\\/(?:EU|UE|EE|ES|EÚ|EL|ΕΕ|ЕС|EK|EG|CE|EC|EY|EB|EF|EEC|CEE|EWG|ΕΚ|ЕО|JHA|JAI|PESC|CFSP|GASP)${E}`, 'gu'),
    norm: (g) => `${g.a}/${g.b}`,
  },
];

function ojNormalised(g: Record<string, string | undefined>): string {
  const y = g.y ?? g.y2 ?? g.y3;
  const m = (g.m ?? g.m2 ?? g.m3)!.padStart(2, '0');
  const d = (g.d ?? g.d2 ?? g.d3)!.padStart(2, '0');
  const page = (g.page ?? g.page2)?.replace(/\s/g, '').replace('–', '-');
  return `OJ ${g.series} ${g.issue}${g.suffix ?? ''} ${y}-${m}-${d}${page ? ` p${page}` : ''}`;
}

interface ArticleRegexes {
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  readonly item: RegExp;
}

const articleCache = new Map<LangCode, ArticleRegexes>();
function articleRegexes(lang: LangCode): ArticleRegexes {
  const hit = articleCache.get(lang);
  if (hit) return hit;
  const w = ARTICLE_WORDS[lang];
  const word = (xs: readonly string[]) => `(?:${xs.map((x) => (x.endsWith('.') ? escapeRegExp(x) : `${escapeRegExp(x)}\\p{L}*`)).join('|')})`;
  const list = LIST_WORDS.map(escapeRegExp).join('|');
  // One number with optional "(5)" parts or a paragraph phrase ("alineatul (5)", "Absatz 5", "odst. 5").
  const num = '\\d{1,3}[a-z]?(?:\\s?\\(\\d{1,3}\\))*';
  const para = `(?:,?\\s+${word(w.para)}\\s*\\(?\\d{1,3}\\)?)?`;
  const r: ArticleRegexes = {
    before: w.before.length
      ? new RegExp(`${B}${word(w.before)}\\s*(?<list>${num}${para}(?:\\s*(?:,|${list})\\s+${num}${para})*)`, 'giu')
      : null,
    // Number first (HU, LT, LV, FI): "144. cikkének (5) bekezdése", "144 straipsnio 5 dalis".
    after: w.after.length
      ? new RegExp(`${B}(?<n>\\d{1,3}[a-z]?)\\.?\\s*${word(w.after)}(?:\\s+\\(?(?<p>\\d{1,3})\\)?\\.?\\s*${word(w.para)})?`, 'giu')
      : null,
    item: new RegExp(`(?<n>\\d{1,3}[a-z]?)(?<sub>(?:\\s?\\(\\d{1,3}\\))*)(?:,?\\s+${word(w.para)}\\s*\\(?(?<p>\\d{1,3})\\)?)?`, 'giu'),
  };
  articleCache.set(lang, r);
  return r;
}

/**
 * Finds references in `text`: procedure numbers, EP document references, CELEX numbers, Official Journal
 * references in every language's form (facts doc §3: "JO C 23 du 21.1.2021, p. 83", "ABl. C 23 vom 21.1.2021,
 * S. 83", "HL C 23., 2021.1.21., 83. o.") normalised to `OJ C 23 2021-01-21 p83`, article references in `lang`
 * ("articolul 144 alineatul (5)", "Rule 144(5)", "144. cikk (5) bekezdés") normalised to `144(5)` (one mention
 * per number of a list), and regulation/directive numbers normalised to `2019/796`. Non-breaking hyphens and
 * spaces are accepted. Sorted by start; overlapping candidates keep the earliest, then longest. Deterministic.
 */
export function extractReferences(text: string, lang: LangCode): ReferenceMention[] {
  const t = normaliseSpacing(text);
  const found: ReferenceMention[] = [];
  const push = (start: number, end: number, kind: ReferenceKind, normalised: string) =>
    found.push({ start, end, raw: text.slice(start, end), kind, normalised });
  for (const m of t.matchAll(OJ_RE)) push(m.index, m.index + m[0].length, 'oj', ojNormalised(m.groups!));
  for (const p of PATTERNS) for (const m of t.matchAll(p.re)) push(m.index, m.index + m[0].length, p.kind, p.norm(m.groups!, m[0]));
  const articles: ReferenceMention[] = [];
  const ar = articleRegexes(lang);
  const article = (m: RegExpMatchArray, normalised: string) =>
    articles.push({ start: m.index!, end: m.index! + m[0].length, raw: text.slice(m.index!, m.index! + m[0].length), kind: 'article', normalised });
  if (ar.before) {
    for (const m of t.matchAll(ar.before)) {
      for (const it of m.groups!.list.matchAll(ar.item)) {
        const g = it.groups!;
        article(m, `${g.n}${g.sub.replace(/\s/g, '')}${g.p ? `(${g.p})` : ''}`);
      }
    }
  }
  if (ar.after) for (const m of t.matchAll(ar.after)) article(m, `${m.groups!.n}${m.groups!.p ? `(${m.groups!.p})` : ''}`);
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReferenceMention[] = [];
  let taken = -1;
  for (const r of sorted) {
    if (r.start < taken) continue;
    out.push(r);
    taken = r.end;
  }
  // An article phrase yields one mention per number; it never overlaps the other kinds (it has no "/").
  for (const a of articles) if (!out.some((r) => r.kind !== 'article' && a.start < r.end && r.start < a.end)) out.push(a);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
