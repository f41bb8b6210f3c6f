import { extractDates } from '../text/dates.js';
import { extractNumbers } from '../text/numbers.js';
import type { Check } from './types.js';
import { compareValues } from './compare-values.js';
import type { CellValue } from './compare-values.js';

const LOOSE = new Set(['plain', 'percent', 'ordinal', 'year', 'word']);

/**
 * Numbers read with each language's conventions (core/text/numbers: "10 000", "10.000", "2,56 %", "five") and
 * compared by value; digits inside dates, references and article numbers are left to those checks.
 */
export const checkNumbers: Check = (row, ctx) => {
  // Days of the row's dates in any version: a day number the date reader missed in one language (a range such as
  // "entre le 3 et le 4 janvier") is not a number discrepancy.
  const days = new Set<string>();
  row.cells.forEach((cell, doc) => {
    for (const seg of cell) for (const d of extractDates(seg.text, ctx.lang(doc))) if (d.day !== null) days.add(String(d.day));
  });
  return compareValues('number', row, ctx, (doc) => {
    const out: CellValue[] = [];
    for (const seg of row.cells[doc]) {
      for (const n of extractNumbers(seg.text, ctx.lang(doc))) {
        if (!LOOSE.has(n.kind)) continue;
        if (days.has(String(n.value)) && n.kind !== 'year') continue;
        // "(3)" glued to a word is a footnote call the parser did not take (calls out of sequence): the footnote
        // check reports it.
        if (seg.text[n.start - 1] === '(' && seg.text[n.end] === ')' && /\S/u.test(seg.text[n.start - 2] ?? ' ') && n.value <= ctx.docs[doc].footnotes.length + 1) continue;
        const key = `${n.kind === 'percent' ? '%' : ''}${n.value}`;
        const alternatives = n.alternative !== undefined ? [`${n.kind === 'percent' ? '%' : ''}${n.alternative}`] : [];
        out.push({ key, alternatives, display: n.raw, unit: seg.id, start: n.start, end: n.end, text: seg.text });
      }
    }
    return out;
  }).filter((f) => f.message.key === 'number.differs' || !f.spans.every((s) => WORDY.test(s.text)));
};

/** Numbers spelled as words ("one", "noua") are too ambiguous to report when nothing stands opposite them. */
const WORDY = /^\p{L}+$/u;
