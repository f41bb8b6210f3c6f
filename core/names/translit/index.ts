import type { ConventionConfidence, ConventionSource } from '../../model/findings.js';
import type { LangCode, Script } from '../../model/language.js';
import { scriptOf } from '../../model/language.js';
import { editDistance, similarity } from '../util.js';
import { FORWARD } from './tables.js';
import type { ForwardRule } from './tables.js';
import { SCRIPT_RE, WORD_RE, foldFor, forwardMatches, forwardPreferred, forwardRules, greekFold, lowerNfc, toCyrillic, withCaseOf } from './engine.js';
import { readingsOf } from './readings.js';

export { toCyrillic } from './engine.js';
export { readingsOf } from './readings.js';
export type { ConventionConfidence, ConventionSource };

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
  /** How sure the verdict is; absent when `conventional` is null (see `ConventionConfidence`). */
  readonly confidence?: ConventionConfidence;
  /** The source spellings the verdict was derived from (`checkConventionFrom`); absent when inferred from the form. */
  readonly sources?: readonly ConventionSource[];
}

/** The form's words, or null when the language has no table or the form is not wholly in the language's script. */
function wordsToCheck(form: string, lang: LangCode): { rules: ForwardRule[]; script: Script } | null {
  const rules = forwardRules(lang);
  const script = scriptOf(lang);
  const foreign = (Object.keys(SCRIPT_RE) as Script[]).filter((s) => s !== script);
  if (!rules || !SCRIPT_RE[script].test(form) || foreign.some((s) => SCRIPT_RE[s].test(form))) return null;
  return { rules, script };
}

/** The conventional spelling of the one reading of `word` the reverse tables give (`toCyrillic`). */
function guessedSpelling(word: string, lang: LangCode, rules: readonly ForwardRule[]): string {
  return withCaseOf(word, forwardPreferred(rules, toCyrillic(word, lang)));
}

/**
 * Checks a spelling of a Russian/Kazakh name against a language's convention without its Cyrillic original: a
 * word is conventional when some plausible Russian spelling gives it under the language's table (`readingsOf`:
 * RO "Ashat" passes, since Асхат gives it, even though Ашат would give "Așat"); only a word no plausible source
 * gives is flagged (RO "Zhanaozen", "Semey"), and `expected` carries the preferred spelling of its most direct
 * reading (`toCyrillic`; for Greek without tonos; words that pass keep theirs). Either way the confidence is
 * `likely`: without a Bulgarian or Greek version nobody knows the source. Greek is compared without accents but
 * with the diaeresis. The form must be written in the language's script (Latin, Greek, Cyrillic), else the verdict
 * is null. Deterministic; never throws.
 */
export function checkConvention(form: string, lang: LangCode): ConventionVerdict {
  const ctx = wordsToCheck(form, lang);
  if (!ctx) return { conventional: null };
  let ok = true;
  const expected = form.replace(WORD_RE, (w) => {
    const r = readingsOf(foldFor(w, ctx.script), lang);
    if (r.list.length > 0 || !r.complete) return w;
    const guess = guessedSpelling(w, lang, ctx.rules);
    if (guess.toLowerCase() === w.toLowerCase()) return w;
    ok = false;
    return guess;
  });
  return ok ? { conventional: true, confidence: 'likely' } : { conventional: false, expected, confidence: 'likely' };
}

/** The word of `source` that stands where `word` (number `k` of `count`) stands in the target form. */
function alignedWord(word: string, lang: LangCode, k: number, count: number, source: ConventionSource): string | null {
  const words = source.text.match(WORD_RE) ?? [];
  const key = skeletonKey(word, lang);
  const sim = (w: string) => similarity(skeletonKey(w, source.lang), key);
  if (words.length === count && sim(words[k]) >= 0.5) return words[k];
  let best: string | null = null;
  let bestSim = 0.6;
  for (const w of words) {
    const s = sim(w);
    if (s >= bestSim) {
      best = w;
      bestSim = s + 1e-9;
    }
  }
  return best;
}

/** Readings of one source word; an unconventional source word falls back to its direct reading. */
function sourceReadings(word: string, lang: LangCode): { list: readonly string[]; reliable: boolean } | null {
  const script = scriptOf(lang);
  const r = readingsOf(foldFor(word, script), lang);
  if (!r.complete) return null;
  if (r.list.length > 0) return { list: r.list, reliable: true };
  return { list: [toCyrillic(word, lang)], reliable: false };
}

const RANK: Readonly<Record<ConventionConfidence, number>> = { possible: 0, likely: 1, certain: 2 };

/**
 * Checks a spelling against a language's convention with the name's source spellings in hand: the Bulgarian
 * (Cyrillic) or Greek forms of the same entity in other loaded versions (facts doc §6b note: only they say which
 * Russian letters a Latin "sh" stands for). Each word is matched with the source word at the same place (or the
 * most similar one), the source word is read back to every Russian spelling its own convention could have written
 * it from, and the word is conventional when one of them gives it under `lang`'s table. Several source versions
 * must agree (their readings are intersected); when they disagree, or a source word breaks its own convention,
 * the verdict is only `possible`; otherwise `certain`. A word no source word matches is checked as by
 * `checkConvention` (`likely`). A failing form's confidence is the strongest of its failing words, a passing
 * form's the weakest of its words. `expected` takes, per failing word, the reading whose preferred spelling is
 * closest to the form. Deterministic; never throws.
 */
export function checkConventionFrom(form: string, lang: LangCode, sources: readonly ConventionSource[]): ConventionVerdict {
  const ctx = wordsToCheck(form, lang);
  if (!ctx) return { conventional: null };
  const usable = sources.filter((s) => s.lang !== lang || s.text !== form).filter((s) => wordsToCheck(s.text, s.lang) !== null);
  if (usable.length === 0) return checkConvention(form, lang);
  const words = form.match(WORD_RE) ?? [];
  const used = new Map<string, ConventionSource>();
  let failRank = -1;
  let passRank = 3;
  let k = 0;
  const expected = form.replace(WORD_RE, (w) => {
    const index = k++;
    const folded = foldFor(w, ctx.script);
    // Candidate Russian spellings per source language (one version per language is the usual case).
    // A source word that breaks its own convention counts only when its version has no conventional one.
    const found = new Map<LangCode, { good: Set<string>; bad: Set<string>; goodFrom: ConventionSource[]; badFrom: ConventionSource[] }>();
    const directs: string[] = [];
    for (const s of usable) {
      const sw = alignedWord(w, lang, index, words.length, s);
      if (sw === null) continue;
      const r = sourceReadings(sw, s.lang);
      if (!r) continue;
      let f = found.get(s.lang);
      if (!f) found.set(s.lang, (f = { good: new Set(), bad: new Set(), goodFrom: [], badFrom: [] }));
      for (const c of r.list) (r.reliable ? f.good : f.bad).add(c);
      (r.reliable ? f.goodFrom : f.badFrom).push(s);
      if (r.reliable) directs.unshift(toCyrillic(sw, s.lang));
      else directs.push(toCyrillic(sw, s.lang));
    }
    const perLang = new Map<LangCode, Set<string>>();
    let reliable = true;
    for (const [l, f] of found) {
      const good = f.good.size > 0;
      perLang.set(l, good ? f.good : f.bad);
      reliable &&= good;
      for (const s of good ? f.goodFrom : f.badFrom) used.set(`${s.lang}\u0000${s.text}`, s);
    }
    if (perLang.size === 0) {
      const alone = checkConvention(w, lang);
      if (alone.conventional === false) failRank = Math.max(failRank, RANK.likely);
      else passRank = Math.min(passRank, RANK.likely);
      return alone.conventional === false && alone.expected ? alone.expected : w;
    }
    const sets = [...perLang.values()];
    let candidates = [...sets[0]].filter((c) => sets.every((set) => set.has(c)));
    if (candidates.length === 0) {
      candidates = [...new Set(sets.flatMap((set) => [...set]))];
      reliable = false;
    }
    const rank = reliable ? RANK.certain : RANK.possible;
    if (candidates.some((c) => forwardMatches(ctx.rules, c, folded))) {
      passRank = Math.min(passRank, rank);
      return w;
    }
    failRank = Math.max(failRank, rank);
    // The expected spelling: of the candidate that changes the form least, counting also how far the candidate
    // strays from the source's most direct reading (и/ы free: Bulgarian and Greek merge them), so that
    // "Kassîm" for Касим becomes "Kasîm" and "Amangiol" for Аманжол "Amanjol" (not "Amanjiol" from Аманжёл).
    const plain = (c: string) => c.replace(/ы/gu, 'и');
    // Ties go to the candidate nearer the direct reading, и/ы included (Бекижан gives "Bekijan", not "Bekyjan").
    let best = '';
    let bestRank: readonly number[] = [Infinity, Infinity, Infinity];
    for (const c of candidates) {
      const spelled = forwardPreferred(ctx.rules, c);
      const stray = Math.min(...directs.map((d) => editDistance(plain(c), plain(d))));
      const exact = Math.min(...directs.map((d) => editDistance(c, d)));
      const rank = [editDistance(spelled, folded) + stray, stray, exact];
      if (rank[0] < bestRank[0] || (rank[0] === bestRank[0] && (rank[1] < bestRank[1] || (rank[1] === bestRank[1] && rank[2] < bestRank[2])))) {
        best = spelled;
        bestRank = rank;
      }
    }
    return withCaseOf(w, best);
  });
  const usedSources = [...used.values()];
  const confidence = (rank: number): ConventionConfidence => (rank >= RANK.certain ? 'certain' : rank >= RANK.likely ? 'likely' : 'possible');
  const withSources = usedSources.length > 0 ? { sources: usedSources } : {};
  if (failRank >= 0) return { conventional: false, expected, confidence: confidence(failRank), ...withSources };
  return { conventional: true, confidence: confidence(passRank), ...withSources };
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
