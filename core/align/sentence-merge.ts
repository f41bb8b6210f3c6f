import type { SentenceBead } from '../model/alignment.js';
import type { LangCode } from '../model/language.js';
import { alignSentences } from './sentence-align.js';
import type { Lexicon } from './sentence-lexicon.js';

/** The sentences of every document (index = document), for mending insertion beads; languages where known. */
export interface MergeContext {
  readonly texts: readonly (readonly string[])[];
  readonly langs?: readonly (LangCode | undefined)[];
  /** A dictionary from document a's language to document b's, when there is one. */
  readonly dictionaryFor?: (a: number, b: number) => Lexicon | undefined;
  /** Whether the core vocabulary serves as a dictionary too (SentenceAlignOptions.vocabulary); default true. */
  readonly vocabulary?: boolean;
}

/**
 * Combines pairwise beads (reference ↔ each version) into beads over all documents.
 *
 * The reference's sentences are cut only where every version has a bead boundary. A sentence a version has and the
 * reference lacks (a 0–1 bead) becomes its own bead with an empty reference side, placed where it stands, when the
 * reference is cut there; versions that have a sentence missing from the reference at the same place share that
 * bead. Only when another version's bead spans that place (no common cut) does it join the bead around it. With
 * two documents the pairwise beads are kept as they are. Every sentence of every version appears exactly once, in
 * order. Deterministic; never throws.
 *
 * With `context` (the texts), an insertion bead is also mended: a version that has the inserted sentence too, but
 * whose pairwise alignment with the reference could only join it to a neighbouring bead (the reference has nothing
 * to pair it with), gets it moved into the insertion bead when aligning that version directly with one that holds
 * the insertion pairs them (see `mendInsertions`).
 */
export function mergeBeads(
  ref: number,
  docCount: number,
  refCount: number,
  pairwise: ReadonlyMap<number, readonly SentenceBead[]>,
  context?: MergeContext,
): SentenceBead[] {
  const place = (pair: readonly (readonly number[])[], d: number): (readonly number[])[] =>
    Array.from({ length: docCount }, (_, x) => (x === ref ? pair[0] : x === d ? pair[1] : []));
  if (docCount === 1) return Array.from({ length: refCount }, (_, i) => ({ sentences: [[i]], confidence: 1 }));
  if (pairwise.size === 1) {
    const [[d, beads]] = [...pairwise];
    return beads.map((b) => ({ sentences: place(b.sentences, d), confidence: b.confidence }));
  }
  // Positions (0..refCount) where each version's beads leave the reference cut.
  const cutSets: Set<number>[] = [];
  for (const beads of pairwise.values()) {
    const cuts = new Set<number>([0, refCount]);
    let pos = 0;
    for (const b of beads) {
      pos += b.sentences[0].length;
      cuts.add(pos);
    }
    cutSets.push(cuts);
  }
  const cutList = [...cutSets[0]].filter((c) => cutSets.every((s) => s.has(c))).sort((x, y) => x - y);
  const common = new Set(cutList);

  interface Group {
    readonly from: number;
    readonly to: number;
    readonly sentences: number[][];
    confidence: number;
  }
  const emptySides = () => Array.from({ length: docCount }, (): number[] => []);
  const regular: Group[] = cutList.slice(0, -1).map((from, k) => {
    const sentences = emptySides();
    sentences[ref] = Array.from({ length: cutList[k + 1] - from }, (_, x) => from + x);
    return { from, to: cutList[k + 1], sentences, confidence: 1 };
  });
  if (regular.length === 0) {
    const sentences = emptySides();
    sentences[ref] = Array.from({ length: refCount }, (_, x) => x);
    regular.push({ from: 0, to: refCount, sentences, confidence: 1 });
  }
  // Beads for sentences missing from the reference, keyed by the reference position they stand at.
  const inserted = new Map<number, Group>();
  const insertionAt = (pos: number): Group => {
    let g = inserted.get(pos);
    if (!g) inserted.set(pos, (g = { from: pos, to: pos, sentences: emptySides(), confidence: 1 }));
    return g;
  };
  const regularAt = (pos: number): Group => regular.find((g) => pos >= g.from && pos < g.to) ?? regular[regular.length - 1];

  for (const [d, beads] of pairwise) {
    let pos = 0;
    for (const b of beads) {
      const insertion = b.sentences[0].length === 0;
      const g = insertion && common.has(pos) ? insertionAt(pos) : regularAt(pos);
      g.sentences[d].push(...b.sentences[1]);
      g.confidence = Math.min(g.confidence, b.confidence);
      pos += b.sentences[0].length;
    }
  }
  // Insertion beads come before the regular bead that starts at their position; those at the end come last.
  const out: Group[] = [];
  for (const g of regular) {
    const ins = inserted.get(g.from);
    if (ins) out.push(ins);
    out.push(g);
  }
  const tail = inserted.get(refCount);
  if (tail && !out.includes(tail)) out.push(tail);
  if (context) mendInsertions(out, ref, docCount, context);
  return out.filter((g) => g.sentences.some((s) => s.length > 0)).map((g) => ({ sentences: g.sentences, confidence: g.confidence }));
}

interface MendGroup {
  readonly sentences: number[][];
  confidence: number;
}

/**
 * Where the reference lacks a sentence, its pairwise alignment with each version must put that version's
 * sentence somewhere: as a 0–1 bead (it then gets the insertion bead) or, when lengths and words favour it, joined
 * to the reference sentence before or after (a 1–2 bead). Versions differ in which they get, so the partner of
 * an inserted sentence could sit in the neighbouring bead. For every insertion bead and every version with nothing
 * in it but more sentences than the reference in a neighbouring bead, the neighbour's sentences of a version that
 * holds the insertion (and the insertion itself) are aligned directly with that version's sentences in the
 * neighbour; when the sentence at the boundary pairs with inserted sentences only, it moves into the insertion bead.
 */
function mendInsertions(groups: MendGroup[], ref: number, docCount: number, context: MergeContext): void {
  const { texts, langs } = context;
  for (let k = 0; k < groups.length; k++) {
    const ins = groups[k];
    if (ins.sentences[ref].length > 0) continue;
    const holders = Array.from({ length: docCount }, (_, d) => d).filter((d) => d !== ref && ins.sentences[d].length > 0);
    if (holders.length === 0) continue;
    for (let m = 0; m < docCount; m++) {
      if (m === ref || ins.sentences[m].length > 0) continue;
      for (const side of ['before', 'after'] as const) {
        const g = groups[side === 'before' ? k - 1 : k + 1];
        if (!g || g.sentences[ref].length === 0 || g.sentences[m].length <= g.sentences[ref].length) continue;
        const a = holders.find((d) => g.sentences[d].length > 0);
        if (a === undefined) continue;
        const aSide = side === 'before' ? [...g.sentences[a], ...ins.sentences[a]] : [...ins.sentences[a], ...g.sentences[a]];
        const bSide = g.sentences[m];
        const candidate = side === 'before' ? bSide[bSide.length - 1] : bSide[0];
        const beads = alignSentences(
          aSide.map((i) => texts[a]?.[i] ?? ''),
          bSide.map((j) => texts[m]?.[j] ?? ''),
          { srcLang: langs?.[a], tgtLang: langs?.[m], singlePass: true, dictionary: context.dictionaryFor?.(a, m), vocabulary: context.vocabulary },
        );
        const bead = beads.find((b) => b.sentences[1].includes(bSide.indexOf(candidate)));
        const partners = bead?.sentences[0].map((x) => aSide[x]) ?? [];
        if (partners.length === 0 || !partners.every((i) => ins.sentences[a].includes(i))) continue;
        g.sentences[m] = side === 'before' ? bSide.slice(0, -1) : bSide.slice(1);
        ins.sentences[m] = [candidate];
        ins.confidence = Math.min(ins.confidence, bead?.confidence ?? 0.5);
        break;
      }
    }
  }
}
