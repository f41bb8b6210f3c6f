import type { Finding } from '../model/findings.js';
import { makeFinding, spanOf } from './finding.js';
import { langLabel } from './compare-values.js';
import type { Check } from './types.js';

/** Quoted passages: „…“ “…” ‘…’ «…» "…" (every EU language uses one of these pairs). */
const QUOTE_RE = /„[^“”"]{1,400}[“”"]|“[^”]{1,400}”|‘[^’]{1,400}’(?!\p{L})|«[^»]{1,400}»|"[^"]{1,400}"/gu;

/**
 * Quotations present in one version and missing in another: the number of quoted passages per cell differs.
 * The spans show the pivot's quotations the other version lacks (or the other's extra ones), in order.
 */
export const checkQuotations: Check = (row, ctx) => {
  const pivot = ctx.grid.pivot;
  if (row.cells[pivot].length === 0) return [];
  const quotes = (doc: number) => row.cells[doc].flatMap((seg) => [...seg.text.matchAll(QUOTE_RE)].map((m) => ({ seg, start: m.index, end: m.index + m[0].length })));
  const base = quotes(pivot);
  const out: Finding[] = [];
  for (let doc = 0; doc < row.cells.length; doc++) {
    if (doc === pivot || row.cells[doc].length === 0) continue;
    const other = quotes(doc);
    if (other.length === base.length) continue;
    const [more, moreDoc, lessDoc] = base.length > other.length ? [base, pivot, doc] : [other, doc, pivot];
    // Without a reliable pairing, report the last quotations of the longer list (a dropped one shifts the rest).
    for (const q of more.slice(Math.min(base.length, other.length))) {
      const span = spanOf(moreDoc, ctx.lang(moreDoc), q.seg.id, q.seg.text, q.start, q.end);
      out.push(
        makeFinding('quotation', 'warning', row.key, [span], { key: 'quotation.missing', params: { a: span.text, langA: langLabel(ctx, moreDoc), langB: langLabel(ctx, lessDoc) } }, [
          { doc: lessDoc, lang: ctx.lang(lessDoc) },
        ]),
      );
    }
  }
  return out;
};
