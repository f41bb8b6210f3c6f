/**
 * Text normalisation for matching (facts doc §4, §5a, §7). Two families:
 * - `normaliseSpacing` is length-preserving (one UTF-16 unit in, one out), so offsets found in its output are
 *   offsets into the input;
 * - `foldForMatch` changes length; `foldWithOffsets` returns the folded text with a map back to the input.
 */

/** Space-like characters that EP HTML/DOCX use inside numbers and after labels: NBSP, thin, narrow NBSP, … */
export const SPACE_LIKE = '\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';
/** Hyphen look-alikes: U+2010 hyphen, U+2011 non-breaking hyphen, U+2212 minus. */
export const HYPHEN_LIKE = '\u2010\u2011\u2212';
/**
 * Private-use glyphs that Symbol/Wingdings fonts leave where EP documents have a dash before a citation
 * (facts doc §1a, §4: "private-use dashes U+F0xx"). Mapped to an en dash.
 */
export const PRIVATE_DASHES = '\uF02D\uF096\uF097\uF0A7\uF0B7\uF0BE';

const SPACE_RE = new RegExp(`[${SPACE_LIKE}\\t]`, 'g');
const HYPHEN_RE = new RegExp(`[${HYPHEN_LIKE}]`, 'g');
const PRIVATE_RE = new RegExp(`[${PRIVATE_DASHES}]`, 'g');

/**
 * Maps space look-alikes (and tab) to U+0020, hyphen look-alikes to "-", private-use dash glyphs to "–".
 * Length-preserving and deterministic: `normaliseSpacing(s).length === s.length` and offsets carry over.
 */
export function normaliseSpacing(s: string): string {
  return s.replace(SPACE_RE, ' ').replace(HYPHEN_RE, '-').replace(PRIVATE_RE, '–');
}

// Letters NFKD does not decompose but readers treat as accented Latin letters, plus Greek final sigma and long s.
const EXTRA_FOLD: Readonly<Record<string, string>> = {
  ς: 'σ', ſ: 's', ß: 'ss', ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ŀ: 'l',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
};

function computeFold(ch: string): string {
  const lower = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const c of lower) out += EXTRA_FOLD[c] ?? c;
  return normaliseSpacing(out);
}

// Texts use a few hundred distinct characters: fold each once (NFKD per character is the costly part).
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = computeFold(ch);
    FOLDED.set(ch, folded);
  }
  return folded;
}

/**
 * Folds text for case- and accent-insensitive matching: NFKD, combining marks removed, lower case, ς→σ, ſ→s,
 * ß→ss, ł→l, đ→d, ø→o, ħ→h, æ→ae, œ→oe, curly apostrophes → "'", space/hyphen look-alikes as in
 * `normaliseSpacing`. Deterministic; the result may differ in length from the input (use `foldWithOffsets`
 * when offsets matter).
 */
export function foldForMatch(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** A transformed string with, for each of its UTF-16 units, the input span that produced it. */
export interface MappedText {
  readonly text: string;
  /** `starts[i]`/`ends[i]`: offsets into the input of the character that produced `text[i]`. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

function mapText(s: string, fn: (ch: string) => string): MappedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of s) {
    const f = fn(ch);
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    text += f;
    i += ch.length;
  }
  return { text, starts, ends };
}

/** `foldForMatch` with a map back to input offsets (see `toInputSpan`). Deterministic. */
export function foldWithOffsets(s: string): MappedText {
  return mapText(s, foldChar);
}

/**
 * Lower-cases per code point, keeping accents (spacing normalised as in `normaliseSpacing`), with a map back to
 * the input. For tables where accents matter (NL "één" is "one", "een" is "a"). Input is not NFC-normalised, so
 * callers that need decomposed input matched should normalise it first.
 */
export function lowerWithOffsets(s: string): MappedText {
  return mapText(s, (ch) => normaliseSpacing(ch.toLowerCase()));
}

/** The input span `[start, end)` behind `[from, to)` of a mapped text. Requires `from < to`. */
export function toInputSpan(m: MappedText, from: number, to: number): { start: number; end: number } {
  return { start: m.starts[from], end: m.ends[to - 1] };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
