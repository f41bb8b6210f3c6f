import type { Finding } from '../model/findings.js';
import { makeFinding, spanOf } from './finding.js';
import { langLabel } from './compare-values.js';
import type { Check, CheckContext } from './types.js';
import type { AlignedRow } from '../model/alignment.js';

interface Call {
  readonly n: number;
  readonly unit: string;
  readonly text: string;
  readonly offset: number;
  /** 0..1 position of the call in the cell's text. */
  readonly pos: number;
}

function callsOf(row: AlignedRow, doc: number, ctx: CheckContext): Call[] {
  const cell = row.cells[doc];
  const total = cell.reduce((s, seg) => s + seg.text.length, 0) || 1;
  const out: Call[] = [];
  let before = 0;
  for (const seg of cell) {
    const unit = ctx.unit(doc, seg.id);
    for (const c of unit?.calls ?? []) out.push({ n: c.n, unit: seg.id, text: seg.text, offset: c.offset, pos: (before + c.offset) / total });
    before += seg.text.length;
  }
  return out;
}

/** How far apart (as a share of the text) two calls of the same footnote may sit before it is reported. */
export const POSITION_TOLERANCE = 0.35;

const where = (p: number) => (p < 1 / 3 ? 'start' : p < 2 / 3 ? 'middle' : 'end');

/** The word before a call, as the span that shows where the call sits. */
function callSpan(ctx: CheckContext, doc: number, c: Call) {
  const startWord = Math.max(0, c.text.slice(0, c.offset).search(/\S+\s*$/u));
  return spanOf(doc, ctx.lang(doc), c.unit, c.text, startWord < 0 ? c.offset : startWord, c.offset);
}

/**
 * Footnote calls per row: the pivot and each version must call the same footnotes (count and numbers) at about the
 * same place in the text (within `POSITION_TOLERANCE`).
 */
export const checkFootnotes: Check = (row, ctx) => {
  const pivot = ctx.grid.pivot;
  if (row.kind === 'footnote' || row.cells[pivot].length === 0) return [];
  const base = callsOf(row, pivot, ctx);
  const out: Finding[] = [];
  for (let doc = 0; doc < row.cells.length; doc++) {
    if (doc === pivot || row.cells[doc].length === 0) continue;
    const other = callsOf(row, doc, ctx);
    const ns = (l: Call[]) => l.map((c) => c.n).join(', ') || '—';
    if (ns(base) !== ns(other)) {
      const missing = base.filter((c) => !other.some((o) => o.n === c.n));
      const extra = other.filter((c) => !base.some((o) => o.n === c.n));
      const spans = [...missing.map((c) => callSpan(ctx, pivot, c)), ...extra.map((c) => callSpan(ctx, doc, c))];
      out.push(
        makeFinding('footnote', 'error', row.key, spans, { key: 'footnote.count', params: { a: ns(base), b: ns(other), langA: langLabel(ctx, pivot), langB: langLabel(ctx, doc) } }, [
          { doc: pivot, lang: ctx.lang(pivot) },
          { doc, lang: ctx.lang(doc) },
        ]),
      );
      continue;
    }
    base.forEach((c, i) => {
      const o = other[i];
      if (Math.abs(c.pos - o.pos) > POSITION_TOLERANCE) {
        out.push(
          makeFinding('footnote', 'warning', row.key, [callSpan(ctx, pivot, c), callSpan(ctx, doc, o)], {
            key: 'footnote.position',
            params: { n: c.n, posA: where(c.pos), posB: where(o.pos), langA: langLabel(ctx, pivot), langB: langLabel(ctx, doc) },
          }),
        );
      }
    });
  }
  return out;
};
