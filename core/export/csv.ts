// CSV per RFC 4180: fields separated by commas, records by CRLF, a field quoted when it holds a comma, a quote,
// CR or LF, quotes doubled inside. UTF-8 with a BOM so that spreadsheet programs pick the encoding.
import type { LangCode } from '../model/language.js';
import type { ExportNameEntity, LangCodeStyle } from './types.js';
import { langTag, spellingsOf } from './types.js';

export const CSV_BOM = '\uFEFF';

/** One field, quoted when RFC 4180 requires it. Deterministic. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record with its CRLF. */
export function csvRecord(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export const NAMES_CSV_COLUMNS = ['entity_id', 'type', 'key', 'lang', 'spelling', 'accepted', 'occurrences', 'conventional', 'expected'] as const;

export interface NamesCsvOptions {
  readonly langs?: readonly LangCode[];
  readonly langCodes?: LangCodeStyle;
}

/**
 * Names as CSV, long form: one record per entity × language × spelling (a language can hold several spellings of
 * one entity, which a column-per-language layout could not show without packing cells). Columns are
 * `NAMES_CSV_COLUMNS`; `accepted` is yes/no, `conventional` yes/no/empty where no convention applies; an accepted
 * spelling no version uses has 0 occurrences. Starts with a BOM. Deterministic; never throws.
 */
export function* namesCsvChunks(entities: Iterable<ExportNameEntity>, options: NamesCsvOptions = {}): Generator<string, void, undefined> {
  const style = options.langCodes ?? 'short';
  yield CSV_BOM + csvRecord(NAMES_CSV_COLUMNS);
  for (const e of entities) {
    const spellings = spellingsOf(e);
    for (const lang of options.langs ?? [...spellings.keys()]) {
      for (const s of spellings.get(lang) ?? []) {
        yield csvRecord([
          e.id,
          e.type,
          e.key,
          langTag(lang, style),
          s.text,
          s.accepted ? 'yes' : 'no',
          s.count,
          s.conventional === null ? '' : s.conventional ? 'yes' : 'no',
          s.expected ?? '',
        ]);
      }
    }
  }
}

/** The whole names CSV as one string. Same contract as `namesCsvChunks`. */
export function namesCsvToString(entities: Iterable<ExportNameEntity>, options: NamesCsvOptions = {}): string {
  return [...namesCsvChunks(entities, options)].join('');
}
