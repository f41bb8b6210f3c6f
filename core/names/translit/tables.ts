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
  { cyr: 'щ', out: ['chtch'] }, { cyr: 'у', out: ['ou'] }, { cyr: 'ы', out: ['y'] },
  // After a vowel the iotation is marked with a diaeresis, as for е (Maïakovski, Noïan); a final -ин often takes a
  // mute e (Raspoutine, Eskozine).
  { cyr: 'ю', prev: V, out: ['ïou', 'iou', 'ou'] }, { cyr: 'ю', out: ['iou', 'ou'] },
  { cyr: 'я', prev: V, out: ['ïa', 'ia'] }, { cyr: 'я', out: ['ia'] }, { cyr: 'ин', next: '$', out: ['in', 'ine'] },
  { cyr: 'с', prev: V, next: V, out: ['ss', 's'] },
];

// Academia Română (§6b): gh/ch before e/i, ș/ț with comma or cedilla, î for ы, ia/iu for я/ю.
const RO: readonly ForwardRule[] = [
  { cyr: 'г', next: 'еиэ', out: ['gh'] }, { cyr: 'кий', next: '$', out: ['ki', 'chii'] }, { cyr: 'к', next: 'еиэ', out: ['ch', 'k'] }, { cyr: 'е', prev: 'и', out: ['e'] },
  // е after a vowel, ъ or ь: "ie" (Dostoievski, Sadîrbaieva), though "e" is the established form of many names
  // (Tokaev, Nazarbaev): both pass, "e" is preferred so that the usual spelling is the one suggested.
  { cyr: 'е', prev: `${V}ъь`, out: ['e', 'ie'] }, { cyr: 'е', out: ['e'] }, { cyr: 'ё', out: ['io'] }, { cyr: 'ж', out: ['j'] }, { cyr: 'ий', next: '$', out: ['i', 'ii'] },
  { cyr: 'ый', next: '$', out: ['îi', 'î'] }, { cyr: 'й', out: ['i'] }, { cyr: 'х', out: ['h'] },
  { cyr: 'ц', next: 'еи', out: ['ț', 'ţ', 'c'] }, { cyr: 'ц', out: ['ț', 'ţ'] },
  { cyr: 'ча', out: ['cea'] }, { cyr: 'ч', next: 'еиё', out: ['c'] }, { cyr: 'ч', out: ['ci'] },
  { cyr: 'ш', out: ['ș', 'ş'] }, { cyr: 'щ', next: 'еи', out: ['șc', 'şc'] }, { cyr: 'щ', out: ['șci', 'şci'] },
  { cyr: 'ы', out: ['î'] }, { cyr: 'ь', next: 'ея', out: ['', 'i'] }, { cyr: 'ь', out: [''] }, { cyr: 'ю', prev: 'иь', out: ['u', 'iu'] }, { cyr: 'ю', out: ['iu'] },
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

const RU_CONSONANTS = 'бвгджзйклмнпрстфхцчшщ';

/**
 * Russian → Bulgarian Cyrillic. Bulgarian keeps the Russian spelling of a name except where Bulgarian orthography
 * lacks the letter or the combination, so this table lists only the differences; a letter no rule covers is
 * written as it is (the interpreter falls back to identity). Sources: the Bulgarian orthographic rules for foreign
 * names (Официален правописен речник 2012, as summarised in bg.wikipedia "Транскрипция на руски имена"; not in the
 * facts doc) and established forms (Горбачов, Хрушчов, Корольов, Достоевски, Чайковски, Андрей Бели).
 * The corpus confirms ы → и (Касим, Кусманкизи, Садирбаева, Талдикорган), -ский → -ски (Полонски), -ий kept in a
 * given name (Василий), й kept (Семей, Токаев, Кайрат), ь → и before я (Наталия).
 * Uncertain, so kept permissive: ъ for ы (Bulgarian press writes Kazakh names so: "Касъм-Жомарт"), ь before е/я/ю
 * dropped or written и (Дяков, Крестянинов but Наталия, Григориев), the Russian hard sign ъ, and щ written шч (Хрушчов).
 */
const BG: readonly ForwardRule[] = [
  { cyr: 'ы', out: ['и', 'ъ'] }, { cyr: 'э', out: ['е'] },
  // -ский/-цкий surnames lose the й (Достоевски, Троцки); a given name keeps -ий (Василий, Юрий); -ый → -и (Бели).
  { cyr: 'ский', next: '$', out: ['ски'] }, { cyr: 'цкий', next: '$', out: ['цки'] },
  { cyr: 'ий', next: '$', out: ['ий', 'и'] }, { cyr: 'ый', next: '$', out: ['и', 'ий'] },
  // Bulgarian writes ь only before о: ё is ьо after a consonant, йо at the start or after a vowel, о after a hushing
  // consonant (Горбачов).
  { cyr: 'ьё', out: ['ьо'] }, { cyr: 'ё', prev: SIBILANTS, out: ['о'] }, { cyr: 'ё', prev: `^${V}ъ`, out: ['йо'] },
  { cyr: 'ё', out: ['ьо'] },
  { cyr: 'ь', next: 'о', out: ['ь'] }, { cyr: 'ь', next: 'е', out: ['и', ''] },
  // A final -ья of a given name is -ия (Наталия, София); inside a word the ь is dropped (Крестянинов, Дяков).
  { cyr: 'ья', next: '$', out: ['ия', 'я'] }, { cyr: 'ь', next: 'яю', out: ['', 'и'] },
  { cyr: 'ь', out: [''] }, { cyr: 'ъ', out: ['', 'й'] }, { cyr: 'йя', out: ['я', 'йя'] },
  { cyr: 'щ', out: ['щ', 'шч'] },
  // Kazakh letters (§6c): the Russian form of the name.
  { cyr: 'ә', out: ['а'] }, { cyr: 'ғ', out: ['г'] }, { cyr: 'қ', out: ['к'] }, { cyr: 'ң', out: ['н', 'нг'] },
  { cyr: 'ө', out: ['о', 'ьо'] }, { cyr: 'ұ', out: ['у'] }, { cyr: 'ү', out: ['у', 'ю'] }, { cyr: 'і', out: ['и'] },
  { cyr: 'һ', out: ['х'] },
];

/**
 * Russian → Greek, the usual practical transcription of Greek newsrooms and EU texts (not ELOT 743, which runs
 * Greek → Latin): μπ ντ γκ for б д г, τσ for ц and ч, σ for ш and щ, ζ for ж and з, ι for и and ы, γι before a
 * vowel for й and the iotated vowels, ϊ for й after α/ε/ο (so that αι, ει, οι are not read as diphthongs), φ for
 * a final в (Τοκάγιεφ, Σεϊτκούλοφ) but β elsewhere (Ετάγιεβα). Accents (tonos) are not part of a convention
 * that can be checked without knowing the stress; the interpreter compares without them. Checked against every
 * name of the bundled Greek version (Ζαναοζέν, Ταλντικοργκάν, Κασίμ-Ζομάρτ Τοκάγιεφ, Καγιρμπέκ, Γιουσούποφ …).
 * Complete: every Russian and Kazakh letter has a rule, since identity would leave Cyrillic in a Greek word.
 */
const EL: readonly ForwardRule[] = [
  { cyr: 'а', out: ['α'] }, { cyr: 'б', out: ['μπ'] }, { cyr: 'в', next: '$', out: ['φ'] }, { cyr: 'в', out: ['β'] },
  // μπ, ντ already hold a nasal: мб and нд are written μπ, ντ (Μαχαμπέτ, Μεντιγκαζίεφ), нг γκ or νγκ.
  { cyr: 'г', out: ['γκ'] }, { cyr: 'нг', out: ['νγκ', 'γκ', 'γγ'] }, { cyr: 'мб', out: ['μπ', 'μμπ'] },
  { cyr: 'нд', out: ['ντ', 'νντ'] }, { cyr: 'д', out: ['ντ'] },
  // е: ε at the start (Ερζάν, Ελένα) and after и (Αλίεφ); γιε after another vowel (Τοκάγιεφ); ιε after ь/ъ.
  { cyr: 'е', prev: '^', out: ['ε', 'γιε'] }, { cyr: 'е', prev: 'иі', out: ['ε'] }, { cyr: 'е', prev: V, out: ['γιε'] },
  { cyr: 'е', prev: 'ъь', out: ['ιε', 'γιε'] }, { cyr: 'е', out: ['ε'] },
  { cyr: 'ё', prev: SIBILANTS, out: ['ο'] }, { cyr: 'ё', prev: `^${V}ъь`, out: ['γιο'] }, { cyr: 'ё', out: ['ιο'] },
  { cyr: 'ж', out: ['ζ'] }, { cyr: 'з', out: ['ζ'] }, { cyr: 'и', out: ['ι'] },
  { cyr: 'ий', next: '$', out: ['ι'] }, { cyr: 'ый', next: '$', out: ['ι'] },
  // й before ы/и merges with it (Кайырбек → Καγιρμπέκ); before another vowel γι; after α/ε/ο the diaeresis.
  { cyr: 'йы', out: ['γι'] }, { cyr: 'йи', out: ['γι'] }, { cyr: 'й', next: V, out: ['γι'] },
  { cyr: 'й', prev: 'аеоэә', out: ['ϊ'] }, { cyr: 'й', out: ['ι'] },
  { cyr: 'кс', out: ['ξ', 'κσ'] }, { cyr: 'к', out: ['κ'] }, { cyr: 'л', out: ['λ'] }, { cyr: 'м', out: ['μ'] },
  { cyr: 'н', out: ['ν'] }, { cyr: 'о', out: ['ο'] }, { cyr: 'п', out: ['π'] }, { cyr: 'р', out: ['ρ'] },
  { cyr: 'с', out: ['σ'] }, { cyr: 'т', out: ['τ'] }, { cyr: 'у', out: ['ου'] }, { cyr: 'ф', out: ['φ'] },
  { cyr: 'х', out: ['χ'] }, { cyr: 'ц', out: ['τσ'] }, { cyr: 'ч', out: ['τσ'] }, { cyr: 'ш', out: ['σ'] },
  { cyr: 'щ', out: ['σ', 'στσ'] }, { cyr: 'ъ', out: [''] }, { cyr: 'ы', out: ['ι'] }, { cyr: 'ь', out: [''] },
  { cyr: 'э', out: ['ε'] },
  { cyr: 'ю', prev: `^${V}`, out: ['γιου'] }, { cyr: 'ю', out: ['ιου'] },
  // я: α after и (Σάνια, Νουραλία), για at the start or after a vowel (Νογιάν), ια after a consonant or ь.
  { cyr: 'я', prev: 'иі', out: ['α', 'για'] }, { cyr: 'я', prev: `^${V}`, out: ['για'] }, { cyr: 'я', out: ['ια'] },
  // Kazakh letters (§6c): the Russian form of the name.
  { cyr: 'ә', out: ['α'] }, { cyr: 'ғ', out: ['γκ'] }, { cyr: 'қ', out: ['κ'] }, { cyr: 'ң', out: ['ν', 'νγκ'] },
  { cyr: 'ө', out: ['ο'] }, { cyr: 'ұ', out: ['ου'] }, { cyr: 'ү', out: ['ου'] }, { cyr: 'і', out: ['ι'] },
  { cyr: 'һ', out: ['χ'] },
];

/** Forward tables for the languages the facts doc gives a convention for; the others have none (null checks). */
export const FORWARD: Partial<Record<LangCode, readonly ForwardRule[]>> = {
  bg: BG,
  el: EL,
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
 * Greek spellings of Russian names read back as Russian letters: the digraphs of the EL table above (μπ б, ντ д,
 * γκ г, τσ ц, τζ дж, γι + vowel й, ϊ й) and, for letters that table never writes (η ω υ θ ψ, the diphthongs αι ει
 * οι), their ordinary reading, so that a spelling using them reads back to a name the table writes otherwise.
 * Input is folded by the interpreter: lower case, ς as σ, tonos removed, diaeresis kept (a tonos on the first of
 * two vowels, as in Σεμέι, becomes a diaeresis on the second: σεμεϊ).
 */
export const GREEK_TO_CYR: readonly ReverseRule[] = [
  { lat: 'μπ', cyr: 'б' }, { lat: 'ντ', cyr: 'д' }, { lat: 'γκ', cyr: 'г' }, { lat: 'γγ', cyr: 'нг' }, { lat: 'τσ', cyr: 'ц' },
  { lat: 'τζ', cyr: 'дж' }, { lat: 'ου', cyr: 'у' }, { lat: 'αι', cyr: 'е' }, { lat: 'ει', cyr: 'и' }, { lat: 'οι', cyr: 'и' },
  { lat: 'γι', next: 'αεοου', cyr: 'й' },
  // γι between a vowel and a consonant is й + ы/и (Καγιρμπέκ = Кайырбек); at the start it stays г + и.
  { lat: 'γι', prev: 'αεοου', cyr: 'йи' },
  { lat: 'ϊ', cyr: 'й' }, { lat: 'ι', prev: 'αεοου', next: '$βγδζθκλμνξπρστφχψ', cyr: 'й' },
  // A Russian feminine surname ends in -ова/-ева, never -офа/-ефа: a φ there is a final-в rule misapplied.
  { lat: 'οφα', next: '$', cyr: 'ова' }, { lat: 'εφα', next: '$', cyr: 'ева' },
  { lat: 'α', cyr: 'а' }, { lat: 'β', cyr: 'в' }, { lat: 'γ', cyr: 'г' }, { lat: 'δ', cyr: 'д' }, { lat: 'ε', cyr: 'е' },
  { lat: 'ζ', cyr: 'з' }, { lat: 'η', cyr: 'и' }, { lat: 'θ', cyr: 'т' }, { lat: 'ι', cyr: 'и' }, { lat: 'κ', cyr: 'к' },
  { lat: 'λ', cyr: 'л' }, { lat: 'μ', cyr: 'м' }, { lat: 'ν', cyr: 'н' }, { lat: 'ξ', cyr: 'кс' }, { lat: 'ο', cyr: 'о' },
  { lat: 'π', cyr: 'п' }, { lat: 'ρ', cyr: 'р' }, { lat: 'σ', cyr: 'с' }, { lat: 'τ', cyr: 'т' }, { lat: 'υ', cyr: 'и' },
  { lat: 'φ', cyr: 'ф' }, { lat: 'χ', cyr: 'х' }, { lat: 'ψ', cyr: 'пс' }, { lat: 'ω', cyr: 'о' },
];

/**
 * Bulgarian spellings of Russian names read back as Russian letters (`lat` holds Bulgarian Cyrillic here). Letters
 * not listed read as themselves. ъ inside a name stands for ы (Касъм); ьо, and йо after a consonant, for ё; a
 * final -оф/-еф (-офа/-ефа) for the Russian -ов/-ев (-ова/-ева), which Bulgarian keeps, so a devoiced spelling reads
 * back to the form the convention writes with в.
 */
export const BULGARIAN_TO_RU: readonly ReverseRule[] = [
  { lat: 'ъ', cyr: 'ы' }, { lat: 'ьо', cyr: 'ё' }, { lat: 'йо', prev: RU_CONSONANTS, cyr: 'ё' },
  { lat: 'оф', next: '$', cyr: 'ов' }, { lat: 'еф', next: '$', cyr: 'ев' },
  { lat: 'офа', next: '$', cyr: 'ова' }, { lat: 'ефа', next: '$', cyr: 'ева' },
];
