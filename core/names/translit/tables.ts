import type { LangCode } from '../../model/language.js';

/**
 * Transliteration of Russian (and Kazakh) Cyrillic names into the Latin spelling conventions of EU languages.
 * Source: ../shared/docs/eu-format-facts.md §6b (Russian → Latin per target language) and §6c (Kazakh letters).
 * Data only; core/names/translit/index.ts interprets it.
 *
 * A rule rewrites `cyr` (one letter or a short sequence, lower case) as `out`: alternatives, the first being the
 * spelling the convention prefers (what `conventionalSpelling` returns); the others are accepted variants (EN
 * practice writes initial е as "ye" or "e"). Rules are tried longest `cyr` first, then in table order; the first
 * whose context holds wins. Context looks at the neighbouring Cyrillic letters.
 */
export interface ForwardRule {
  readonly cyr: string;
  readonly out: readonly string[];
  /** The previous letter is one of these (`^` = start of word). */
  readonly prev?: string;
  /** The next letter is one of these (`$` = end of word). */
  readonly next?: string;
}

/** Russian vowels plus the Kazakh ones; `^` in a context set means "at the start of the word". */
export const CYR_VOWELS = 'аеёиоуыэюяәөұүі';
const V = CYR_VOWELS;
const INIT_OR_V = `^${V}ъь`;
const SIBILANTS = 'жчшщ';

/** Letters every convention writes the same way (§6b rows "м н о п р" and the plain ones). */
const COMMON: readonly ForwardRule[] = [
  { cyr: 'а', out: ['a'] }, { cyr: 'б', out: ['b'] }, { cyr: 'г', out: ['g'] }, { cyr: 'д', out: ['d'] },
  { cyr: 'з', out: ['z'] }, { cyr: 'и', out: ['i'] }, { cyr: 'к', out: ['k'] }, { cyr: 'л', out: ['l'] },
  { cyr: 'м', out: ['m'] }, { cyr: 'н', out: ['n'] }, { cyr: 'о', out: ['o'] }, { cyr: 'п', out: ['p'] },
  { cyr: 'р', out: ['r'] }, { cyr: 'с', out: ['s'] }, { cyr: 'т', out: ['t'] }, { cyr: 'у', out: ['u'] },
  { cyr: 'ф', out: ['f'] }, { cyr: 'в', out: ['v'] }, { cyr: 'э', out: ['e'] }, { cyr: 'ъ', out: [''] },
  { cyr: 'ь', out: ['', "'"] },
  // Kazakh letters (§6c, practical fallback).
  { cyr: 'ә', out: ['a', 'ä'] }, { cyr: 'ғ', out: ['g', 'gh'] }, { cyr: 'қ', out: ['k', 'q'] }, { cyr: 'ң', out: ['n', 'ng'] },
  { cyr: 'ө', out: ['o', 'ö'] }, { cyr: 'ұ', out: ['u'] }, { cyr: 'ү', out: ['u', 'ü'] }, { cyr: 'і', out: ['i'] },
  { cyr: 'һ', out: ['h'] },
];

const EN: readonly ForwardRule[] = [
  { cyr: 'е', prev: INIT_OR_V, out: ['ye', 'e'] }, { cyr: 'е', out: ['e'] },
  { cyr: 'ё', out: ['yo', 'e', 'o'] }, { cyr: 'ж', out: ['zh', 'j'] }, { cyr: 'ий', next: '$', out: ['iy', 'y', 'i'] },
  { cyr: 'ый', next: '$', out: ['y', 'iy'] }, { cyr: 'й', out: ['y', 'i'] }, { cyr: 'х', out: ['kh'] }, { cyr: 'ц', out: ['ts'] },
  { cyr: 'ч', out: ['ch'] }, { cyr: 'ш', out: ['sh'] }, { cyr: 'щ', out: ['shch'] }, { cyr: 'ы', out: ['y'] },
  { cyr: 'ю', out: ['yu'] }, { cyr: 'я', out: ['ya'] }, { cyr: 'с', prev: V, next: V, out: ['s', 'ss'] },
];

const DE: readonly ForwardRule[] = [
  { cyr: 'в', out: ['w'] }, { cyr: 'е', prev: INIT_OR_V, out: ['je', 'e'] }, { cyr: 'е', out: ['e'] },
  { cyr: 'ё', prev: SIBILANTS, out: ['o'] }, { cyr: 'ё', out: ['jo'] }, { cyr: 'ж', out: ['sch', 'sh', 'zh', 'j'] },
  { cyr: 'з', out: ['s'] }, { cyr: 'ий', next: '$', out: ['i', 'ij'] }, { cyr: 'ый', next: '$', out: ['y'] },
  { cyr: 'й', next: V, out: ['j'] }, { cyr: 'й', out: ['i'] }, { cyr: 'кс', out: ['x', 'ks'] }, { cyr: 'х', out: ['ch'] },
  { cyr: 'ц', out: ['z'] }, { cyr: 'ч', out: ['tsch'] }, { cyr: 'ш', out: ['sch'] }, { cyr: 'щ', out: ['schtsch'] },
  { cyr: 'ы', out: ['y'] }, { cyr: 'ю', out: ['ju'] }, { cyr: 'я', out: ['ja'] }, { cyr: 'с', prev: V, next: V, out: ['s', 'ss'] },
];

const FR: readonly ForwardRule[] = [
  { cyr: 'г', next: 'еиэ', out: ['gu', 'g'] }, { cyr: 'е', prev: `${V}`, out: ['ïe', 'ie', 'e'] }, { cyr: 'е', prev: '^ъь', out: ['ie', 'e'] },
  { cyr: 'е', out: ['e'] }, { cyr: 'ё', out: ['io', 'e', 'o'] }, { cyr: 'ж', out: ['j'] }, { cyr: 'и', prev: V, out: ['ï', 'i'] },
  { cyr: 'ий', next: '$', out: ['i'] }, { cyr: 'ый', next: '$', out: ['y'] }, { cyr: 'й', out: ['ï', 'i', 'y'] },
  { cyr: 'х', out: ['kh'] }, { cyr: 'ц', out: ['ts'] }, { cyr: 'ч', out: ['tch'] }, { cyr: 'ш', out: ['ch'] },
  { cyr: 'щ', out: ['chtch'] }, { cyr: 'у', out: ['ou'] }, { cyr: 'ы', out: ['y'] }, { cyr: 'ю', out: ['iou', 'ou'] },
  { cyr: 'я', out: ['ia'] }, { cyr: 'с', prev: V, next: V, out: ['ss', 's'] },
];

// Academia Română (§6b): gh/ch before e/i, ș/ț with comma or cedilla, î for ы, ia/iu for я/ю.
const RO: readonly ForwardRule[] = [
  { cyr: 'г', next: 'еиэ', out: ['gh'] }, { cyr: 'кий', next: '$', out: ['ki', 'chii'] }, { cyr: 'к', next: 'еиэ', out: ['ch', 'k'] }, { cyr: 'е', prev: 'иъь', out: ['e'] },
  { cyr: 'е', out: ['e'] }, { cyr: 'ё', out: ['io'] }, { cyr: 'ж', out: ['j'] }, { cyr: 'ий', next: '$', out: ['i', 'ii'] },
  { cyr: 'ый', next: '$', out: ['îi', 'î'] }, { cyr: 'й', out: ['i'] }, { cyr: 'х', out: ['h'] },
  { cyr: 'ц', next: 'еи', out: ['ț', 'ţ', 'c'] }, { cyr: 'ц', out: ['ț', 'ţ'] },
  { cyr: 'ча', out: ['cea'] }, { cyr: 'ч', next: 'еиё', out: ['c'] }, { cyr: 'ч', out: ['ci'] },
  { cyr: 'ш', out: ['ș', 'ş'] }, { cyr: 'щ', next: 'еи', out: ['șc', 'şc'] }, { cyr: 'щ', out: ['șci', 'şci'] },
  { cyr: 'ы', out: ['î'] }, { cyr: 'ь', out: [''] }, { cyr: 'ю', prev: 'иь', out: ['u', 'iu'] }, { cyr: 'ю', out: ['iu'] },
  { cyr: 'я', prev: 'иь', out: ['a', 'ia'] }, { cyr: 'я', out: ['ia', 'ea'] }, { cyr: 'кс', out: ['ks', 'x'] },
];

const PL: readonly ForwardRule[] = [
  { cyr: 'в', out: ['w'] }, { cyr: 'е', prev: INIT_OR_V, out: ['je'] }, { cyr: 'е', prev: 'жлцчшщ', out: ['e'] },
  { cyr: 'е', out: ['ie'] }, { cyr: 'ё', out: ['jo', 'o', 'io'] }, { cyr: 'ж', out: ['ż'] }, { cyr: 'и', prev: 'жцш', out: ['y'] },
  { cyr: 'й', out: ['j'] }, { cyr: 'л', next: 'еёиюяь', out: ['l'] }, { cyr: 'л', out: ['ł'] }, { cyr: 'х', out: ['ch'] },
  { cyr: 'ц', out: ['c'] }, { cyr: 'ч', out: ['cz'] }, { cyr: 'ш', out: ['sz'] }, { cyr: 'щ', out: ['szcz'] },
  { cyr: 'ы', out: ['y'] }, { cyr: 'ю', prev: INIT_OR_V, out: ['ju'] }, { cyr: 'ю', prev: 'л', out: ['u'] }, { cyr: 'ю', out: ['iu'] },
  { cyr: 'я', prev: INIT_OR_V, out: ['ja'] }, { cyr: 'я', prev: 'л', out: ['a'] }, { cyr: 'я', out: ['ia'] },
];

const CS: readonly ForwardRule[] = [
  { cyr: 'е', prev: INIT_OR_V, out: ['je'] }, { cyr: 'е', out: ['e', 'ě'] }, { cyr: 'ё', prev: SIBILANTS, out: ['o'] },
  { cyr: 'ё', out: ['jo'] }, { cyr: 'ж', out: ['ž'] }, { cyr: 'й', out: ['j'] }, { cyr: 'х', out: ['ch'] },
  { cyr: 'ц', out: ['c'] }, { cyr: 'ч', out: ['č'] }, { cyr: 'ш', out: ['š'] }, { cyr: 'щ', out: ['šč'] },
  { cyr: 'ы', out: ['y'] }, { cyr: 'ю', out: ['ju'] }, { cyr: 'я', out: ['ja'] },
];

const IT: readonly ForwardRule[] = [
  { cyr: 'ё', out: ['ë', 'e'] }, { cyr: 'ж', out: ['ž', 'zh'] }, { cyr: 'й', out: ['j', 'y'] }, { cyr: 'х', out: ['ch', 'kh'] },
  { cyr: 'ц', out: ['c'] }, { cyr: 'ч', out: ['č'] }, { cyr: 'ш', out: ['š'] }, { cyr: 'щ', out: ['šč'] },
  { cyr: 'ы', out: ['y'] }, { cyr: 'ю', out: ['ju'] }, { cyr: 'я', out: ['ja'] }, { cyr: 'е', out: ['e'] },
];

const ES: readonly ForwardRule[] = [
  { cyr: 'г', next: 'еи', out: ['gu', 'g'] }, { cyr: 'е', prev: INIT_OR_V, out: ['ye', 'e'] }, { cyr: 'е', out: ['e'] },
  { cyr: 'ё', prev: SIBILANTS, out: ['o'] }, { cyr: 'ё', out: ['yo'] }, { cyr: 'ж', out: ['zh', 'y'] },
  { cyr: 'ий', next: '$', out: ['i'] }, { cyr: 'ый', next: '$', out: ['i'] }, { cyr: 'й', next: '$', out: ['y'] },
  { cyr: 'й', out: ['i'] }, { cyr: 'кс', out: ['x', 'ks'] }, { cyr: 'х', out: ['j'] }, { cyr: 'ц', out: ['ts'] },
  { cyr: 'ч', out: ['ch'] }, { cyr: 'ш', out: ['sh'] }, { cyr: 'щ', out: ['sch', 'shch'] }, { cyr: 'ы', out: ['y'] },
  { cyr: 'ю', out: ['yu'] }, { cyr: 'я', out: ['ya'] },
];

// HU: only "zs" and "ny" are V in the facts doc; the rest of the column is U.
const HU: readonly ForwardRule[] = [
  { cyr: 'е', prev: INIT_OR_V, out: ['je', 'e'] }, { cyr: 'е', out: ['e'] }, { cyr: 'ё', out: ['jo', 'o'] },
  { cyr: 'ж', out: ['zs'] }, { cyr: 'й', out: ['j'] }, { cyr: 'н', next: 'еиюяь', out: ['ny', 'n'] },
  { cyr: 'с', out: ['sz'] }, { cyr: 'х', out: ['h'] }, { cyr: 'ц', out: ['c'] }, { cyr: 'ч', out: ['cs'] },
  { cyr: 'ш', out: ['s'] }, { cyr: 'щ', out: ['scs'] }, { cyr: 'ы', out: ['i'] }, { cyr: 'ю', out: ['ju'] },
  { cyr: 'я', out: ['ja'] }, { cyr: 'кс', out: ['x', 'ksz'] },
];

// SL and HR: Serbo-Croatian-style transcription (§6b note, V for SL).
const SL: readonly ForwardRule[] = [
  { cyr: 'е', prev: INIT_OR_V, out: ['je', 'e'] }, { cyr: 'е', out: ['e'] }, { cyr: 'ё', out: ['jo'] }, { cyr: 'ж', out: ['ž'] },
  { cyr: 'й', out: ['j'] }, { cyr: 'х', out: ['h'] }, { cyr: 'ц', out: ['c'] }, { cyr: 'ч', out: ['č'] }, { cyr: 'ш', out: ['š'] },
  { cyr: 'щ', out: ['šč'] }, { cyr: 'ы', out: ['i', 'y'] }, { cyr: 'ю', out: ['ju'] }, { cyr: 'я', out: ['ja'] },
  { cyr: 'э', out: ['e', 'ė'] },
];

/** Forward tables for the languages the facts doc gives a convention for; the others have none (null checks). */
export const FORWARD: Partial<Record<LangCode, readonly ForwardRule[]>> = {
  en: [...EN, ...COMMON],
  de: [...DE, ...COMMON],
  fr: [...FR, ...COMMON],
  ro: [...RO, ...COMMON],
  pl: [...PL, ...COMMON],
  cs: [...CS, ...COMMON],
  sk: [...CS, ...COMMON],
  it: [...IT, ...COMMON],
  es: [...ES, ...COMMON],
  hu: [...HU, ...COMMON],
  sl: [...SL, ...COMMON],
  hr: [...SL, ...COMMON],
};

/**
 * Reverse rules: how a Latin spelling, written in any of the conventions above, reads back as Russian letters.
 * Used to check a Latin form when no Cyrillic original is present. `lat` is folded lower case (accents kept);
 * context sets hold Latin letters (`^` start, `$` end; `V` in the set stands for any Latin vowel).
 */
export interface ReverseRule {
  readonly lat: string;
  readonly cyr: string;
  readonly prev?: string;
  readonly next?: string;
}

const LV = 'aeiouyăâîïëéèöüäô';

/** Readings every convention shares, or that only one convention uses so nothing conflicts. */
const REVERSE_COMMON: readonly ReverseRule[] = [
  { lat: 'shch', cyr: 'щ' }, { lat: 'schtsch', cyr: 'щ' }, { lat: 'szcz', cyr: 'щ' }, { lat: 'tsch', cyr: 'ч' },
  { lat: 'sch', cyr: 'ш' }, { lat: 'tch', cyr: 'ч' }, { lat: 'dzh', cyr: 'дж' }, { lat: 'zh', cyr: 'ж' }, { lat: 'kh', cyr: 'х' },
  { lat: 'sh', cyr: 'ш' }, { lat: 'ch', cyr: 'ч' }, { lat: 'ts', cyr: 'ц' }, { lat: 'tz', cyr: 'ц' }, { lat: 'cz', cyr: 'ч' },
  { lat: 'sz', cyr: 'ш' }, { lat: 'zs', cyr: 'ж' }, { lat: 'ss', prev: LV, next: LV, cyr: 'с' },
  // Iotated vowels: after a vowel, at the start, or as the whole y-/j- digraph.
  { lat: 'ya', cyr: 'я' }, { lat: 'yu', cyr: 'ю' }, { lat: 'yo', cyr: 'ё' }, { lat: 'ye', cyr: 'е' },
  { lat: 'ïe', cyr: 'е' }, { lat: 'ie', prev: `^${LV}`, cyr: 'е' }, { lat: 'ia', prev: `^${LV}`, cyr: 'я' },
  { lat: 'iu', prev: `^${LV}`, cyr: 'ю' }, { lat: 'io', prev: `^${LV}`, cyr: 'ё' }, { lat: 'iou', cyr: 'ю' },
  { lat: 'ou', cyr: 'у' }, { lat: 'y', prev: LV, cyr: 'й' }, { lat: 'y', next: LV, cyr: 'й' }, { lat: 'y', cyr: 'ы' },
  { lat: 'i', prev: LV, next: `$bcdfghjklmnpqrstvwxzșşšžčţț`, cyr: 'й' }, { lat: 'ï', cyr: 'й' },
  { lat: 'x', cyr: 'кс' }, { lat: 'w', cyr: 'в' }, { lat: 'q', cyr: 'к' }, { lat: 'c', cyr: 'к' }, { lat: 'h', cyr: 'х' },
  { lat: 'j', cyr: 'й' },
  { lat: 'ș', cyr: 'ш' }, { lat: 'ş', cyr: 'ш' }, { lat: 'š', cyr: 'ш' }, { lat: 'ś', cyr: 'ш' }, { lat: 'ž', cyr: 'ж' },
  { lat: 'ż', cyr: 'ж' }, { lat: 'č', cyr: 'ч' }, { lat: 'ț', cyr: 'ц' }, { lat: 'ţ', cyr: 'ц' }, { lat: 'ł', cyr: 'л' },
  { lat: 'î', cyr: 'ы' }, { lat: 'â', cyr: 'ы' }, { lat: 'ă', cyr: 'э' }, { lat: 'ë', cyr: 'ё' }, { lat: 'ě', cyr: 'е' },
  { lat: 'é', cyr: 'е' }, { lat: 'è', cyr: 'е' }, { lat: 'ė', cyr: 'э' },
  { lat: 'ä', cyr: 'ә' }, { lat: 'ö', cyr: 'ө' }, { lat: 'ü', cyr: 'ү' }, { lat: 'ğ', cyr: 'ғ' }, { lat: 'ñ', cyr: 'ң' },
  { lat: 'a', cyr: 'а' }, { lat: 'b', cyr: 'б' }, { lat: 'd', cyr: 'д' }, { lat: 'e', cyr: 'е' }, { lat: 'f', cyr: 'ф' },
  { lat: 'g', cyr: 'г' }, { lat: 'i', cyr: 'и' }, { lat: 'k', cyr: 'к' }, { lat: 'l', cyr: 'л' }, { lat: 'm', cyr: 'м' },
  { lat: 'n', cyr: 'н' }, { lat: 'o', cyr: 'о' }, { lat: 'p', cyr: 'п' }, { lat: 'r', cyr: 'р' }, { lat: 's', cyr: 'с' },
  { lat: 't', cyr: 'т' }, { lat: 'u', cyr: 'у' }, { lat: 'v', cyr: 'в' }, { lat: 'z', cyr: 'з' },
];

/** Readings of the language's own convention that win over the shared ones (same spelling, other letter). */
const REVERSE_OWN: Partial<Record<LangCode, readonly ReverseRule[]>> = {
  en: [{ lat: 'j', cyr: 'ж' }],
  fr: [{ lat: 'j', cyr: 'ж' }, { lat: 'ch', cyr: 'ш' }, { lat: 'gui', cyr: 'ги' }, { lat: 'gue', cyr: 'ге' }, { lat: 'gu', next: 'eiy', cyr: 'г' }],
  // "gi"/"ge" before a vowel is the Italian-English way of writing dʒ, which RO transcribes as j (ж).
  ro: [
    { lat: 'j', cyr: 'ж' }, { lat: 'gh', next: 'eiî', cyr: 'г' }, { lat: 'ch', next: 'eiî', cyr: 'к' },
    { lat: 'gi', next: LV, cyr: 'ж' }, { lat: 'ge', next: LV, cyr: 'ж' }, { lat: 'ce', next: 'a', cyr: 'ч' },
    { lat: 'ci', next: 'aou', cyr: 'ч' }, { lat: 'c', next: 'ei', cyr: 'ч' }, { lat: 'ea', prev: 'bcdfghklmnprstvz', cyr: 'я' },
  ],
  de: [{ lat: 'ch', cyr: 'х' }, { lat: 'z', cyr: 'ц' }, { lat: 'je', cyr: 'е' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }, { lat: 'jo', cyr: 'ё' }],
  pl: [{ lat: 'ch', cyr: 'х' }, { lat: 'c', cyr: 'ц' }, { lat: 'je', cyr: 'е' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }, { lat: 'jo', cyr: 'ё' }],
  cs: [{ lat: 'ch', cyr: 'х' }, { lat: 'c', cyr: 'ц' }, { lat: 'je', cyr: 'е' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }, { lat: 'jo', cyr: 'ё' }],
  sk: [{ lat: 'ch', cyr: 'х' }, { lat: 'c', cyr: 'ц' }, { lat: 'je', cyr: 'е' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }],
  it: [{ lat: 'ch', cyr: 'х' }, { lat: 'c', cyr: 'ц' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }],
  es: [{ lat: 'j', cyr: 'х' }, { lat: 'gu', next: 'ei', cyr: 'г' }],
  hu: [{ lat: 's', cyr: 'ш' }, { lat: 'cs', cyr: 'ч' }, { lat: 'c', cyr: 'ц' }, { lat: 'ny', cyr: 'н' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }, { lat: 'je', cyr: 'е' }],
  sl: [{ lat: 'c', cyr: 'ц' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }, { lat: 'je', cyr: 'е' }],
  hr: [{ lat: 'c', cyr: 'ц' }, { lat: 'ja', cyr: 'я' }, { lat: 'ju', cyr: 'ю' }, { lat: 'je', cyr: 'е' }],
};

/** Reverse rules for a language: its own readings first, then the shared ones. */
export function reverseRules(lang: LangCode): readonly ReverseRule[] {
  return [...(REVERSE_OWN[lang] ?? []), ...REVERSE_COMMON];
}

/**
 * Greek spellings of Russian names read back as Russian letters (ELOT 743 in reverse, with the digraphs Greek uses
 * for sounds it lacks: μπ b, ντ d, γκ g, τσ ц, τζ дж, γι+vowel й). Lower case, accents removed, ς folded to σ.
 */
export const GREEK_TO_CYR: readonly ReverseRule[] = [
  { lat: 'μπ', cyr: 'б' }, { lat: 'ντ', cyr: 'д' }, { lat: 'γκ', cyr: 'г' }, { lat: 'γγ', cyr: 'нг' }, { lat: 'τσ', cyr: 'ц' },
  { lat: 'τζ', cyr: 'дж' }, { lat: 'ου', cyr: 'у' }, { lat: 'αι', cyr: 'е' }, { lat: 'ει', cyr: 'и' }, { lat: 'οι', cyr: 'и' },
  { lat: 'γι', next: 'αεοου', cyr: 'й' }, { lat: 'ι', prev: 'αεοου', next: '$βγδζθκλμνξπρστφχψ', cyr: 'й' },
  { lat: 'α', cyr: 'а' }, { lat: 'β', cyr: 'в' }, { lat: 'γ', cyr: 'г' }, { lat: 'δ', cyr: 'д' }, { lat: 'ε', cyr: 'е' },
  { lat: 'ζ', cyr: 'з' }, { lat: 'η', cyr: 'и' }, { lat: 'θ', cyr: 'т' }, { lat: 'ι', cyr: 'и' }, { lat: 'κ', cyr: 'к' },
  { lat: 'λ', cyr: 'л' }, { lat: 'μ', cyr: 'м' }, { lat: 'ν', cyr: 'н' }, { lat: 'ξ', cyr: 'кс' }, { lat: 'ο', cyr: 'о' },
  { lat: 'π', cyr: 'п' }, { lat: 'ρ', cyr: 'р' }, { lat: 'σ', cyr: 'с' }, { lat: 'τ', cyr: 'т' }, { lat: 'υ', cyr: 'и' },
  { lat: 'φ', cyr: 'ф' }, { lat: 'χ', cyr: 'х' }, { lat: 'ψ', cyr: 'пс' }, { lat: 'ω', cyr: 'о' },
];
