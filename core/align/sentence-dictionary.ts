import { InvalidInputError } from '../errors.js';
import type { LangCode } from '../model/language.js';
import { isLangCode } from '../model/language.js';

/**
 * Bilingual dictionaries for the sentence aligner: an optional signal, as hunalign's dictionary is. Nothing ships
 * with Concordia; a translator points `align-sentences --dict` at a word list they have (hunalign's "target @
 * source" lines, a two-column TSV) or at a dictd dictionary such as FreeDict's (Debian packages them as
 * dict-freedict-<src>-<tgt>). Only single-word entries are kept, lower-cased: the aligner compares words.
 */

/** Source word → its target words, both lower-case. */
export type Dictionary = ReadonlyMap<string, readonly string[]>;

export interface DictionaryRead {
  readonly dictionary: Dictionary;
  /** Word pairs kept. */
  readonly pairs: number;
  /** Entries left out because a side has more than one word. */
  readonly phrases: number;
}

/** A dictionary word: one word as the aligner reads words (letters, digits, inner hyphens and apostrophes). */
const ONE_WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;

class Builder {
  private readonly map = new Map<string, Set<string>>();
  pairs = 0;
  phrases = 0;
  add(source: string, target: string): void {
    const s = source.trim().toLowerCase();
    const t = target.trim().toLowerCase();
    if (s === '' || t === '') return;
    if (!ONE_WORD.test(s) || !ONE_WORD.test(t)) {
      this.phrases++;
      return;
    }
    let set = this.map.get(s);
    if (!set) this.map.set(s, (set = new Set()));
    if (!set.has(t)) {
      set.add(t);
      this.pairs++;
    }
  }
  done(): DictionaryRead {
    const dictionary = new Map<string, readonly string[]>();
    for (const [s, ts] of this.map) dictionary.set(s, [...ts]);
    return { dictionary, pairs: this.pairs, phrases: this.phrases };
  }
}

/**
 * A word list, one entry per line: hunalign's format `target @ source`, or `source<TAB>target` (further
 * tab-separated columns are more targets). Blank lines and lines starting with `#` are skipped. A line with
 * neither separator is an error naming the line.
 */
export function parseWordList(text: string, where = 'dictionary'): DictionaryRead {
  const b = new Builder();
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const at = line.indexOf(' @ ');
    if (at >= 0) {
      b.add(line.slice(at + 3), line.slice(0, at));
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 2) {
      const found = line.slice(0, 60);
      throw new InvalidInputError(`${where} line ${n + 1}: expected "target @ source" or "source<TAB>target", found "${found}"`, {
        params: { variant: 'dictionary-line', file: where, line: n + 1, text: found },
      });
    }
    for (const t of cols.slice(1)) b.add(cols[0], t);
  }
  return b.done();
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function b64Number(s: string): number {
  let n = 0;
  for (const c of s) {
    const d = B64.indexOf(c);
    if (d < 0) return NaN;
    n = n * 64 + d;
  }
  return n;
}

/**
 * A dictd dictionary as FreeDict writes it: the `.index` text (headword, base-64 offset and length per line) and
 * the uncompressed `.dict` bytes. In an article the first line is the headword (with pronunciation and part of
 * speech), then each sense gives a line of translations, comma- or semicolon-separated and numbered "1.", "2."
 * when there are several, followed by a gloss in the source language; the gloss lines are not translations and are
 * skipped. Articles of the database's own header (`00-database-…`) are skipped.
 */
export function parseDictd(index: string, data: Uint8Array, where = 'dictionary'): DictionaryRead {
  const b = new Builder();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const lines = index.replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    if (lines[n].trim() === '') continue;
    const cols = lines[n].split('\t');
    const offset = b64Number(cols[1] ?? '');
    const length = b64Number(cols[2] ?? '');
    if (cols.length < 3 || !Number.isFinite(offset) || !Number.isFinite(length)) {
      throw new InvalidInputError(`${where} index line ${n + 1}: expected "headword<TAB>offset<TAB>length" (base 64), found "${lines[n].slice(0, 60)}"`);
    }
    const head = cols[0];
    if (head.startsWith('00-database') || head.startsWith('00database')) continue;
    if (offset + length > data.length) throw new InvalidInputError(`${where} index line ${n + 1}: "${head}" points beyond the end of the dictionary data (${offset + length} > ${data.length} bytes)`);
    const article = decoder.decode(data.subarray(offset, offset + length)).split('\n');
    for (const target of translationsOf(article)) b.add(head, target);
  }
  return b.done();
}

/** The translations of one dictd article: the line after the headword, and every line that opens a numbered sense. */
function translationsOf(article: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < article.length; k++) {
    const line = article[k];
    const numbered = /^\d+\.\s*(.*)$/.exec(line);
    if (k !== 1 && !numbered) continue;
    const text = (numbered ? numbered[1] : line).replace(/\s+\d+\.\s*$/, '');
    for (const t of text.split(/[,;]/)) if (t.trim() !== '') out.push(t.trim());
  }
  return out;
}

/** Dictionaries by language pair, keyed by `dictionaryPairKey(source, target)`; each maps source → target words. */
export type DictionaryPairs = ReadonlyMap<string, Dictionary>;

/** The key of a language pair in `DictionaryPairs`. */
export function dictionaryPairKey(source: LangCode, target: LangCode): string {
  return `${source}-${target}`;
}

/** Swaps the sides: target word → source words. */
export function invertDictionary(d: Dictionary): Dictionary {
  const out = new Map<string, string[]>();
  for (const [s, ts] of d) {
    for (const t of ts) {
      const list = out.get(t);
      if (list) {
        if (!list.includes(s)) list.push(s);
      } else out.set(t, [s]);
    }
  }
  return out;
}

/** The union of dictionaries in the same direction. */
export function mergeDictionaries(ds: readonly Dictionary[]): Dictionary {
  const out = new Map<string, string[]>();
  for (const d of ds) {
    for (const [s, ts] of d) {
      const list = out.get(s);
      if (!list) out.set(s, [...ts]);
      else for (const t of ts) if (!list.includes(t)) list.push(t);
    }
  }
  return out;
}

/** ISO 639-3 (and the older bibliographic 639-2) codes of the EU languages, as dictionary file names use them. */
const THREE_LETTER: Readonly<Record<string, LangCode>> = {
  bul: 'bg', ces: 'cs', cze: 'cs', dan: 'da', deu: 'de', ger: 'de', ell: 'el', gre: 'el', eng: 'en', spa: 'es',
  est: 'et', fin: 'fi', fra: 'fr', fre: 'fr', gle: 'ga', hrv: 'hr', hun: 'hu', ita: 'it', lit: 'lt', lav: 'lv',
  mlt: 'mt', nld: 'nl', dut: 'nl', pol: 'pl', por: 'pt', ron: 'ro', rum: 'ro', slk: 'sk', slo: 'sk', slv: 'sl',
  swe: 'sv',
};

/**
 * The language pair a dictionary file's name gives, as FreeDict names them ("freedict-deu-fra.index") or as
 * two-letter codes ("de-fr.txt", "de_fr.dic"); null when the name says nothing.
 */
export function dictionaryLanguages(fileName: string): { from: LangCode; to: LangCode } | null {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  const m = /(?:^|[^a-z])([a-z]{2,3})[-_]([a-z]{2,3})(?=[^a-z]|$)/.exec(base);
  if (!m) return null;
  const code = (c: string): LangCode | null => (c.length === 3 ? (THREE_LETTER[c] ?? null) : isLangCode(c) ? c : null);
  const from = code(m[1]);
  const to = code(m[2]);
  return from && to && from !== to ? { from, to } : null;
}
