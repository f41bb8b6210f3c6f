import { extractDates } from '../text/dates.js';
import type { Check } from './types.js';
import { compareValues } from './compare-values.js';
import type { CellValue } from './compare-values.js';

/**
 * Dates in all languages (core/text/dates: inflected months, year-first orders) normalised to ISO and compared;
 * a date without a year compares by month and day.
 */
export const checkDates: Check = (row, ctx) =>
  compareValues('date', row, ctx, (doc) => {
    const out: CellValue[] = [];
    for (const seg of row.cells[doc]) {
      for (const d of extractDates(seg.text, ctx.lang(doc))) {
        const key = d.iso ?? `--${String(d.month).padStart(2, '0')}-${d.day === null ? '' : String(d.day).padStart(2, '0')}`;
        out.push({ key, display: `${d.raw} (${key})`, unit: seg.id, start: d.start, end: d.end, text: seg.text });
      }
    }
    return out;
  });
