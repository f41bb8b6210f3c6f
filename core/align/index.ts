import type { AlignedDocumentRef, AlignedRow, AlignmentCorrection, AlignmentGrid, RowFlag, Segment, SentenceBead } from '../model/alignment.js';
import type { ParsedDocument } from '../model/document.js';
import type { LangCode } from '../model/language.js';
import { InvalidInputError } from '../errors.js';
import type { AnchorExtractors } from './evidence.js';
import { defaultExtractors } from './evidence.js';
import type { SequenceCosts } from './sequence.js';
import { DEFAULT_SEQUENCE_COSTS } from './sequence.js';
import { alignSentences } from './sentence-align.js';
import { mergeBeads } from './sentence-merge.js';
import type { DictionaryPairs } from './sentence-dictionary.js';
import { dictionaryPairKey } from './sentence-dictionary.js';
import { splitSentences } from './sentences.js';
import type { GroupAlignment, Item } from './units.js';
import { alignGroup, describeSegment, groupOf, GROUPS, itemsOf, lengthRatio, tailRows } from './units.js';
import { applyCorrections } from './corrections.js';
import type { PivotHead } from './unit-head.js';
import { headFootnotes, pivotLostCitations } from './unit-head.js';

export { applyCorrections } from './corrections.js';
export { splitSentences, splitSentenceSpans } from './sentences.js';
export type { SentenceSpan } from './sentences.js';
export { alignSentences } from './sentence-align.js';
export { mergeBeads } from './sentence-merge.js';
export type { SentenceAlignOptions } from './sentence-align.js';
export type { AnchorExtractors } from './evidence.js';
export type { SequenceCosts } from './sequence.js';

export interface AlignOptions {
  /** Index of the pivot document (default: the first official document, else the first Romanian one, else 0). */
  readonly pivot?: number;
  /** `sentence` also splits every row into sentences and aligns them. Default `unit`. */
  readonly level?: 'unit' | 'sentence';
  /** Display names of the documents (file names), in `docs` order; default the language codes. */
  readonly names?: readonly string[];
  /** Manual corrections re-applied after the automatic alignment (see `applyCorrections`). */
  readonly corrections?: readonly AlignmentCorrection[];
  /** Replaces the number/date extractors the evidence uses. */
  readonly scorers?: Partial<AnchorExtractors>;
  /** Tunes the unit-sequence costs. */
  readonly costs?: Partial<SequenceCosts>;
  /**
   * Per document (in `docs` order), the file whose own pairing aligns it, or null: for versions imported together
   * from another tool's TMX or XLIFF (no row keys), e.g. that file's checksum (see `memoryPairing`). When every
   * document names the same file, the rows are that file's translation units, not an alignment computed here.
   */
  readonly pairedBy?: readonly (string | null)[];
  /**
   * Bilingual dictionaries by language pair (see sentence-dictionary.ts), used by the sentence level as hunalign
   * uses its dictionary: the pair pivot → version for each version, and version → version where insertion beads
   * are mended.
   */
  readonly dictionaries?: DictionaryPairs;
  /**
   * Whether the sentence level also uses Concordia's core vocabulary as lexical evidence for every language pair
   * (see sentence-vocabulary.ts). Default true.
   */
  readonly vocabulary?: boolean;
}

/** Key of the single row of a grid over unstructured documents. */
export const WHOLE_TEXT_KEY = 'text';

/**
 * Aligns 2–24 language versions (the same language may appear twice: two revisions) into a grid of rows, one per
 * pivot unit plus one per unit only some versions have. Each version is aligned to the pivot group by group
 * (title, opening, citations, recitals, numbered paragraphs with the closing one, footnotes) with a dynamic program
 * scored by content evidence that survives translation (length for the language pair, numbers and dates, footnote
 * calls, names after transliteration, quotation marks); labels only break ties. Rows where structures disagree
 * are flagged `missing`, `extra`, `split`, `merged`, `relabelled`, `low-confidence` or `truncated` (a version's
 * text stops inside the unit); an unflagged row pairs units that agree by position and content. When the pivot
 * is the text that ends early (see `pivotEnd`), the row it stops in is flagged `truncated` for the pivot, and the
 * versions' units past its end become rows across the versions flagged `missing` for the pivot, not `extra`;
 * likewise when the pivot starts late (see `pivotStart`), the versions' units before its first are rows across the
 * versions flagged `missing` for it, the unit its text starts inside (when the parser left a fragment out)
 * `truncated` for it, and when it kept its title but lost its first citations, which the versions agree on (see
 * `pivotLostCitations`).
 * Row keys are the pivot's unit ids; rows only other versions have are keyed `extra:<unit id>@<lang>` (made
 * unique; for rows past the pivot's end or before its start, the first version's unit). Versions that all come from one translation memory (`pairedBy`)
 * keep the memory's own rows (see `pairedRows`). Otherwise, when any document is unstructured, every document is
 * one row (`text`) aligned by sentences. Deterministic.
 * @throws InvalidInputError when fewer than one document is given or `pivot` is out of range.
 */
export function alignDocuments(docs: readonly ParsedDocument[], options: AlignOptions = {}): AlignmentGrid {
  if (docs.length === 0) throw new InvalidInputError('alignment needs at least one document');
  const pivot = options.pivot ?? defaultPivot(docs);
  if (!Number.isInteger(pivot) || pivot < 0 || pivot >= docs.length) {
    throw new InvalidInputError(`pivot ${pivot} is not one of the ${docs.length} documents`);
  }
  const ex: AnchorExtractors = { ...defaultExtractors, ...options.scorers };
  const costs: SequenceCosts = { ...DEFAULT_SEQUENCE_COSTS, ...options.costs };
  const documents: AlignedDocumentRef[] = docs.map((d, i) => ({ lang: d.lang, name: options.names?.[i] ?? d.lang, official: d.official }));

  const paired = isPaired(docs, options.pairedBy);
  const unstructured = !paired && docs.some((d) => d.unstructured);
  let rows: AlignedRow[];
  let ratios: readonly number[] | undefined;
  if (paired) {
    rows = pairedRows(docs);
  } else if (unstructured) {
    rows = [
      {
        key: WHOLE_TEXT_KEY,
        kind: 'paragraph',
        cells: docs.map((d) => d.units.map((u) => ({ id: u.id, kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text }))),
        confidence: 1,
        flags: [],
      },
    ];
  } else {
    ({ rows, ratios } = unitRows(docs, pivot, ex, costs));
  }
  let grid: AlignmentGrid = { pivot, documents, rows };
  if (options.corrections?.length) grid = applyCorrections(grid, options.corrections);
  if (options.level === 'sentence' || unstructured) grid = withSentences(grid, docs, ex, ratios, options.dictionaries, options.vocabulary !== false);
  if (unstructured) grid = { ...grid, rows: grid.rows.map((r) => ({ ...r, confidence: meanConfidence(r.sentences?.beads ?? []) })) };
  return grid;
}

/**
 * What `AlignOptions.pairedBy` should say for documents stored with the checksums of their source files: the
 * checksum for a version read from a TMX or XLIFF without Concordia row keys (imported `unstructured`), null
 * otherwise. Concordia's own keyed memories import as structured versions and are aligned as such.
 */
export function memoryPairing(docs: readonly Pick<ParsedDocument, 'format' | 'unstructured'>[], checksums: readonly (string | null)[]): (string | null)[] {
  return docs.map((d, i) => ((d.format === 'tmx' || d.format === 'xliff') && d.unstructured ? (checksums[i] ?? null) : null));
}

function isPaired(docs: readonly ParsedDocument[], pairedBy: readonly (string | null)[] | undefined): boolean {
  if (!pairedBy || pairedBy.length !== docs.length) return false;
  const first = pairedBy[0];
  return typeof first === 'string' && first !== '' && pairedBy.every((p) => p === first);
}

/**
 * Rows of versions read from one translation memory: the memory's readers give the units of one TU (or XLIFF
 * unit) the same id in every language (`para:<n>`, ordinal n, in file order), so a row is an id, the rows are in
 * ordinal order (first appearance breaks ties), and a TU without a segment in some language leaves that cell
 * empty, flagged `missing`. Footnotes, if any, pair by number after the units.
 */
function pairedRows(docs: readonly ParsedDocument[]): AlignedRow[] {
  const order = new Map<string, { ordinal: number; seen: number; kind: Segment['kind'] }>();
  docs.forEach((d) => {
    for (const u of d.units) if (!order.has(u.id)) order.set(u.id, { ordinal: u.ordinal, seen: order.size, kind: u.kind });
  });
  const keys = [...order.entries()].sort((a, b) => a[1].ordinal - b[1].ordinal || a[1].seen - b[1].seen);
  const byId = docs.map((d) => new Map(d.units.map((u) => [u.id, u])));
  const rows: AlignedRow[] = keys.map(([key, { kind }]) => {
    const flags: RowFlag[] = [];
    const cells = byId.map((units, d): Segment[] => {
      const u = units.get(key);
      if (!u) {
        flags.push({ flag: 'missing', doc: d, detail: `the memory has no ${docs[d].lang} segment in ${key}` });
        return [];
      }
      return [{ id: u.id, kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text }];
    });
    return { key, kind, cells, confidence: 1, flags };
  });
  const notes = [...new Set(docs.flatMap((d) => d.footnotes.map((f) => f.n)))].sort((a, b) => a - b);
  for (const n of notes) {
    const key = `footnote:${n}`;
    const flags: RowFlag[] = [];
    const cells = docs.map((d, i): Segment[] => {
      const f = d.footnotes.find((x) => x.n === n);
      if (!f) {
        flags.push({ flag: 'missing', doc: i, detail: `the memory has no ${d.lang} footnote ${n}` });
        return [];
      }
      return [{ id: key, kind: 'footnote', label: String(n), ordinal: n, text: f.text }];
    });
    rows.push({ key, kind: 'footnote', cells, confidence: 1, flags });
  }
  return rows;
}

/** The official version if there is one, else the Romanian one (the bundled official language), else the first. */
export function defaultPivot(docs: readonly ParsedDocument[]): number {
  const official = docs.findIndex((d) => d.official);
  if (official >= 0) return official;
  return Math.max(0, docs.findIndex((d) => d.lang === 'ro'));
}

/** The rows, and each version's length ratio to the pivot (see `lengthRatio`). */
function unitRows(docs: readonly ParsedDocument[], pivot: number, ex: AnchorExtractors, costs: SequenceCosts): { rows: AlignedRow[]; ratios: number[] } {
  const items = docs.map((d) => itemsOf(d, ex));
  const p = items[pivot];
  const rows: AlignedRow[] = [];
  const usedKeys = new Set<string>();
  for (const d of docs) for (const u of d.units) usedKeys.add(u.id);
  const extraKey = (id: string, lang: LangCode) => {
    const base = `extra:${id}@${lang}`;
    let key = base;
    for (let k = 2; usedKeys.has(key); k++) key = `${base}.${k}`;
    usedKeys.add(key);
    return key;
  };
  const ratios = items.map((it) => lengthRatio(p, it));
  const aligned = GROUPS.map((g) =>
    docs.map((_, d): GroupAlignment | null =>
      d === pivot ? null : alignGroup(p[g], items[d][g], d, docs[d].lang, ratios[d], costs, callsComparable(docs[pivot], docs[d])),
    ),
  );
  const start = pivotStart(docs, pivot, items[pivot], aligned) ?? pivotLostCitations(docs, pivot, items[pivot], aligned);
  const end = pivotEnd(docs, pivot, items[pivot], aligned, start?.claimed);
  GROUPS.forEach((g, gi) => {
    const pivotItems = p[g];
    const per = aligned[gi];
    const extrasAfter = (k: number) => {
      const out: AlignedRow[] = [];
      if (start && k === -1) out.push(...start.rows(gi, extraKey));
      if (end && k === end.after[gi]) return [...out, ...end.rows(gi, extraKey)];
      per.forEach((ga, d) => {
        if (!ga) return;
        for (const e of ga.extras) {
          if (e.after !== k || start?.claimed.has(e.item)) continue;
          out.push({
            key: extraKey(e.item.seg.id, docs[d].lang),
            kind: e.item.seg.kind,
            cells: docs.map((_, x) => (x === d ? [e.item.seg] : [])),
            confidence: e.confidence,
            flags: [
              { flag: 'extra', doc: d, detail: `only ${docs[d].lang} has ${e.item.seg.id}${e.item.seg.label && e.item.seg.kind !== 'citation' ? ` (${e.item.seg.label})` : ''}` },
            ],
          });
        }
      });
      return out;
    };
    rows.push(...extrasAfter(-1));
    pivotItems.forEach((it: Item, i) => {
      const cells: Segment[][] = docs.map((_, d) => (d === pivot ? [it.seg] : [...per[d]!.rows[i].cell]));
      const flags: RowFlag[] = [];
      let confidence = 1;
      per.forEach((ga) => {
        if (!ga) return;
        flags.push(...ga.rows[i].flags);
        confidence = Math.min(confidence, ga.rows[i].confidence);
      });
      if (end?.cut && per.some((ga) => ga?.rows[i].pivotCut)) flags.unshift(end.cut);
      rows.push({ key: it.seg.id, kind: it.seg.kind, cells, confidence, flags });
      rows.push(...extrasAfter(i));
    });
  });
  return { rows, ratios };
}

/**
 * Where the pivot's text ends before its versions' (an incomplete paste of the official text, a PDF without its
 * last page), or null when it does not. It does when its last unit stops inside (no closing punctuation,
 * `Features.partial`) and versions have units after it (or footnotes after its last), or when versions have units
 * after its last one, among them the closing paragraph the pivot lacks (a pivot that lost its last paragraphs
 * whole); otherwise those units are the versions' own additions (`extra`). Per group (`GROUPS` order), `after` is the pivot item after which the versions' units are
 * past the end (−2: none in that group). `rows` turns them into rows across the versions (see `tailRows`), each
 * flagged `missing` for the pivot with a detail saying its text ends earlier (and `missing` for a version
 * without that unit), so nobody reads them as text the versions added; `cut` is the `truncated` flag for the
 * pivot's last row when a version's partner shows it is cut short there.
 */
function pivotEnd(
  docs: readonly ParsedDocument[],
  pivot: number,
  own: Record<(typeof GROUPS)[number], Item[]>,
  aligned: readonly (readonly (GroupAlignment | null)[])[],
  claimed: ReadonlySet<Item> = new Set(),
): { after: number[]; cut: RowFlag | null; rows: (gi: number, key: (id: string, lang: LangCode) => string) => AlignedRow[] } | null {
  const lastUnit = docs[pivot].units.at(-1);
  if (!lastUnit) return null;
  const lastGroup = GROUPS.indexOf(groupOf(lastUnit));
  const last = own[GROUPS[lastGroup]].at(-1)!;
  // The versions' units past the pivot's end: after its last unit in that unit's group, everything in the unit
  // groups after it, and footnotes after its last footnote (a cut text loses the footnotes printed after the cut).
  const after = GROUPS.map((g, gi) => (gi < lastGroup ? -2 : own[g].length - 1));
  // Footnotes called before the pivot's start are rows of its head (see `pivotStart`), not of its tail.
  const tails = aligned.map((per, gi) => per.map((ga) => (ga ? ga.extras.filter((e) => e.after === after[gi] && !claimed.has(e.item)) : [])));
  const unitTails = tails.filter((_, gi) => GROUPS[gi] !== 'footnote').flat(2);
  const inside = last.features.partial === true;
  const lang = docs[pivot].lang;
  // Only the last unit can be partial, so a version marking its row `pivotCut` marks the pivot's last row.
  const cut: RowFlag | null =
    inside && aligned[lastGroup].some((per) => per?.rows.at(-1)?.pivotCut)
      ? { flag: 'truncated', doc: pivot, detail: `the pivot (${lang}) stops inside ${describeSegment(last.seg)} after “…${last.seg.text.slice(-40).trimStart()}”: only the start of it is there; the versions go on` }
      : null;
  const lostClosing = !docs[pivot].units.some((u) => u.kind === 'closing') && unitTails.some((e) => e.item.seg.kind === 'closing');
  // A pivot cut inside its last unit lost the footnotes printed after the cut, even when no unit follows it.
  const past = inside ? tails.flat(2).length > 0 : lostClosing;
  if (!past) return cut ? { after: GROUPS.map(() => -2), cut, rows: () => [] } : null;
  const where = `${inside ? 'stops inside' : 'ends after'} ${describeSegment(last.seg)}`;
  const goOn = docs.filter((_, d) => tails.some((t) => t[d].length > 0)).map((d) => d.lang);
  return {
    after,
    cut,
    rows: (gi, key) =>
      tailRows(tails[gi]).map(({ cells, confidence }): AlignedRow => {
        const first = cells.find((c) => c !== null)!.seg;
        const firstDoc = cells.findIndex((c) => c !== null);
        const flags: RowFlag[] = [
          { flag: 'missing', doc: pivot, detail: `the pivot (${lang}) ends before ${describeSegment(first)}: its text ${where}; ${goOn.join(', ')} ${goOn.length === 1 ? 'goes' : 'go'} on` },
        ];
        cells.forEach((c, d) => {
          if (d !== pivot && c === null) flags.push({ flag: 'missing', doc: d, detail: `${docs[d].lang} has nothing for ${describeSegment(first)} either` });
        });
        return { key: key(first.id, docs[firstDoc].lang), kind: first.kind, cells: cells.map((c) => (c ? [c.seg] : [])), confidence, flags };
      }),
  };
}

/**
 * Where the pivot's text starts after its versions' (a paste beginning at recital F or paragraph 7, a PDF without
 * its first page), or null when it does not. It does when the parser found the pivot's beginning missing (the
 * `missing-beginning` warning: true labels and ordinals from its first unit on) and versions have units before
 * its first one. Those are, per group up to the group of its first unit (title and opening line aside, which a
 * paste may keep), the versions' units before the pivot's first in that group (`extras` after −1), and the
 * footnotes called from them. `rows` turns them into rows across the versions (see `tailRows`, `head` side),
 * each flagged `missing` for the pivot with a detail saying where its text starts (and `missing` for a version
 * without that unit), so nobody reads them as text the versions added. When the parser left out the end of a
 * unit cut before the pivot's first label (the `cut-off-…` variant of the warning), the row of that unit (the
 * versions' unit just before the pivot's first) is flagged `truncated` for the pivot instead: only the end of it
 * was there. `claimed` holds the version items these rows take, for the caller and `pivotEnd` to skip.
 */
function pivotStart(
  docs: readonly ParsedDocument[],
  pivot: number,
  own: Record<(typeof GROUPS)[number], Item[]>,
  aligned: readonly (readonly (GroupAlignment | null)[])[],
): PivotHead | null {
  const doc = docs[pivot];
  const variant = (w: ParsedDocument['warnings'][number]) => String(w.params?.variant ?? '');
  const starts = doc.warnings.filter((w) => w.code === 'missing-beginning');
  if (!starts.some((w) => !variant(w).startsWith('cut-off-'))) return null;
  const cutOff = starts.find((w) => variant(w).startsWith('cut-off-'));
  const firstUnit = doc.units.find((u) => u.kind !== 'title' && u.kind !== 'opening');
  if (!firstUnit) return null;
  const firstGroup = GROUPS.indexOf(groupOf(firstUnit));
  const first = own[GROUPS[firstGroup]][0];
  const fn = GROUPS.indexOf('footnote');
  const heads = aligned.map((per, gi) => per.map((ga) => (ga && gi <= firstGroup && gi !== fn ? ga.extras.filter((e) => e.after === -1) : [])));
  // A footnote whose call is in a unit before the pivot's start went with that unit (the footnotes of the first
  // page of a PDF).
  heads[fn] = headFootnotes(docs, aligned, heads);
  const claimed = new Set(heads.flat(2).map((e) => e.item));
  if (claimed.size === 0) return null;
  const lang = doc.lang;
  const have = docs.filter((_, d) => heads.some((h) => h[d].length > 0)).map((d) => d.lang);
  const haveIt = `${have.join(', ')} ${have.length === 1 ? 'has' : 'have'} it`;
  const rowsOf = heads.map((h) => tailRows(h, 'head'));
  // The unit the pivot's text starts inside: the versions' last unit before its first (in the same group, the
  // slot just before it, so a unit the versions lack too is not taken for it).
  let cut: { gi: number; row: number } | null = null;
  if (cutOff) {
    for (let gi = firstGroup; gi >= 0 && !cut; gi--) {
      const row = rowsOf[gi].at(-1);
      if (!row) continue;
      const slot = row.cells.find((c) => c !== null)!.slot;
      if (gi !== firstGroup || slot === null || first.slot === null || slot === first.slot - 1) cut = { gi, row: rowsOf[gi].length - 1 };
      else break;
    }
  }
  const cutSeg = cut ? rowsOf[cut.gi][cut.row].cells.find((c) => c !== null)!.seg : null;
  const where = cutSeg ? `inside ${describeSegment(cutSeg)}` : `at ${describeSegment(first.seg)}`;
  // The parser quotes the start of the fragment it left out (elided past 60 characters).
  const fragment = cutOff?.params?.text;
  const quoted = typeof fragment === 'string' && fragment !== '' ? ` with “${fragment.replace(/…$/u, '')}…”` : '';
  return {
    claimed,
    rows: (gi, key) =>
      rowsOf[gi].map(({ cells, confidence }, r): AlignedRow => {
        const seg = cells.find((c) => c !== null)!.seg;
        const firstDoc = cells.findIndex((c) => c !== null);
        const isCut = cut !== null && cut.gi === gi && cut.row === r;
        const flags: RowFlag[] = [
          isCut
            ? { flag: 'truncated', doc: pivot, detail: `the pivot (${lang}) starts inside ${describeSegment(seg)}${quoted}: only the end of it is there, and the parser left it out; ${have.join(', ')} ${have.length === 1 ? 'has' : 'have'} it whole` }
            : { flag: 'missing', doc: pivot, detail: `the pivot (${lang}) starts ${where}: its text before that is missing; ${haveIt}` },
        ];
        cells.forEach((c, d) => {
          if (d !== pivot && c === null) flags.push({ flag: 'missing', doc: d, detail: `${docs[d].lang} has nothing for ${describeSegment(seg)} either` });
        });
        return {
          key: key(seg.id, docs[firstDoc].lang),
          kind: seg.kind,
          cells: cells.map((c) => (c ? [c.seg] : [])),
          confidence: isCut ? Math.min(confidence, 0.5) : confidence,
          flags,
        };
      }),
  };
}

/**
 * Footnote calls are evidence only when both documents have footnotes: a version whose footnote section was cut
 * off has calls the parser could not tell from other digits, so their absence says nothing.
 */
function callsComparable(a: ParsedDocument, b: ParsedDocument): boolean {
  return (a.footnotes.length > 0) === (b.footnotes.length > 0);
}

function meanConfidence(beads: readonly SentenceBead[]): number {
  if (beads.length === 0) return 1;
  return Math.round((beads.reduce((s, b) => s + b.confidence, 0) / beads.length) * 1000) / 1000;
}

/** Adds each row's sentences and beads: every version's sentences aligned to the reference (pivot) cell. */
function withSentences(grid: AlignmentGrid, docs: readonly ParsedDocument[], ex: AnchorExtractors, unitRatios?: readonly number[], dictionaries?: DictionaryPairs, vocabulary = true): AlignmentGrid {
  const dictionaryFor = (x: number, y: number) => dictionaries?.get(dictionaryPairKey(docs[x].lang, docs[y].lang));
  // Document-level length ratios are steadier than a short row's own. The unit aligner's ratios (measured on
  // corresponding units, so right for a version that ends early) are used where there are some; whole-text totals
  // otherwise (unstructured documents).
  const totals = unitRatios ?? docs.map((d) => d.units.reduce((s, u) => s + u.text.length, 0) + d.footnotes.reduce((s, f) => s + f.text.length, 0));
  const rows = grid.rows.map((row): AlignedRow => {
    const split = row.cells.map((cell, d) => cell.flatMap((seg) => splitSentences(seg.text, docs[d].lang)));
    const ref = split[grid.pivot].length > 0 ? grid.pivot : split.findIndex((s) => s.length > 0);
    if (ref < 0) return { ...row, sentences: { split, beads: [] } };
    const pairwise = new Map<number, SentenceBead[]>();
    split.forEach((_, d) => {
      if (d === ref) return;
      const ratio = totals[ref] > 0 && totals[d] > 0 ? totals[d] / totals[ref] : undefined;
      pairwise.set(d, alignSentences(split[ref], split[d], { srcLang: docs[ref].lang, tgtLang: docs[d].lang, ratio, extractors: ex, dictionary: dictionaryFor(ref, d), vocabulary }));
    });
    const beads = mergeBeads(ref, split.length, split[ref].length, pairwise, { texts: split, langs: docs.map((d) => d.lang), dictionaryFor, vocabulary });
    return { ...row, sentences: { split, beads } };
  });
  return { ...grid, rows };
}

