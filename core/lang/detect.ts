import { LANGUAGES, type LangCode, type Script } from '../model/language.js';
import type { LanguageProfile } from './profile.js';
import { PROFILES } from './profiles/index.js';

/** Result of `detectLanguage`: the best language, how sure (0..1), and the raw score of every candidate. */
export interface DetectedLanguage {
  readonly lang: LangCode;
  readonly confidence: number;
  /** Score per candidate language of the text's script (higher is better; may be negative). */
  readonly scores: Readonly<Partial<Record<LangCode, number>>>;
}

/**
 * Letters beyond ASCII a–z that each language writes (lower case; Greek and Cyrillic list the whole script).
 * A letter outside a language's set is evidence against it: that is what separates cs (ř ů ě) from sk (ä ô ľ ĺ ŕ),
 * hr (ć đ) from sl, da (æ ø) from sv (ä ö), es (ñ) from pt (ã õ ç) from it.
 */
const ALPHABET: Readonly<Record<LangCode, string>> = {
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ',
  cs: 'áčďéěíňóřšťúůýž',
  da: 'æøåéá',
  de: 'äöüßé',
  el: 'αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ',
  en: '',
  es: 'áéíóúñü',
  et: 'äöõüšž',
  fi: 'äöåšž',
  fr: 'àâæçéèêëîïôœùûüÿ',
  ga: 'áéíóú',
  hr: 'čćđšž',
  hu: 'áéíóöőúüű',
  it: 'àèéìíîòóùú',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  mt: 'àèìòùċġħż',
  nl: 'éëïèöüá',
  pl: 'ąćęłńóśźż',
  pt: 'áâãàçéêíóôõúü',
  ro: 'ăâîșțşţ',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  sl: 'čšž',
  sv: 'åäöé',
};

/** Letters that point at a language when present (facts: ș ț ă → ro; ő ű → hu; ł → pl; ř ů → cs; …). */
const SIGNATURE: Readonly<Record<LangCode, string>> = {
  bg: 'ъщюя', cs: 'řůě', da: 'æø', de: 'ßü', el: '', en: '', es: 'ñ¿¡', et: 'õ', fi: 'äö', fr: 'çèêœàâîûë',
  ga: '', hr: 'ćđ', hu: 'őű', it: 'àèìòù', lt: 'ėįų', lv: 'āēīļņķģ', mt: 'ħġċż', nl: 'ëï', pl: 'łąęśźż',
  pt: 'ãõç', ro: 'ășțşţ', sk: 'ľĺŕôä', sl: 'čšž', sv: 'åäö',
};

/**
 * Word shapes that separate close pairs where letters and function words overlap: SK "situácia"/"ktorí"
 * vs CS "situace"/"evropskou"; HR ijekavian "prije"/"vijeće" vs SL; ES "-ción" vs PT "-ção". Each hit adds a
 * little; the shapes are tested against whole words.
 */
const SHAPES: Readonly<Partial<Record<LangCode, readonly RegExp[]>>> = {
  sk: [/ia$/u, /ie$/u, /^ktor/u],
  cs: [/ou$/u, /^kter/u],
  hr: [/ije/u],
  sl: [/^kater/u, /^tudi$/u],
  es: [/ción$/u, /ciones$/u],
  pt: [/ção$/u, /ções$/u],
  it: [/zione$/u, /zioni$/u],
};

const MIN_TOKENS = 3;
const MIN_LETTERS = 15;
/** Below this best score the text is taken to be in no EU language. */
const MIN_SCORE = 2;

interface Prepared {
  readonly profile: LanguageProfile;
  readonly words: ReadonlySet<string>;
  readonly formulas: readonly { readonly re: RegExp; readonly weight: number }[];
  readonly alphabet: ReadonlySet<string>;
  readonly signature: ReadonlySet<string>;
}

function lower(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’‘ʼ]/g, "'");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function prepare(p: LanguageProfile): Prepared {
  const phrases = new Set(
    [...p.opening, ...p.citationOpeners, ...p.recitalOpeners, ...p.closingStems, ...p.titleStarts, ...p.textsAdopted, p.motto]
      .map(lower)
      .filter((x) => x.length >= 2),
  );
  const formulas = [...phrases].map((ph) => ({
    re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(ph).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u'),
    // Longer phrases are rarer by chance: weight by word count.
    weight: Math.min(3, 0.5 + ph.split(' ').length / 2),
  }));
  return {
    profile: p,
    // Month forms are as language-specific as function words ("januarja" sl, "siječnja" hr, "gennaio" it).
    words: new Set([...p.commonWords, ...p.months.nominative, ...p.months.afterDay, ...(p.months.variants ?? []).flat()].map(lower)),
    formulas,
    alphabet: new Set(ALPHABET[p.code]),
    signature: new Set(SIGNATURE[p.code]),
  };
}

let prepared: readonly Prepared[] | null = null;
function preparedProfiles(): readonly Prepared[] {
  prepared ??= LANGUAGES.map((code) => prepare(PROFILES[code]));
  return prepared;
}

function scriptOfLetter(ch: string): Script | null {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  return null;
}

/**
 * Guesses which EU language a text is in. Evidence, strongest first: EP formulas from the profiles (opening
 * line, citation and recital openers, closing stems, title starts, motto), the share of tokens that are the
 * language's common words or month names, and its letters (a letter the language does not write counts against it; a
 * signature letter counts for it). The script (Greek, Cyrillic, Latin) picks the candidates.
 * Returns null when the text has fewer than 3 words or 15 letters, or when no language scores enough (e.g.
 * Russian or Turkish text). Pure and deterministic; never throws. Callers may override the result.
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const t = lower(text);
  const tokens = t.match(/\p{L}+/gu) ?? [];
  const letters = [...t].filter((c) => /\p{L}/u.test(c));
  if (tokens.length < MIN_TOKENS || letters.length < MIN_LETTERS) return null;

  const perScript: Record<Script, number> = { latin: 0, greek: 0, cyrillic: 0 };
  for (const c of letters) {
    const s = scriptOfLetter(c);
    if (s) perScript[s]++;
  }
  const script = (Object.keys(perScript) as Script[]).reduce((a, b) => (perScript[b] > perScript[a] ? b : a));
  if (perScript[script] < MIN_LETTERS) return null;
  const scriptLetters = letters.filter((c) => scriptOfLetter(c) === script);
  // Letters outside ASCII (Latin) or all letters (other scripts) are what the alphabets speak about.
  const marked = script === 'latin' ? scriptLetters.filter((c) => c > '\u007f') : scriptLetters;

  const scores: Partial<Record<LangCode, number>> = {};
  for (const p of preparedProfiles()) {
    if (p.profile.script !== script) continue;
    const wordHits = tokens.filter((w) => p.words.has(w)).length;
    let score = (10 * wordHits) / tokens.length;
    for (const f of p.formulas) if (f.re.test(t)) score += f.weight;
    const shapes = SHAPES[p.profile.code] ?? [];
    if (shapes.length > 0) score += (5 * tokens.filter((w) => shapes.some((re) => re.test(w))).length) / tokens.length;
    if (marked.length > 0) {
      const foreign = marked.filter((c) => !p.alphabet.has(c)).length;
      const signature = marked.filter((c) => p.signature.has(c)).length;
      score += (3 * signature) / (marked.length + 2) - (8 * foreign) / (marked.length + 2);
    }
    scores[p.profile.code] = Math.round(score * 1000) / 1000;
  }
  const ranked = (Object.entries(scores) as [LangCode, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return null;
  const margin = second ? Math.max(0, best[1] - second[1]) / best[1] : 1;
  const confidence = Math.round(Math.min(1, margin * 1.5) * Math.min(1, best[1] / 6) * 1000) / 1000;
  return { lang: best[0], confidence, scores };
}
