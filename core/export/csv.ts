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

/**
 * The names CSV header. New columns go at the end, so that readers that pick columns by position keep working:
 * `confidence` and `sources` came after `expected`.
 */
export const NAMES_CSV_COLUMNS = [
  'entity_id',
  'type',
  'key',
  'lang',
  'spelling',
  'accepted',
  'occurrences',
  'conventional',
  'expected',
  'confidence',
  'sources',
] as const;

export interface NamesCsvOptions {
  readonly langs?: readonly LangCode[];
  readonly langCodes?: LangCodeStyle;
}

/**
 * Names as CSV, long form: one record per entity × language × spelling (a language can hold several spellings of
 * one entity, which a column-per-language layout could not show without packing cells). Columns are
 * `NAMES_CSV_COLUMNS`; `accepted` is yes/no, `conventional` yes/no/empty where no convention applies; an accepted
 * spelling no version uses has 0 occurrences. For a spelling that breaks the convention (`conventional` = no),
 * `confidence` says how sure that verdict is (certain/likely/possible, see `ConventionConfidence`) and `sources`
 * lists the spellings it was checked against, as `lang text` joined by `; ` (`bg Иванова; el Ιβάνοβα`, language
 * codes in the file's style), empty when it was inferred from the spelling alone; both are empty on every other
 * row (a conventional spelling, or one no convention applies to). Starts with a BOM. Deterministic; never throws.
 */
export function* namesCsvChunks(entities: Iterable<ExportNameEntity>, options: NamesCsvOptions = {}): Generator<string, void, undefined> {
  const style = options.langCodes ?? 'short';
  yield CSV_BOM + csvRecord(NAMES_CSV_COLUMNS);
  for (const e of entities) {
    const spellings = spellingsOf(e);
    for (const lang of options.langs ?? [...spellings.keys()]) {
      for (const s of spellings.get(lang) ?? []) {
        const breach = s.conventional === false;
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
          // Only a breach is weighed: the confidence tells a certain breach from a possible one.
          breach ? (s.confidence ?? '') : '',
          breach ? s.sources.map((src) => `${langTag(src.lang, style)} ${src.text}`).join('; ') : '',
        ]);
      }
    }
  }
}

/** The whole names CSV as one string. Same contract as `namesCsvChunks`. */
export function namesCsvToString(entities: Iterable<ExportNameEntity>, options: NamesCsvOptions = {}): string {
  return [...namesCsvChunks(entities, options)].join('');
}
