import { WHOLE_TEXT_KEY } from '../align/index.js';
import { alignSentences } from '../align/sentence-align.js';
import { splitSentenceSpans } from '../align/sentences.js';
import type { TokenBags } from '../align/sentence-lexicon.js';
import { sharedWeight, tokenBags, wordsOf } from '../align/sentence-lexicon.js';
import { vocabularyConcepts } from '../align/sentence-vocabulary.js';
import { defaultExtractors, extractNumberValues } from '../align/evidence.js';
import type { AlignedRow, Segment, SentenceBead } from '../model/alignment.js';
import type { Finding } from '../model/findings.js';
import { makeFinding, spanOf } from './finding.js';
import { langLabel } from './compare-values.js';
import { checkLength } from './length.js';
import type { Check, CheckContext } from './types.js';

/**
 * An unpaired sentence is reported only when it is at least this long (characters) and has at least MIN_WORDS
 * words. The aligner leaves short pieces unpaired cheaply by design (deletionLengthCost in
 * core/align/sentence-align.ts: a stray heading, a page-furniture remnant, a clause cut off by the splitter), and a
 * short sentence without a partner ("Regrets this delay.") says little a translator can act on. Measured: of the
 * 678 sentences of the bundled corpus (six versions) only the 6 opening lines ("The European Parliament,") fall
 * below these bounds and none inside a unit of two sentences or more, so the bounds cost no recall on EP texts;
 * without them, 19 of 38 short made-up sentences inserted by `npm run bench -- checks` are reported. The real
 * official versions in tests/fixtures (ten languages, HTML, text and PDF) give no sentence finding either way.
 */
export const MIN_SENTENCE_CHARS = 40;
/** See MIN_SENTENCE_CHARS. */
export const MIN_SENTENCE_WORDS = 6;
/**
 * The beads pairing the rest of the row must each be at least this sure (SentenceBead.confidence, 0..1): a row
 * whose other sentences pair doubtfully is a free translation or a misalignment, where a sentence without a
 * partner says little. A guard rather than a tuned value: in the bench every paired bead of an edited row is far
 * above it (0, 0.3 and 0.7 give the same figures; 0.9 loses one omission).
 */
export const MIN_PAIRED_CONFIDENCE = 0.3;
/**
 * In the one row of unstructured documents (whole texts, aligned sentence by sentence), an unpaired sentence is
 * judged by this many beads on either side rather than by the whole text, where some mismatch is always found.
 */
const WHOLE_TEXT_REACH = 3;
/** Longest one-side size of a bead that still counts as "one-to-one-ish" (1–1, 2–1, 1–2). */
const MAX_BEAD_SIDE = 2;
/** Quoted sentences in messages are cut to about this many characters. */
const QUOTE_CHARS = 90;

interface Sentence {
  readonly seg: Segment;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A cell's sentences with their place in the unit text. The same splitter, segment by segment, as the grid's
 * sentence level (core/align/index.ts `withSentences`), so sentence numbers match `row.sentences.split`.
 */
function sentencesOf(cell: readonly Segment[], ctx: CheckContext, doc: number): Sentence[] {
  return cell.flatMap((seg) => splitSentenceSpans(seg.text, ctx.lang(doc)).map((s) => ({ seg, start: s.start, end: s.end, text: seg.text.slice(s.start, s.end) })));
}

interface PairBead {
  readonly pivot: readonly number[];
  readonly version: readonly number[];
  readonly confidence: number;
}

/**
 * Pivot ↔ version beads. With two documents the grid's sentence level holds exactly these (aligned with the unit
 * aligner's length ratio and the user's dictionaries), so they are reused; with more, its beads are merged over
 * all versions and a bead another version spans can hide a sentence this one lacks, so the pair is aligned here
 * (with the pair's median length ratio over the grid, as the sentence level uses a document-level one).
 */
function pairBeads(row: AlignedRow, ctx: CheckContext, doc: number, pivotText: readonly string[], versionText: readonly string[]): PairBead[] {
  const pivot = ctx.grid.pivot;
  const grid = row.sentences;
  const same = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((s, i) => s === b[i]);
  if (grid && ctx.grid.documents.length === 2 && same(grid.split[pivot], pivotText) && same(grid.split[doc], versionText)) {
    return grid.beads.map((b) => ({ pivot: b.sentences[pivot], version: b.sentences[doc], confidence: b.confidence }));
  }
  const ratio = ctx.lengthRatio(doc) ?? undefined;
  const beads: SentenceBead[] = alignSentences(pivotText, versionText, { srcLang: ctx.lang(pivot), tgtLang: ctx.lang(doc), ratio, extractors: defaultExtractors });
  return beads.map((b) => ({ pivot: b.sentences[0], version: b.sentences[1], confidence: b.confidence }));
}

const wordCount = (s: string) => (s.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).length;

/** Whether a sentence is long enough for its absence on the other side to be worth a translator's look. */
export function isSubstantialSentence(text: string): boolean {
  return text.length >= MIN_SENTENCE_CHARS && wordCount(text) >= MIN_SENTENCE_WORDS;
}

function quote(text: string): string {
  if (text.length <= QUOTE_CHARS) return text;
  const cut = text.slice(0, QUOTE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * Row flags under which a sentence comparison means nothing: the version's text is cut off in the unit, or the
 * version has nothing there. `low-confidence` is not one: a unit that lost a sentence is exactly one whose content
 * evidence is weaker, and the bead conditions below judge the pairing sentence by sentence.
 */
const DOUBTFUL_FLAGS: ReadonlySet<string> = new Set(['truncated', 'missing', 'extra']);

/**
 * A 2–1 or 1–2 bead hides a sentence without a partner when the single sentence matches one of the pair by length
 * and is far too short for both: the aligner prefers such a bead to a 1–0 plus a 1–1 in a short row (a 1–0 costs
 * more than a 2–1 prior; see MOVES in core/align/sentence-align.ts), whereas a translator who joins two sentences
 * writes about as much as both. Lengths are compared on the pivot's scale (version length / the pair's median
 * ratio). On the bundled corpus, the 425 one-to-one sentence pairs of rows with two sentences or more have relative
 * lengths from 0.71 to 1.27 (5th–95th percentile 0.87–1.18, per version), so KEPT_TOLERANCE accepts every real
 * pair and PAIR_SHORTFALL asks for more than any of them shows.
 */
const KEPT_TOLERANCE = 1.35;
/** See KEPT_TOLERANCE: the pair must be at least this many times the single sentence's length. */
const PAIR_SHORTFALL = 1.5;
/**
 * Where lengths cannot tell, lexical evidence (the aligner's token bags: numbers, cognates and names, the core
 * vocabulary's concepts) per word of a sentence decides: the candidate without a partner must share less than
 * UNSHARED with the single sentence, and its neighbour at least SHARED. On the bundled corpus a sentence shares
 * 0.035–1.29 per word with its real partner (1st percentile 0.091, 5th 0.144, median 0.45) and 0–0.74 with another
 * sentence of the same row (median 0.091): UNSHARED sits below the 1st percentile of real partners. In the bench,
 * 0.05 → 0.08 → 0.12 found (before the ECHO veto) 112 → 112 → 114 of 145 omissions and 152 → 158 → 166 of 192 additions, with no joined
 * pair reported at any of them (its negative control); the additions are made-up text, easier to tell apart than a
 * real omitted sentence on the row's subject, so the lower value is kept.
 */
const UNSHARED = 0.08;
/** See UNSHARED. */
const SHARED = 0.144;

/**
 * An unpaired sentence sharing this much lexical evidence per word (as UNSHARED measures it) with the other side
 * of a neighbouring pair is a piece of that pair's translation, not an omission or an addition: a sentence cut in
 * two and rephrased ("Welcomes the decision taken by the government on this matter. The mill's operations are
 * suspended …") shared 0.31–0.49 with its original in our tests. Planted omissions share less with the other
 * sentences of their unit (median 0.13), but a real sentence on the unit's subject sometimes reaches this: in the
 * bench the veto costs 11 of 112 omissions found and 3 of 158 additions (0.3 would cost 8 and 1, but sits right
 * under the rephrased pieces measured), the price of not calling a rephrased sentence an omission or addition.
 */
const ECHO = 0.25;

/**
 * For a bead pairing two sentences (`pair`, lengths on the pivot's scale by `lengthOf`) with one of `singleLength`:
 * which of the two is the single sentence's partner and which has none, or null when the bead is a real join (see
 * KEPT_TOLERANCE). A number the unpaired candidate shares with the single sentence keeps the bead whole: that
 * content was translated.
 */
function hiddenInPair(pair: readonly number[], singleLength: number, lengthOf: (k: number) => number, textOf: (k: number) => string, singleText: string, sharedOf: (k: number) => number): { kept: number; dropped: number } | null {
  if (singleLength <= 0) return null;
  const [x, y] = pair;
  const off = (k: number) => Math.abs(Math.log(lengthOf(k) / singleLength));
  const [kept, dropped] = off(x) <= off(y) ? [x, y] : [y, x];
  if (off(kept) > Math.log(KEPT_TOLERANCE)) return null;
  const numbers = new Set(extractNumberValues(singleText));
  if (extractNumberValues(textOf(dropped)).some((n) => numbers.has(n))) return null;
  const pairRatio = (lengthOf(x) + lengthOf(y)) / singleLength;
  if (pairRatio >= PAIR_SHORTFALL) return { kept, dropped };
  // Lengths alone cannot tell (a short sentence beside a long one): the words decide (see UNSHARED and SHARED),
  // provided the single sentence is still closer in length to the one than to both. A translator who cut a
  // sentence in two at a comma leaves a short piece sharing few words with the original ("fordert den EAD auf,
  // sich dafür einzusetzen."), but both pieces together fit the original better than either alone.
  if (off(kept) >= Math.abs(Math.log(pairRatio))) return null;
  const perWord = (k: number) => sharedOf(k) / Math.max(1, wordCount(textOf(k)));
  return perWord(dropped) < UNSHARED && perWord(kept) >= SHARED ? { kept, dropped } : null;
}

/**
 * Sentence findings of one version against the pivot, before the length check is consulted. An unpaired sentence
 * is reported only when it is trustworthy: substantial (`isSubstantialSentence`); no unpaired sentence of the
 * other side in the unit (a 1–0 with a 0–1 is a sentence translated as something else, or moved, not an omission
 * plus an addition); and every other bead of the unit pairing one or two sentences per side at
 * MIN_PAIRED_CONFIDENCE or more. In the whole-text row of unstructured documents the same holds within
 * WHOLE_TEXT_REACH beads. A 2–1 or 1–2 bead whose lengths (or shared words) show one sentence without a partner
 * counts as that sentence unpaired (see `hiddenInPair`).
 */
function versionFindings(row: AlignedRow, ctx: CheckContext, doc: number, pivotSentences: readonly Sentence[]): Finding[] {
  const pivot = ctx.grid.pivot;
  const cell = row.cells[doc];
  if (cell.length === 0 || row.flags.some((f) => f.doc === doc && DOUBTFUL_FLAGS.has(f.flag))) return [];
  const version = sentencesOf(cell, ctx, doc);
  if (pivotSentences.length < 2 && version.length < 2) return [];
  const beads = pairBeads(
    row,
    ctx,
    doc,
    pivotSentences.map((s) => s.text),
    version.map((s) => s.text),
  );
  const ratio = ctx.lengthRatio(doc) ?? 1;
  const pivotLength = (i: number) => pivotSentences[i].text.length;
  const versionLength = (j: number) => version[j].text.length / ratio;
  let bags: TokenBags | undefined;
  const shared = (i: number, j: number) => {
    bags ??= tokenBags(
      pivotSentences.map((x) => x.text),
      version.map((x) => x.text),
      pivotSentences.map((x) => wordsOf(x.text)),
      version.map((x) => wordsOf(x.text)),
      { concepts: vocabularyConcepts(ctx.lang(pivot), ctx.lang(doc)) },
    );
    return sharedWeight(bags.src[i], bags.tgt[j], bags.weight);
  };
  // The beads in order, each 2–1 or 1–2 bead that hides an unpaired sentence cut into its pair and that sentence.
  type Step = { readonly kind: 'paired'; readonly bead: PairBead } | { readonly kind: 'omission' | 'addition'; readonly index: number };
  const steps: Step[] = [];
  for (const b of beads) {
    if (b.version.length === 0) steps.push(...b.pivot.map((index) => ({ kind: 'omission' as const, index })));
    else if (b.pivot.length === 0) steps.push(...b.version.map((index) => ({ kind: 'addition' as const, index })));
    else if (b.pivot.length === 2 && b.version.length === 1) {
      const hidden = hiddenInPair(b.pivot, versionLength(b.version[0]), pivotLength, (i) => pivotSentences[i].text, version[b.version[0]].text, (i) => shared(i, b.version[0]));
      if (hidden === null) steps.push({ kind: 'paired', bead: b });
      else {
        const pair: Step = { kind: 'paired', bead: { ...b, pivot: [hidden.kept] } };
        const lone: Step = { kind: 'omission', index: hidden.dropped };
        steps.push(...(hidden.kept < hidden.dropped ? [pair, lone] : [lone, pair]));
      }
    } else if (b.pivot.length === 1 && b.version.length === 2) {
      const hidden = hiddenInPair(b.version, pivotLength(b.pivot[0]), versionLength, (j) => version[j].text, pivotSentences[b.pivot[0]].text, (j) => shared(b.pivot[0], j));
      if (hidden === null) steps.push({ kind: 'paired', bead: b });
      else {
        const pair: Step = { kind: 'paired', bead: { ...b, version: [hidden.kept] } };
        const lone: Step = { kind: 'addition', index: hidden.dropped };
        steps.push(...(hidden.kept < hidden.dropped ? [pair, lone] : [lone, pair]));
      }
    } else steps.push({ kind: 'paired', bead: b });
  }
  // A unit is judged whole; the one row of unstructured documents (whole texts) around each unpaired sentence.
  const reach = row.key === WHOLE_TEXT_KEY ? WHOLE_TEXT_REACH : Infinity;
  const trustworthy = (at: number, kind: 'omission' | 'addition') => {
    const around = steps.slice(Math.max(0, at - reach), at + reach + 1);
    const paired = around.flatMap((x) => (x.kind === 'paired' ? [x.bead] : []));
    return (
      paired.length > 0 &&
      around.every((x) => x.kind === 'paired' || x.kind === kind) &&
      paired.every((b) => b.pivot.length <= MAX_BEAD_SIDE && b.version.length <= MAX_BEAD_SIDE && b.confidence >= MIN_PAIRED_CONFIDENCE) &&
      !echoesNeighbour(at, kind)
    );
  };
  // A piece of a sentence the translator cut in two, rephrasing as they went, is left unpaired by the aligner when
  // the two pieces together are much longer than the original; it still shares words with the original, which
  // stands next to it on the other side. See ECHO.
  const echoesNeighbour = (at: number, kind: 'omission' | 'addition') => {
    const index = (steps[at] as { index: number }).index;
    const words = Math.max(1, wordCount(kind === 'omission' ? pivotSentences[index].text : version[index].text));
    return [steps[at - 1], steps[at + 1]].some((x) => {
      if (x?.kind !== 'paired') return false;
      const others = kind === 'omission' ? x.bead.version : x.bead.pivot;
      return others.some((o) => (kind === 'omission' ? shared(index, o) : shared(o, index)) / words >= ECHO);
    });
  };
  const out: Finding[] = [];
  const report = (s: Sentence, n: number, from: number, to: number, type: 'omission' | 'addition') => {
    const span = spanOf(from, ctx.lang(from), s.seg.id, s.seg.text, s.start, s.end);
    out.push(
      makeFinding(type, 'warning', row.key, [span], { key: `sentence.${type}`, params: { n, a: quote(s.text), langA: langLabel(ctx, from), langB: langLabel(ctx, to) } }, [
        { doc: to, lang: ctx.lang(to) },
      ]),
    );
  };
  steps.forEach((x, at) => {
    if (x.kind === 'paired') return;
    const [list, from, to] = x.kind === 'omission' ? [pivotSentences, pivot, doc] : [version, doc, pivot];
    if (isSubstantialSentence(list[x.index].text) && trustworthy(at, x.kind)) report(list[x.index], x.index + 1, from, to, x.kind);
  });
  return out;
}

/** Per check context and row: the sentence findings by version, and the length check's findings. */
const cache = new WeakMap<CheckContext, WeakMap<AlignedRow, { readonly sentences: ReadonlyMap<number, readonly Finding[]>; readonly length: readonly Finding[] }>>();

/** The version a length finding is about (its spans cover the version's cell). */
const lengthDoc = (f: Finding) => f.spans[0]?.doc ?? -1;

function analyse(row: AlignedRow, ctx: CheckContext) {
  let byRow = cache.get(ctx);
  if (!byRow) cache.set(ctx, (byRow = new WeakMap()));
  let hit = byRow.get(row);
  if (hit) return hit;
  const pivot = ctx.grid.pivot;
  const length = checkLength(row, ctx);
  const sentences = new Map<number, readonly Finding[]>();
  const pivotCell = row.cells[pivot];
  if (pivotCell.length > 0) {
    const pivotSentences = sentencesOf(pivotCell, ctx, pivot);
    for (let doc = 0; doc < row.cells.length; doc++) {
      if (doc === pivot) continue;
      const found = versionFindings(row, ctx, doc, pivotSentences);
      if (found.length === 0) continue;
      // The length check measured the whole cell the other way (much longer where a sentence seems missing):
      // the two pieces of evidence contradict each other, and the sentence pairing is the one in doubt.
      const cellVerdict = length.find((f) => lengthDoc(f) === doc);
      if (cellVerdict && found.some((f) => f.type !== cellVerdict.type)) continue;
      sentences.set(doc, found);
    }
  }
  hit = { sentences, length };
  byRow.set(row, hit);
  return hit;
}

/**
 * Omitted and added sentences inside aligned units: for every version whose cell or the pivot's has two sentences
 * or more, the two cells are split into sentences (as the grid's sentence level splits them) and aligned; a
 * substantial pivot sentence without a partner (a 1–0 bead) is an `omission` on the version, a version sentence
 * without one (0–1) an `addition`, each with a span over that sentence in its unit and its 1-based number in the
 * cell (`n`). Reported only when the rest of the unit pairs one-to-one-ish with good confidence and all its
 * unpaired sentences go one way (see `versionFindings`), and not where the length check judged the same cell the
 * opposite way. Rows whose version cell is empty, cut off (`truncated`) or an `extra` row are left to the
 * structure check. Deterministic; never throws.
 */
export const checkSentences: Check = (row, ctx) => [...analyse(row, ctx).sentences.values()].flat();

/**
 * The length check (core/checks/length.ts), less its finding for a version where `checkSentences` reports the
 * same kind of finding in the same row: the sentence finding names and highlights what is missing or added, the
 * cell-length one only says that something may be, so the translator gets the precise one instead of both.
 */
export const checkLengthUnlessSentences: Check = (row, ctx) => {
  const { sentences, length } = analyse(row, ctx);
  return length.filter((f) => !sentences.has(lengthDoc(f)));
};
