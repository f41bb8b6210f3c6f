import { extractReferences } from '../text/references.js';
import type { Check } from './types.js';
import { compareValues } from './compare-values.js';
import type { CellValue } from './compare-values.js';

/**
 * References (procedure numbers, EP document references, OJ references in each language's form, article and
 * paragraph numbers) compared by their language-independent normalised form.
 */
export const checkReferences: Check = (row, ctx) =>
  compareValues('reference', row, ctx, (doc) => {
    const out: CellValue[] = [];
    for (const seg of row.cells[doc]) {
      for (const r of extractReferences(seg.text, ctx.lang(doc))) {
        out.push({ key: `${r.kind}:${r.normalised}`, display: r.raw, unit: seg.id, start: r.start, end: r.end, text: seg.text });
      }
    }
    return out;
  });
