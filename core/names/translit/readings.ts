// Which Russian spellings a convention could have written a given spelling from: the inverse of a forward table
// (./tables.ts), used both to read a Bulgarian or Greek source back to its Russian candidates and to ask whether any
// plausible Russian name gives a Latin form (facts doc §6b note: RO "sh" is с+х as well as ш; only a Cyrillic or
// Greek version says which).
import type { LangCode } from '../../model/language.js';
import { FORWARD } from './tables.js';
import { forwardMatches, forwardRules } from './engine.js';

interface InverseOption {
  /** Folded spelling the option consumes. */
  readonly out: string;
  /** Russian (or Kazakh) letters it stands for. */
  readonly cyr: string;
}

const KAZAKH = /[әғқңөұүіһ]/u;
const RUSSIAN_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const IOTATED = 'еёюя';

/**
 * Cyrillic sequences no Russian or Kazakh name is spelled with in practice, so a reading that needs one is not a
 * plausible source: з+х and к+х (a Latin "zh"/"kh" read as two letters), г+х, two soft signs or one after a
 * vowel, й after a consonant (Семйонова), the hard sign (Kazakh names have none, Russian ones almost none: a
 * Bulgarian й or a dropped letter is not read as one), э other than at the start (Эрнест, not Токаэв: Bulgarian
 * and Greek write е and э alike); at the start ь, ы or й+и; at the end -кый (the ending is -кий: Полонский) and
 * -оф/-еф(а), since Russian surnames end in -ов/-ев(а) (the Greek φ and a Bulgarian devoiced ф stand for that в).
 * с+х (Асхат), т+с and doubled consonants (Кассым, Гинатуллин) are plausible and stay. A heuristic: it only
 * narrows what a form is checked against.
 */
const IMPLAUSIBLE_PAIR = /зх|кх|гх|ьь|[аеёиоуыэюяәөұүій]ь|[бвгджзклмнпрстфхцчшщ]й|ъ|.э/u;
const IMPLAUSIBLE_EDGE = /^[ьы]|^й[иы]|[оеё]фа?$|[кгх]ый$/u;

/** Whether a reading is a plausible Russian/Kazakh spelling of a whole word (see `IMPLAUSIBLE_PAIR`). */
export function plausibleReading(cyr: string): boolean {
  return !IMPLAUSIBLE_PAIR.test(cyr) && !IMPLAUSIBLE_EDGE.test(cyr);
}

const inverseCache = new Map<LangCode, Map<string, InverseOption[]>>();

/**
 * Every (spelling → letters) pair a language's forward table can produce, indexed by the spelling's first
 * character. Kazakh letters enter only with spellings no Russian letter gives (ä ö ü …): EU texts take names from
 * their Russian forms (facts doc §6c). For a Cyrillic table (Bulgarian) every Russian letter may also stand for
 * itself, since the table lists only differences. A soft sign may precede an iotated vowel without being written
 * (Крестьянинов → Крестянинов).
 */
function inverseOf(lang: LangCode): Map<string, InverseOption[]> | null {
  const cached = inverseCache.get(lang);
  if (cached) return cached;
  const rules = FORWARD[lang];
  if (!rules) return null;
  const russianOuts = new Set(rules.filter((r) => !KAZAKH.test(r.cyr)).flatMap((r) => r.out));
  if (lang === 'bg') for (const ch of RUSSIAN_LETTERS) russianOuts.add(ch);
  const options: InverseOption[] = [];
  for (const r of rules) {
    for (const alt of r.out) {
      if (alt === '' || (KAZAKH.test(r.cyr) && russianOuts.has(alt))) continue;
      options.push({ out: alt.normalize('NFC'), cyr: r.cyr });
    }
  }
  if (lang === 'bg') for (const ch of RUSSIAN_LETTERS) options.push({ out: ch, cyr: ch });
  for (const o of [...options]) if (IOTATED.includes(o.cyr[0])) options.push({ out: o.out, cyr: `ь${o.cyr}` });
  const byFirst = new Map<string, InverseOption[]>();
  const seen = new Set<string>();
  for (const o of options) {
    const k = `${o.out}\u0000${o.cyr}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const list = byFirst.get(o.out[0]) ?? [];
    list.push(o);
    byFirst.set(o.out[0], list);
  }
  inverseCache.set(lang, byFirst);
  return byFirst;
}

/** Upper bound on the readings kept per position; past it a word counts as readable (never flagged). */
export const READINGS_CAP = 4000;

/** Longest word (in letters) searched for readings; a longer one counts as readable. */
export const MAX_WORD = 40;

export interface Readings {
  /** Plausible Russian spellings (lower case) the language's convention writes as the word. */
  readonly list: readonly string[];
  /** False when the search hit `READINGS_CAP`: the list is then a sample, and an empty one proves nothing. */
  readonly complete: boolean;
}

const readingsCache = new Map<string, Readings>();
const CACHE_LIMIT = 20000;

/**
 * The plausible Russian spellings that `lang`'s convention writes as `folded` (a word already folded for its
 * script: see `foldFor`): every way of cutting the word into spellings the table produces, kept when the letters
 * form a plausible name (`plausibleReading`) and the forward rules, with their contexts, give the word back.
 * Deterministic; cached per language and word.
 */
export function readingsOf(folded: string, lang: LangCode): Readings {
  const key = `${lang}\u0000${folded}`;
  const hit = readingsCache.get(key);
  if (hit) return hit;
  const inverse = inverseOf(lang);
  const rules = forwardRules(lang);
  if (!inverse || !rules) return { list: [], complete: true };
  // No name has a word this long; an unreadable run of letters gets no verdict rather than a slow search.
  if (folded.length > MAX_WORD) return { list: [], complete: false };
  let complete = true;
  // Suffix readings from the end of the word backwards; each position keeps at most READINGS_CAP.
  const suffixes: string[][] = Array.from({ length: folded.length + 1 }, () => []);
  suffixes[folded.length] = [''];
  for (let i = folded.length - 1; i >= 0; i--) {
    const here = new Set<string>();
    for (const o of inverse.get(folded[i]) ?? []) {
      if (!folded.startsWith(o.out, i)) continue;
      for (const rest of suffixes[i + o.out.length]) {
        const cand = o.cyr + rest;
        // Only the junction and the option itself can add an implausible pair; the rest was checked already.
        if (IMPLAUSIBLE_PAIR.test(cand.slice(0, o.cyr.length + 1))) continue;
        if (here.size >= READINGS_CAP) {
          complete = false;
          break;
        }
        here.add(cand);
      }
    }
    // Keep only readings the rules could write as this end of the word, whatever letters precede it.
    suffixes[i] = [...here].filter((c) => forwardMatches(rules, c, folded.slice(i), true));
  }
  const list = suffixes[0].filter((c) => plausibleReading(c) && forwardMatches(rules, c, folded));
  const result = { list, complete };
  if (readingsCache.size >= CACHE_LIMIT) readingsCache.clear();
  readingsCache.set(key, result);
  return result;
}
