// Files that hold aligned versions rather than one: a TMX (any number of languages) or a bilingual XLIFF (two).
// Both read into the same shape (TmxImport); callers import every version of such a file together.
import type { SourceFormat } from '../model/document.js';
import type { TmxImport, TmxReadOptions } from './tmx.js';
import { readTmx } from './tmx.js';
import { readXliff, sniffXliff } from './xliff.js';

/** True for the formats whose files hold several aligned versions (TMX, XLIFF). */
export function isAlignedFormat(format: SourceFormat): format is 'tmx' | 'xliff' {
  return format === 'tmx' || format === 'xliff';
}

/**
 * Reads a TMX or an XLIFF, chosen by content (an XLIFF root in the first bytes; otherwise TMX). Deterministic.
 * @throws ParseError / ImportError as `readTmx` and `readXliff`.
 */
export function readAlignedFile(input: Uint8Array, options: TmxReadOptions = {}): TmxImport {
  return sniffXliff(input.subarray(0, 4096)) ? readXliff(input, options) : readTmx(input, options);
}
