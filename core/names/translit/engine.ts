// The rule interpreter shared by the convention checks: forward (Cyrillic → target spelling) and reverse
// (spelling → Russian letters) application of the tables in ./tables.ts, and the folding each script is compared in.
import type { LangCode, Script } from '../../model/language.js';
import { missingCase } from '../../errors.js';
import { BULGARIAN_TO_RU, CYR_VOWELS, FORWARD, GREEK_TO_CYR, reverseRules } from './tables.js';
import type { ForwardRule, ReverseRule } from './tables.js';

/** One word of a name: a run of letters (hyphens, spaces and apostrophes separate words). */
export const WORD_RE = /\p{L}+/gu;
const VOWEL_MARK = 'V';

function inSet(set: string | undefined, ch: string | undefined, edge: '^' | '$', vowels: string): boolean {
  if (set === undefined) return true;
  if (ch === undefined) return set.includes(edge);
  return set.includes(ch) || (set.includes(VOWEL_MARK) && vowels.includes(ch));
}

function sortedByLength<T extends { readonly cyr: string } | { readonly lat: string }>(rules: readonly T[], len: (r: T) => number): T[] {
  // Stable: longer sequences first, table order otherwise.
  return rules.map((r, i) => ({ r, i })).sort((a, b) => len(b.r) - len(a.r) || a.i - b.i).map((x) => x.r);
}

const forwardCache = new Map<LangCode, ForwardRule[]>();
/** A language's forward table, longest Cyrillic sequence first; null for a language without a convention. */
export function forwardRules(lang: LangCode): ForwardRule[] | null {
  const table = FORWARD[lang];
  if (!table) return null;
  let sorted = forwardCache.get(lang);
  if (!sorted) {
    sorted = sortedByLength(table, (r) => r.cyr.length);
    forwardCache.set(lang, sorted);
  }
  return sorted;
}

const reverseCache = new Map<string, ReverseRule[]>();
function sortedReverse(key: string, rules: () => readonly ReverseRule[]): ReverseRule[] {
  let sorted = reverseCache.get(key);
  if (!sorted) {
    sorted = sortedByLength(rules(), (r) => r.lat.length);
    reverseCache.set(key, sorted);
  }
  return sorted;
}

/** Applies reverse rules to one lower-case word (longest match first, then table order). */
function applyReverse(word: string, rules: readonly ReverseRule[], vowels: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const rule = rules.find(
      (r) => word.startsWith(r.lat, i) && inSet(r.prev, word[i - 1], '^', vowels) && inSet(r.next, word[i + r.lat.length], '$', vowels),
    );
    if (rule) {
      out += rule.cyr;
      i += rule.lat.length;
    } else {
      out += word[i];
      i += 1;
    }
  }
  return out;
}

const LATIN_VOWELS = 'aeiouyăâîïëéèöüäô';
const GREEK_VOWELS = 'αεηιουω';

/** Lower case, NFC: how Latin and Cyrillic words are compared. */
export function lowerNfc(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/**
 * Greek without the stress accent: lower case, ς as σ, tonos (and the polytonic accents) removed, diaeresis kept.
 * A tonos on the first of two vowels marks them as pronounced apart (Σεμέι, Αϊτμπάι = Semei, Aitbai, not the
 * diphthongs ει/αι), which the unaccented spelling writes with a diaeresis: it becomes one (σεμεϊ, αϊτμπαϊ).
 */
export function greekFold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/([αεο])[\u0301\u0300\u0342]ι(?!\u0308)/gu, '$1ι\u0308')
    .replace(/([αε])[\u0301\u0300\u0342]υ(?!\u0308)/gu, '$1υ\u0308')
    .replace(/[\u0300\u0301\u0313\u0314\u0342\u0345]/gu, '')
    .normalize('NFC')
    .replace(/ς/g, 'σ');
}

/** A word as the convention of its script compares it: Greek without accents, others lower-case NFC. */
export function foldFor(word: string, script: Script): string {
  switch (script) {
    case 'greek':
      return greekFold(word);
    case 'latin':
    case 'cyrillic':
      return lowerNfc(word);
    default:
      return missingCase(script);
  }
}

/** A letter of each script, to tell whether a form is written (wholly) in its language's script. */
export const SCRIPT_RE: Readonly<Record<Script, RegExp>> = {
  latin: /\p{Script=Latin}/u,
  greek: /\p{Script=Greek}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
};

/**
 * Reads one word as Russian letters: Cyrillic stays (a Bulgarian word is read back through the Bulgarian table:
 * ъ → ы, ьо → ё, final -оф → -ов), Greek goes through the Greek table, Latin through the language's reverse rules
 * (its own readings first: RO "j" is ж, DE "j" is й). Lower case out. Deterministic.
 */
export function toCyrillic(word: string, lang: LangCode): string {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    return lang === 'bg' ? applyReverse(lowerNfc(word), sortedReverse('cyrillic:bg', () => BULGARIAN_TO_RU), CYR_VOWELS) : lowerNfc(word);
  }
  // Cache keys name the script: a Latin word in a Greek or Bulgarian text uses the Latin rules of that language.
  if (/\p{Script=Greek}/u.test(word)) return applyReverse(greekFold(word), sortedReverse('greek', () => GREEK_TO_CYR), GREEK_VOWELS);
  return applyReverse(lowerNfc(word), sortedReverse(`latin:${lang}`, () => reverseRules(lang)), LATIN_VOWELS);
}

function applicableRule(rules: readonly ForwardRule[], cyr: string, i: number): ForwardRule | undefined {
  return rules.find((r) => cyr.startsWith(r.cyr, i) && inSet(r.prev, cyr[i - 1], '^', '') && inSet(r.next, cyr[i + r.cyr.length], '$', ''));
}

/** The preferred spelling of a lower-case Cyrillic word under `rules` (the first alternative of each rule). */
export function forwardPreferred(rules: readonly ForwardRule[], cyr: string): string {
  let out = '';
  let i = 0;
  while (i < cyr.length) {
    const rule = applicableRule(rules, cyr, i);
    if (rule) {
      out += rule.out[0];
      i += rule.cyr.length;
    } else {
      out += cyr[i];
      i += 1;
    }
  }
  return out;
}

/**
 * Whether `latin` (lower case) is one of the spellings the rules allow for `cyr`. With `openStart`, `cyr` is the
 * end of a longer word whose earlier letters are unknown: the first letter may be written by any rule whose
 * previous-letter condition some letter could meet (a relaxation, used to prune readings, never to decide).
 */
export function forwardMatches(rules: readonly ForwardRule[], cyr: string, latin: string, openStart = false): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (openStart && i === 0 && cyr.length > 0) {
      const firsts = rules.filter((r) => cyr.startsWith(r.cyr) && inSet(r.next, cyr[r.cyr.length], '$', ''));
      if (firsts.some((r) => r.out.some((alt) => latin.startsWith(alt, j) && go(r.cyr.length, j + alt.length)))) return true;
      return latin[j] === cyr[0] && go(1, j + 1);
    }
    if (i === cyr.length) return j === latin.length;
    const k = i * (latin.length + 1) + j;
    const seen = memo.get(k);
    if (seen !== undefined) return seen;
    const rule = applicableRule(rules, cyr, i);
    let ok = false;
    if (rule) {
      for (const alt of rule.out) {
        if (latin.startsWith(alt, j) && go(i + rule.cyr.length, j + alt.length)) {
          ok = true;
          break;
        }
      }
    } else ok = latin[j] === cyr[i] && go(i + 1, j + 1);
    memo.set(k, ok);
    return ok;
  };
  return go(0, 0);
}

/** `s` with the capitalisation of `model`: all capitals, an initial capital, or as it is. */
export function withCaseOf(model: string, s: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return s.toUpperCase();
  if (model[0] && model[0] !== model[0].toLowerCase()) return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

