import anyAscii from 'any-ascii';
import { extractNumberValues } from './evidence.js';
import { invertDictionary } from './sentence-dictionary.js';

/**
 * Lexical evidence for the sentence aligner, built from the two texts alone (no dictionary ships, nothing is
 * fetched): numbers, cognates and names (compared after transliteration), sentence-final punctuation, and a
 * translation lexicon bootstrapped from a first alignment, as hunalign's second pass does (Varga et al. 2005,
 * "Parallel corpora for medium density languages").
 */

/** The words of one sentence: lower-cased, in text order. */
export type Words = readonly string[];

/** Per-sentence token ids (sorted, unique) with one weight per id; shared ids are the lexical evidence. */
export interface TokenBags {
  readonly src: readonly Int32Array[];
  readonly tgt: readonly Int32Array[];
  readonly weight: Float64Array;
  /** Number ids per sentence (sorted, unique), kept even when found on one side only: a number that is not
   * matched is evidence against a bead. */
  readonly numSrc: readonly Int32Array[];
  readonly numTgt: readonly Int32Array[];
  /**
   * Per sentence, the dictionary weight it would share with a sentence of the other side drawn at random:
   * Σ weight · (share of the other side's sentences holding the token), over its dictionary tokens only. Zero
   * without a dictionary.
   */
  readonly chanceSrc: Float64Array;
  readonly chanceTgt: Float64Array;
}

/**
 * Weight of a shared token per unit of idf, by kind. Cognates (names, loanwords, shared stems) weigh 1.75: with
 * 1, a literary text's few cognates were outvoted by length (Text+Berg dev 0.877 → 0.895 strict F1 with the
 * length-scaled deletion cost of sentence-align.ts; test 0.879 → 0.885; "1984" 0.979 → 0.978). 2.5 is too much
 * (chance prefix matches start to pull beads apart: dev 0.877).
 */
const NUMBER_WEIGHT = 1.5;
const LEXICON_WEIGHT = 1.2;
const COGNATE_WEIGHT = 1.75;
/**
 * A pair from a dictionary the user gave. A general dictionary pairs common words with several translations
 * each, so its matches are dense and many are chance: it weighs less than a pair learnt from the text itself, and
 * the aligner charges bigger beads for the matches they would get by chance (`chanceSrc`). With FreeDict's
 * German–French dictionaries (both directions): Text+Berg dev 0.893 → 0.902 strict F1 and test 0.893 → 0.901 (before 4–1 beads) at
 * 0.5; 0.8 gives the test more (0.904) and the dev set less (0.891); at 0.8 without the chance charge the dev set
 * falls to 0.84 (beads swell).
 */
const DICTIONARY_WEIGHT = 0.5;
/** Token weight per unit of idf, by kind: 0 cognate/punctuation, 1 number, 2 learnt lexicon pair, 3 dictionary pair or core-vocabulary concept. */
const KIND_WEIGHT = [COGNATE_WEIGHT, NUMBER_WEIGHT, LEXICON_WEIGHT, DICTIONARY_WEIGHT] as const;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Lower-cased words of a sentence. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

const asciiCache = new Map<string, string>();
/** A word folded to ASCII letters: diacritics dropped, Greek and Cyrillic transliterated. */
function fold(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word.replace(/[^a-z]/g, '');
  let f = asciiCache.get(word);
  if (f === undefined) {
    f = anyAscii(word).toLowerCase().replace(/[^a-z]/g, '');
    if (asciiCache.size > 200_000) asciiCache.clear();
    asciiCache.set(word, f);
  }
  return f;
}

/**
 * Cognate key: the first four folded letters of a word of at least five ("Matterhorn"/"Matterhorns",
 * "expédition"/"Expedition"). Four-letter words are left out: most are function words whose shared prefixes are
 * chance ("dans"/"Dank", "care"/"care"), and they drowned the names and loanwords once cognates weigh more.
 */
function cognateKey(word: string): string | null {
  if (/\d/.test(word)) return null;
  const f = fold(word);
  return f.length >= 5 ? f.slice(0, 4) : null;
}

/** Number-like values of a sentence (digits, and dates when the extractors read them). */
export type NumberReader = (text: string) => readonly string[];

/** Raw string tokens of one sentence: numbers, cognate keys, end punctuation. */
function surfaceTokens(text: string, words: Words, numbers: NumberReader): string[] {
  const out: string[] = [];
  for (const n of numbers(text)) out.push(`n:${n}`);
  for (const w of words) {
    const k = cognateKey(w);
    if (k !== null) out.push(`c:${k}`);
  }
  const end = text.trimEnd().replace(/["“”„«»’)\]\s]+$/u, '').slice(-1);
  if (end === '?' || end === '!' || end === ':' || end === ';') out.push(`p:${end}`);
  return out;
}

/** A translation lexicon: source word → target words it was found aligned with. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

export interface TokenBagOptions {
  /** Learnt from a first alignment of these texts. */
  readonly lexicon?: Lexicon;
  /** Given by the user (see sentence-dictionary.ts); source word → target words. */
  readonly dictionary?: Lexicon;
  /**
   * The core vocabulary (sentence-vocabulary.ts): per side, word → the concepts it is a form of. A concept found on
   * both sides is a shared token of the dictionary kind, one per concept however many of its forms a sentence has.
   */
  readonly concepts?: { readonly src: ReadonlyMap<string, readonly string[]>; readonly tgt: ReadonlyMap<string, readonly string[]> };
  readonly srcNumbers?: NumberReader;
  readonly tgtNumbers?: NumberReader;
}

/** Longest suffix stripped from a word to find it in a dictionary ("gipfeln" → "gipfel", "sommets" → "sommet"). */
const MAX_INFLECTION = 3;
/** A stem found in a dictionary keeps at least this many letters. */
const MIN_STEM = 4;

const reverses = new WeakMap<Lexicon, Lexicon>();
/** Target word → the source headwords that give it; computed once per dictionary. */
function reverseOf(d: Lexicon): Lexicon {
  let r = reverses.get(d);
  if (!r) reverses.set(d, (r = invertDictionary(d)));
  return r;
}

const headwords = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string | null>>();
/**
 * The key `word` stands under in `map`: the word itself, else the word with up to MAX_INFLECTION final letters
 * taken off, keeping MIN_STEM (dictionaries list lemmas). Remembered per map: a text repeats its words, and both
 * passes of the aligner look them up.
 */
function headword(map: ReadonlyMap<string, unknown>, word: string): string | undefined {
  let seen = headwords.get(map);
  if (!seen) headwords.set(map, (seen = new Map()));
  let h = seen.get(word);
  if (h === undefined) {
    h = null;
    if (map.has(word)) h = word;
    else for (let k = 1; k <= MAX_INFLECTION && word.length - k >= MIN_STEM && h === null; k++) if (map.has(word.slice(0, -k))) h = word.slice(0, -k);
    if (seen.size > 200_000) seen.clear();
    seen.set(word, h);
  }
  return h ?? undefined;
}

/**
 * Token bags for two texts. Only tokens found on both sides are kept (a cognate that never meets its pair is
 * noise, not evidence). Weights are inverse document frequency, so "2022" in three sentences counts more than a
 * cognate key in fifty; numbers and lexicon pairs get a bonus (they are rarely chance matches).
 */
export function tokenBags(src: readonly string[], tgt: readonly string[], srcWords: readonly Words[], tgtWords: readonly Words[], opts: TokenBagOptions = {}): TokenBags {
  const { lexicon, dictionary, concepts } = opts;
  const srcNumbers = opts.srcNumbers ?? extractNumberValues;
  const tgtNumbers = opts.tgtNumbers ?? extractNumberValues;
  const ids = new Map<string, number>();
  const dfSrc: number[] = [];
  const dfTgt: number[] = [];
  const kind: number[] = [];
  const intern = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
      dfSrc.push(0);
      dfTgt.push(0);
      kind.push(t.startsWith('n:') ? 1 : t.startsWith('x:') ? 2 : t.startsWith('y:') || t.startsWith('v:') ? 3 : 0);
    }
    return id;
  };
  // Lexicon pairs become shared tokens: the source word and each of its translations carry the same id.
  const pairId = new Map<string, number>();
  const tgtPairs = new Map<string, number[]>();
  if (lexicon) {
    for (const [s, ts] of lexicon) {
      const id = intern(`x:${s}`);
      pairId.set(s, id);
      for (const t of ts) {
        let list = tgtPairs.get(t);
        if (!list) tgtPairs.set(t, (list = []));
        list.push(id);
      }
    }
  }
  // Dictionary pairs the same way, as tokens of their own kind (one per source headword); words are looked up with
  // inflections taken off, and only the entries the texts use are interned.
  const dictBack = dictionary ? reverseOf(dictionary) : undefined;
  const bag = (text: string, words: Words, side: 'src' | 'tgt'): number[] => {
    const set = new Set<number>();
    for (const t of surfaceTokens(text, words, side === 'src' ? srcNumbers : tgtNumbers)) set.add(intern(t));
    if (lexicon) {
      for (const w of words) {
        if (side === 'src') {
          const id = pairId.get(w);
          if (id !== undefined) set.add(id);
        } else for (const id of tgtPairs.get(w) ?? []) set.add(id);
      }
    }
    if (dictionary && dictBack) {
      for (const w of words) {
        if (side === 'src') {
          const h = headword(dictionary, w);
          if (h !== undefined) set.add(intern(`y:${h}`));
        } else {
          const h = headword(dictBack, w);
          if (h !== undefined) for (const s of dictBack.get(h) ?? []) set.add(intern(`y:${s}`));
        }
      }
    }
    if (concepts) {
      const index = side === 'src' ? concepts.src : concepts.tgt;
      for (const w of words) {
        const h = headword(index, w);
        if (h !== undefined) for (const c of index.get(h) ?? []) set.add(intern(`v:${c}`));
      }
    }
    const df = side === 'src' ? dfSrc : dfTgt;
    for (const id of set) df[id]++;
    return [...set];
  };
  const rawSrc = src.map((t, i) => bag(t, srcWords[i], 'src'));
  const rawTgt = tgt.map((t, i) => bag(t, tgtWords[i], 'tgt'));
  const weight = new Float64Array(ids.size);
  const nS = Math.max(1, src.length);
  const nT = Math.max(1, tgt.length);
  for (let id = 0; id < ids.size; id++) {
    if (dfSrc[id] === 0 || dfTgt[id] === 0) continue;
    const idf = 0.5 * (Math.log(1 + nS / dfSrc[id]) + Math.log(1 + nT / dfTgt[id]));
    weight[id] = idf * KIND_WEIGHT[kind[id]];
  }
  const keep = (raw: number[]) => Int32Array.from(raw.filter((id) => weight[id] > 0)).sort();
  const numbers = (raw: number[]) => Int32Array.from(raw.filter((id) => kind[id] === 1)).sort();
  const srcBags = rawSrc.map(keep);
  const tgtBags = rawTgt.map(keep);
  const chance = (bags: readonly Int32Array[], dfOther: readonly number[], nOther: number) =>
    Float64Array.from(bags, (b) => {
      let e = 0;
      for (const id of b) if (kind[id] === 3) e += (weight[id] * dfOther[id]) / nOther;
      return e;
    });
  return {
    src: srcBags,
    tgt: tgtBags,
    weight,
    numSrc: rawSrc.map(numbers),
    numTgt: rawTgt.map(numbers),
    chanceSrc: chance(srcBags, dfTgt, nT),
    chanceTgt: chance(tgtBags, dfSrc, nS),
  };
}

/** Sum of weights of the ids two sorted bags share. */
export function sharedWeight(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let s = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      s += weight[x];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Ids found in one bag and not the other. */
export function unmatchedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return a.length + b.length - 2 * shared;
}

/**
 * Bootstraps a lexicon from aligned sentence groups (hunalign's `-realign` idea): counts how often a source word
 * and a target word fall in the same bead, and keeps pairs whose Dice association is high and that met at least
 * `minCount` times; each source word keeps its best target words. Words of one or two letters are skipped (too
 * ambiguous). Deterministic.
 */
export function bootstrapLexicon(pairs: readonly (readonly [Words, Words])[], minCount = 2, minDice = 0.35): Lexicon {
  const srcIds = new Map<string, number>();
  const tgtIds = new Map<string, number>();
  const srcCount: number[] = [];
  const tgtCount: number[] = [];
  const idOf = (map: Map<string, number>, counts: number[], w: string) => {
    let id = map.get(w);
    if (id === undefined) {
      id = map.size;
      map.set(w, id);
      counts.push(0);
    }
    return id;
  };
  const beadsSrc: number[][] = [];
  const beadsTgt: number[][] = [];
  for (const [sw, tw] of pairs) {
    const s = [...new Set(sw.filter((w) => w.length > 2))].map((w) => idOf(srcIds, srcCount, w));
    const t = [...new Set(tw.filter((w) => w.length > 2))].map((w) => idOf(tgtIds, tgtCount, w));
    for (const id of s) srcCount[id]++;
    for (const id of t) tgtCount[id]++;
    beadsSrc.push(s);
    beadsTgt.push(t);
  }
  const nT = tgtIds.size;
  // Co-occurrences as keys s · nT + t, counted by sorting them (a long text has a million or more: a Map of counts
  // took a fifth of the aligner's time on "1984").
  const kept = (b: number) => {
    let ks = 0;
    let kt = 0;
    for (const s of beadsSrc[b]) if (srcCount[s] >= minCount) ks++;
    for (const t of beadsTgt[b]) if (tgtCount[t] >= minCount) kt++;
    return ks * kt;
  };
  let size = 0;
  for (let b = 0; b < beadsSrc.length; b++) size += kept(b);
  const keys = new Float64Array(size);
  let at = 0;
  for (let b = 0; b < beadsSrc.length; b++) {
    for (const s of beadsSrc[b]) {
      if (srcCount[s] < minCount) continue;
      for (const t of beadsTgt[b]) if (tgtCount[t] >= minCount) keys[at++] = s * nT + t;
    }
  }
  keys.sort();
  const best = new Map<number, { t: number; d: number }[]>();
  for (let i = 0; i < keys.length; ) {
    const k = keys[i];
    let j = i + 1;
    while (j < keys.length && keys[j] === k) j++;
    const c = j - i;
    i = j;
    if (c < minCount) continue;
    const s = Math.floor(k / nT);
    const t = k - s * nT;
    const d = (2 * c) / (srcCount[s] + tgtCount[t]);
    if (d < minDice) continue;
    let list = best.get(s);
    if (!list) best.set(s, (list = []));
    list.push({ t, d });
  }
  const srcWords = [...srcIds.keys()];
  const tgtWords = [...tgtIds.keys()];
  const out = new Map<string, string[]>();
  for (const [s, list] of best) {
    list.sort((x, y) => y.d - x.d || x.t - y.t);
    const top = list[0].d;
    out.set(
      srcWords[s],
      list.filter((x) => x.d >= top * 0.8).slice(0, 3).map((x) => tgtWords[x.t]),
    );
  }
  return out;
}
