import type { LangCode, Script } from '../../model/language.js';
import { scriptOf } from '../../model/language.js';
import { missingCase } from '../../errors.js';
import { BULGARIAN_TO_RU, CYR_VOWELS, FORWARD, GREEK_TO_CYR, reverseRules } from './tables.js';
import type { ForwardRule, ReverseRule } from './tables.js';

const WORD_RE = /\p{L}+/gu;
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
function forwardRules(lang: LangCode): ForwardRule[] | null {
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

function lowerNfc(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/**
 * Greek without the stress accent: lower case, ς as σ, tonos (and the polytonic accents) removed, diaeresis kept.
 * A tonos on the first of two vowels marks them as pronounced apart (Σεμέι, Αϊτμπάι = Semei, Aitbai, not the
 * diphthongs ει/αι), which the unaccented spelling writes with a diaeresis: it becomes one (σεμεϊ, αϊτμπαϊ).
 */
function greekFold(s: string): string {
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
function foldFor(word: string, script: Script): string {
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

const SCRIPT_RE: Readonly<Record<Script, RegExp>> = {
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

function forwardPreferred(rules: readonly ForwardRule[], cyr: string): string {
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

/** Whether `latin` (lower case) is one of the spellings the rules allow for `cyr`. */
function forwardMatches(rules: readonly ForwardRule[], cyr: string, latin: string): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
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

function withCaseOf(model: string, s: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return s.toUpperCase();
  if (model[0] && model[0] !== model[0].toLowerCase()) return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/**
 * Whether a language has a transliteration convention for Russian/Kazakh names in core/names/translit/tables.ts:
 * the Latin-script languages of the facts doc, Greek and Bulgarian.
 */
export function hasConvention(lang: LangCode): boolean {
  return FORWARD[lang] !== undefined;
}

/**
 * The spelling a language's convention gives for a Russian or Kazakh Cyrillic name (facts doc §6b/§6c), word by
 * word, keeping the capitalisation and the separators of the input ("Касым-Жомарт Токаев", "ro" → "Kasîm-Jomart
 * Tokaev", "el" → "Κασιμ-Ζομαρτ Τοκαγιεφ", "bg" → "Касим-Жомарт Токаев"). Greek comes without tonos: the stress is
 * not in the Russian spelling. Returns the input unchanged for a language without a table (see `hasConvention`).
 * Deterministic.
 */
export function conventionalSpelling(cyrillic: string, lang: LangCode): string {
  const rules = forwardRules(lang);
  if (!rules) return cyrillic;
  return cyrillic.replace(WORD_RE, (w) => withCaseOf(w, forwardPreferred(rules, lowerNfc(w))));
}

/**
 * Whether a Greek spelling uses letters or digraphs the Russian → Greek transcription never writes (η ω θ ψ, δ
 * without ν, γ outside γκ/γι/γγ, υ outside ου, the diphthongs αι ει οι): the mark of a Greek word or a Greek
 * exonym (Ευρώπη, Κεντρική Ασία, Παπαδόπουλος), not of a transcribed Russian or Kazakh name. Accents do not count;
 * a diaeresis does (Αϊτμπάι is transcription). Deterministic.
 */
export function hasGreekOnlySpelling(form: string): boolean {
  return /[ηωθψ]|(?<!ν)δ|γ(?![κιγ])|(?<!ο)υ|[αεο]ι/u.test(greekFold(form));
}

export interface ConventionVerdict {
  /** null when the language has no convention or the form is not (wholly) in the language's script. */
  readonly conventional: boolean | null;
  /** The spelling the convention gives, when it differs from `form`. */
  readonly expected?: string;
}

/**
 * Checks a spelling of a Russian/Kazakh name against a language's convention without the Cyrillic original: each
 * word is read back as Russian letters (`toCyrillic`; for Latin, accepting the readings of every convention so an
 * English-style "sh" in a Romanian text reads as ш; for Greek and Bulgarian, the tables' own readings) and
 * transliterated forward again; a word no accepted variant reproduces is unconventional, and `expected` carries
 * the preferred spelling (for Greek without tonos; words that pass keep theirs). Greek is compared without accents
 * but with the diaeresis. The form must be written in the language's script (Latin, Greek, Cyrillic), else the
 * verdict is null. Deterministic; never throws.
 */
export function checkConvention(form: string, lang: LangCode): ConventionVerdict {
  const rules = forwardRules(lang);
  const script = scriptOf(lang);
  const foreign = (Object.keys(SCRIPT_RE) as Script[]).filter((s) => s !== script);
  if (!rules || !SCRIPT_RE[script].test(form) || foreign.some((s) => SCRIPT_RE[s].test(form))) return { conventional: null };
  let ok = true;
  const expected = form.replace(WORD_RE, (w) => {
    const cyr = toCyrillic(w, lang);
    if (forwardMatches(rules, cyr, foldFor(w, script))) return w;
    ok = false;
    return withCaseOf(w, forwardPreferred(rules, cyr));
  });
  return ok ? { conventional: true } : { conventional: false, expected };
}

const SKELETON_MAP: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', ф: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', э: 'e', ж: 'z', з: 'z', и: 'i', ы: 'i', і: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', ш: 's', щ: 's', т: 't',
  у: 'u', ұ: 'u', ү: 'u', х: 'h', һ: 'h', ц: 'c', ч: 'c', я: 'a', ю: 'u', ә: 'a', ъ: '', ь: '',
};
const SKELETON_VOWELS = 'аеёиоуыэюяәөұүі';

/**
 * A script-independent key for a name (facts doc §6b note): read as Russian letters, then sibilants, iotation,
 * soft signs, voicing of в/ф and doubled letters are folded so that Tokaev / Tokayev / Tokajew / Tokaïev /
 * Токаев / Τοκάγιεφ share one key ("tokaev"). Words are joined by a space. Deterministic; lossy by design
 * (callers compare keys by edit distance and confirm with co-occurrence).
 */
export function skeletonKey(name: string, lang: LangCode): string {
  const words = name.match(WORD_RE) ?? [];
  return words
    .map((w) => {
      const cyr = toCyrillic(w, lang);
      let out = '';
      for (let i = 0; i < cyr.length; i++) {
        const c = cyr[i];
        if (c === 'й') {
          const nearVowel = SKELETON_VOWELS.includes(cyr[i - 1] ?? '') || SKELETON_VOWELS.includes(cyr[i + 1] ?? '');
          if (!nearVowel) out += 'i';
          continue;
        }
        const m = SKELETON_MAP[c] ?? (/\p{L}/u.test(c) ? c.normalize('NFD').replace(/\p{M}/gu, '') : '');
        for (const ch of m) if (out[out.length - 1] !== ch) out += ch;
      }
      return out;
    })
    .filter((w) => w.length > 0)
    .join(' ');
}
