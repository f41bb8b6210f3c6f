import type { AlignedRow } from '../model/alignment.js';
import type { Finding, FindingType } from '../model/findings.js';
import { makeFinding, spanOf } from './finding.js';
import type { CheckContext } from './types.js';

/** A value found in a cell: its comparison key, the other keys it may stand for, and where it is. */
export interface CellValue {
  readonly key: string;
  readonly alternatives?: readonly string[];
  readonly display: string;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Language code as shown in messages. */
export const langLabel = (ctx: CheckContext, doc: number) => ctx.lang(doc).toUpperCase();

/**
 * Compares the values of each version's cell with the pivot's (as multisets of keys): values left unmatched on
 * both sides are paired in order of appearance into `<type>.differs` findings, the rest become `<type>.missing`
 * findings on the side that has them. Versions with an empty cell are skipped (the structure check covers them).
 */
export function compareValues(type: FindingType & ('number' | 'date' | 'reference'), row: AlignedRow, ctx: CheckContext, valuesOf: (doc: number) => CellValue[]): Finding[] {
  const pivot = ctx.grid.pivot;
  if (row.cells[pivot].length === 0) return [];
  const base = valuesOf(pivot);
  const out: Finding[] = [];
  for (let doc = 0; doc < row.cells.length; doc++) {
    if (doc === pivot || row.cells[doc].length === 0) continue;
    const other = valuesOf(doc);
    const left = [...base];
    const right = [...other];
    const take = (list: CellValue[], pred: (v: CellValue) => boolean) => {
      const i = list.findIndex(pred);
      if (i < 0) return false;
      list.splice(i, 1);
      return true;
    };
    // Exact keys first, then alternative readings (an ambiguous "1,000").
    for (const v of [...left]) if (take(right, (w) => w.key === v.key)) left.splice(left.indexOf(v), 1);
    for (const v of [...left]) {
      if (take(right, (w) => (w.alternatives ?? []).includes(v.key) || (v.alternatives ?? []).includes(w.key))) left.splice(left.indexOf(v), 1);
    }
    const pairs = Math.min(left.length, right.length);
    const span = (d: number, v: CellValue) => spanOf(d, ctx.lang(d), v.unit, v.text, v.start, v.end);
    for (let k = 0; k < pairs; k++) {
      const a = left[k];
      const b = right[k];
      out.push(
        makeFinding(type, 'error', row.key, [span(pivot, a), span(doc, b)], {
          key: `${type}.differs`,
          params: { a: a.display, b: b.display, langA: langLabel(ctx, pivot), langB: langLabel(ctx, doc) },
        }),
      );
    }
    for (const a of left.slice(pairs)) {
      out.push(
        makeFinding(type, 'error', row.key, [span(pivot, a)], { key: `${type}.missing`, params: { a: a.display, langA: langLabel(ctx, pivot), langB: langLabel(ctx, doc) } }, [
          { doc, lang: ctx.lang(doc) },
        ]),
      );
    }
    for (const b of right.slice(pairs)) {
      out.push(
        makeFinding(type, 'error', row.key, [span(doc, b)], { key: `${type}.missing`, params: { a: b.display, langA: langLabel(ctx, doc), langB: langLabel(ctx, pivot) } }, [
          { doc: pivot, lang: ctx.lang(pivot) },
        ]),
      );
    }
  }
  return out;
}

/** Each segment of a cell with its text, for extractors. */
export function segmentsOf(row: AlignedRow, doc: number) {
  return row.cells[doc];
}
