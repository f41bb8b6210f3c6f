/**
 * Character clean-up shared by all parsers (facts doc §4, §7): non-breaking and thin spaces become spaces,
 * the non-breaking hyphen a hyphen, and the private-use dash glyphs Symbol fonts leave in EP HTML/DOCX an en dash.
 */
const SPACES = /[\u00A0\u2007\u2009\u202F\u2000-\u2006\u2008\u200A\u3000]/g;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const PRIVATE_DASHES = /[\uF02D\uF0A7\uF0BE\uF0B7\uF096\uF097]/g;

/** Cleans one line of text; keeps call markers (U+E000/U+E001) intact. Deterministic. */
export function normaliseLine(s: string): string {
  return s
    .replace(/\r/g, '')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .replace(/\u2011/g, '-')
    .replace(PRIVATE_DASHES, '–')
    .replace(/\t/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Lower-cases and strips diacritics for comparing formulas ("având" ~ "avand"); folds final sigma. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/ţ/g, 't')
    .replace(/ş/g, 's');
}

/** Private-use characters that wrap a footnote call number inside text until calls become offsets. */
export const CALL_OPEN = '\uE000';
export const CALL_CLOSE = '\uE001';

/** The in-text marker for footnote call `n`. */
export function callMarker(n: number): string {
  return `${CALL_OPEN}${n}${CALL_CLOSE}`;
}
