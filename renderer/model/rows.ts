// The rows the grid shows: one per aligned row at unit level, one per sentence bead at sentence level.
import type { AlignedRow, SentenceBead } from '../../core/model/alignment.js';

export interface DisplayRow {
  readonly row: AlignedRow;
  /** Index of `row` in the grid. */
  readonly rowIndex: number;
  /** At sentence level: the bead and its number within the row (1-based). */
  readonly bead?: SentenceBead;
  readonly beadNumber?: number;
}

export function displayRows(rows: readonly AlignedRow[], level: 'unit' | 'sentence'): DisplayRow[] {
  const out: DisplayRow[] = [];
  rows.forEach((row, rowIndex) => {
    if (level === 'sentence' && row.sentences && row.sentences.beads.length > 0) {
      row.sentences.beads.forEach((bead, b) => out.push({ row, rowIndex, bead, beadNumber: b + 1 }));
    } else {
      out.push({ row, rowIndex });
    }
  });
  return out;
}

/**
 * Where one sentence of a row sits in its unit: the unit (segment) id and offsets into that unit's clean text,
 * the same coordinates annotations, names and findings use. `unitId` is null when the sentence cannot be found in
 * the row's units (it then shows as plain text and cannot be annotated).
 */
export interface SentenceLocation {
  readonly unitId: string | null;
  /** The unit's whole text (the sentence's own text when `unitId` is null). */
  readonly unitText: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Locates every sentence of one version of a row (`row.sentences.split[doc]`) in that version's units. The aligner
 * splits each unit in cell order and keeps the sentences as exact, in-order slices of the unit text, so each one is
 * found from where the previous one ended, moving to the next unit when the current one has no more of it. Looking
 * the sentences up in the grid's own units (rather than splitting the units again) keeps the renderer right even if
 * the aligner's splitter changes.
 */
export function locateSentences(row: AlignedRow, doc: number): SentenceLocation[] {
  const sentences = row.sentences?.split[doc] ?? [];
  const segs = row.cells[doc] ?? [];
  const out: SentenceLocation[] = [];
  let seg = 0;
  let pos = 0;
  for (const sentence of sentences) {
    let found: SentenceLocation | null = null;
    for (let k = seg; k < segs.length && !found; k++) {
      const at = segs[k].text.indexOf(sentence, k === seg ? pos : 0);
      if (at >= 0 && sentence.length > 0) {
        found = { unitId: segs[k].id, unitText: segs[k].text, start: at, end: at + sentence.length };
        seg = k;
        pos = at + sentence.length;
      }
    }
    out.push(found ?? { unitId: null, unitText: sentence, start: 0, end: sentence.length });
  }
  return out;
}

// Located once per row and version: every bead of a row (and every re-render of its cells) reads the same list.
const locatedCache = new WeakMap<AlignedRow, Map<number, SentenceLocation[]>>();

/** `locateSentences`, remembered per row object and version (grid rows are immutable values). */
export function sentenceLocations(row: AlignedRow, doc: number): readonly SentenceLocation[] {
  let byDoc = locatedCache.get(row);
  if (!byDoc) {
    byDoc = new Map();
    locatedCache.set(row, byDoc);
  }
  let located = byDoc.get(doc);
  if (!located) {
    located = locateSentences(row, doc);
    byDoc.set(doc, located);
  }
  return located;
}

/** One run of a bead's cell: consecutive sentences of one unit, as a range of that unit's text. */
export type BeadPart = SentenceLocation;

/**
 * What one version shows in a sentence bead: its sentences as ranges of their units' texts, consecutive
 * sentences of the same unit joined into one range (so a selection may run across them, and the unit's own
 * spacing between them is kept). A bead reaching over two units (a merged or split row) gives one part per unit.
 */
export function beadParts(row: AlignedRow, bead: SentenceBead, doc: number, located: readonly SentenceLocation[] = sentenceLocations(row, doc)): BeadPart[] {
  const parts: BeadPart[] = [];
  let prev = -2;
  for (const i of bead.sentences[doc] ?? []) {
    const loc = located[i];
    if (!loc) continue;
    const last = parts[parts.length - 1];
    if (last && i === prev + 1 && loc.unitId !== null && last.unitId === loc.unitId && loc.start >= last.end) {
      parts[parts.length - 1] = { ...last, end: loc.end };
    } else {
      parts.push(loc);
    }
    prev = i;
  }
  return parts;
}

/** Index of the next (dir 1) or previous (dir -1) display row after `from` matching `pred`, wrapping; -1 if none. */
export function findRow(rows: readonly DisplayRow[], from: number, dir: 1 | -1, pred: (r: DisplayRow) => boolean): number {
  const n = rows.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + dir * step) % n) + n) % n;
    if (pred(rows[i])) return i;
  }
  return -1;
}

/** Column order: the chosen documents, with the pivot moved first when asked. */
export function orderColumns(order: readonly number[], visible: ReadonlySet<number>, pivot: number, pivotFirst: boolean): number[] {
  const shown = order.filter((d) => visible.has(d));
  if (!pivotFirst || !shown.includes(pivot)) return shown;
  return [pivot, ...shown.filter((d) => d !== pivot)];
}
