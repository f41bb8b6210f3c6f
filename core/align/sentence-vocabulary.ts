import { InvalidInputError } from '../errors.js';
import type { LangCode } from '../model/language.js';
import { VOCABULARY_TEXTS } from './vocabulary/index.js';

/**
 * Concordia's core vocabulary: about 1 500 concepts frequent in prose of every kind (news, literature, travel,
 * official and parliamentary texts), each written in every EU language by the Concordia developers (files
 * `vocabulary/<lang>.ts`). A word of one text and a word of the other that are forms of the same concept are lexical
 * evidence (sentence-lexicon.ts makes the concept a shared token), so every one of the 552 language pairs gets a
 * lexical signal without a dictionary from elsewhere. It matters most
 * where the texts cannot teach the aligner anything: inside one unit of a few sentences, where no lexicon can be
 * bootstrapped.
 *
 * A list line is `<id><TAB><forms>[<TAB><note>]`: the id (`c0001`…) names the concept, the forms are the lemma and
 * any frequent forms that suffix stripping would not reach ("go, went, gone"), comma-separated and lower-case; the
 * note (the English list's sense hint) is ignored. Where a language changes its stem as it inflects, a list may give
 * the stem itself though it is no word on its own (Finnish "käde", Hungarian "madara"): the aligner takes up to
 * three final letters off a word to find a form, so the stem reaches the inflected words. Forms of more than one word are kept out (the aligner compares
 * single words), as a dictionary's phrases are.
 */

/** Concept id → the language's single-word forms of it, lower-case. */
export type Vocabulary = ReadonlyMap<string, readonly string[]>;

export interface VocabularyRead {
  readonly vocabulary: Vocabulary;
  /** Single-word forms kept. */
  readonly forms: number;
  /** Forms left out because they have more than one word. */
  readonly phrases: number;
}

const CONCEPT_ID = /^c\d{4,}$/;
/** One word as the aligner reads words (see sentence-lexicon.ts `wordsOf`). */
const ONE_WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;

/**
 * Reads one language's list. A line without a concept id and forms, or an id given twice, is an error naming the
 * line; blank lines and `#` comments are skipped.
 */
export function parseVocabulary(text: string, where = 'vocabulary'): VocabularyRead {
  const vocabulary = new Map<string, string[]>();
  let forms = 0;
  let phrases = 0;
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id, list] = line.split('\t');
    const at = `${where} line ${n + 1}`;
    if (!CONCEPT_ID.test(id ?? '') || list === undefined) {
      throw new InvalidInputError(`${at}: expected "<concept id><TAB><forms>", as "c0001<TAB>word, other form"`, { params: { variant: 'vocabulary-line', where, line: n + 1 } });
    }
    if (vocabulary.has(id)) throw new InvalidInputError(`${at}: concept ${id} is listed twice`, { params: { variant: 'vocabulary-duplicate', where, line: n + 1, id } });
    const words: string[] = [];
    for (const raw of list.split(',')) {
      const f = raw.trim().toLowerCase();
      if (f === '') continue;
      if (!ONE_WORD.test(f)) {
        phrases++;
        continue;
      }
      if (!words.includes(f)) words.push(f);
    }
    forms += words.length;
    vocabulary.set(id, words);
  }
  return { vocabulary, forms, phrases };
}

/** Word → the concepts it is a form of, for one language (a form may name more than one concept). */
export type ConceptIndex = ReadonlyMap<string, readonly string[]>;

/** Inverts a list: each form → the concept ids it belongs to. */
export function conceptIndex(v: Vocabulary): ConceptIndex {
  const out = new Map<string, string[]>();
  for (const [id, forms] of v) {
    for (const f of forms) {
      const list = out.get(f);
      if (list) list.push(id);
      else out.set(f, [id]);
    }
  }
  return out;
}

const builtIn = new Map<LangCode, ConceptIndex | null>();
/** The bundled list of a language as a concept index, read once; null when Concordia has none for it. */
export function builtInConcepts(lang: LangCode): ConceptIndex | null {
  let v = builtIn.get(lang);
  if (v === undefined) {
    const text = VOCABULARY_TEXTS[lang];
    v = text === undefined ? null : conceptIndex(parseVocabulary(text, `vocabulary/${lang}`).vocabulary);
    builtIn.set(lang, v);
  }
  return v;
}

/** Both sides' concept indexes for aligning `src` with `tgt`, or undefined when either language has no list. */
export function vocabularyConcepts(src: LangCode | undefined, tgt: LangCode | undefined): { readonly src: ConceptIndex; readonly tgt: ConceptIndex } | undefined {
  if (!src || !tgt || src === tgt) return undefined;
  const a = builtInConcepts(src);
  const b = builtInConcepts(tgt);
  return a && b ? { src: a, tgt: b } : undefined;
}
