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

/** The text of one version in a sentence bead. */
export function beadText(row: AlignedRow, bead: SentenceBead, doc: number): string {
  const split = row.sentences?.split[doc] ?? [];
  return (bead.sentences[doc] ?? []).map((i) => split[i] ?? '').join(' ');
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
