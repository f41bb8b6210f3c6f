// The aligned grid as a spreadsheet (exceljs; it needs Node streams, so it lives in main, not in core):
// one column per language, one row per aligned row, flags, findings and annotations in their own columns, the
// header frozen, text wrapped, unofficial versions marked in the header. Written with the streaming writer, row by
// row. Shared strings are on: exceljs 4.4 writes inline strings as t="str" and its reader then decodes entities
// twice ("&amp;" comes back as "&"); the shared-string table keeps every text exact, at the cost of holding the
// distinct strings in memory.
import ExcelJS from 'exceljs';
import type { Finding, LangCode, MessageRef } from '../../../core/index.js';
import { ExportError } from '../../../core/index.js';
import type { ExportAnnotation, ExportDocument, ExportGrid } from '../../../core/export/types.js';
import { stripForbiddenXmlChars } from '../../../core/export/xml.js';

export interface XlsxExportOptions {
  readonly langs?: readonly LangCode[];
  readonly findings?: readonly Finding[];
  readonly annotations?: readonly ExportAnnotation[];
  readonly formatMessage?: (m: MessageRef) => string;
  readonly sheetName?: string;
}

/** Header text of a version's column: `RO — ro.txt (official)` or `EN — en.txt (UNOFFICIAL)`. */
export function versionHeader(lang: LangCode, name: string, official: boolean): string {
  return `${lang.toUpperCase()} — ${name} (${official ? 'official' : 'UNOFFICIAL'})`;
}

const defaultMessage = (m: MessageRef) => {
  const params = Object.entries(m.params).map(([k, v]) => `${k}: ${v}`);
  return params.length ? `${m.key} (${params.join(', ')})` : m.key;
};

// Excel cells hold at most 32 767 characters.
const clip = (s: string) => {
  const clean = stripForbiddenXmlChars(s);
  return clean.length > 32767 ? `${clean.slice(0, 32766)}…` : clean;
};

/**
 * Writes the XLSX to `path`. Returns the number of data rows written.
 * @throws ExportError when a selected language is not in the grid.
 */
export async function writeXlsx(path: string, grid: ExportGrid, docs: readonly ExportDocument[], options: XlsxExportOptions = {}): Promise<number> {
  const columns = (options.langs ?? grid.documents.map((d) => d.lang)).map((lang) => {
    const doc = grid.documents.findIndex((d) => d.lang === lang);
    if (doc < 0) throw new ExportError(`XLSX export: no ${lang} version in the grid`, { params: { variant: 'xlsx-missing-language', lang } });
    return { doc, lang, official: grid.documents[doc].official && (docs[doc]?.official ?? false) };
  });
  const fmt = options.formatMessage ?? defaultMessage;
  const findingsByRow = new Map<string, Finding[]>();
  for (const f of options.findings ?? []) findingsByRow.set(f.row, [...(findingsByRow.get(f.row) ?? []), f]);
  const notesByRow = new Map<string, ExportAnnotation[]>();
  for (const a of options.annotations ?? []) {
    for (const key of new Set(a.spans.map((s) => s.rowKey))) notesByRow.set(key, [...(notesByRow.get(key) ?? []), a]);
  }

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Concordia';
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Alignment', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const wrap = { wrapText: true, vertical: 'top' } as const;
  sheet.columns = [
    { header: 'Row', key: 'row', width: 14, style: { alignment: wrap } },
    { header: 'Kind', key: 'kind', width: 10, style: { alignment: wrap } },
    ...columns.map((c) => ({ header: versionHeader(c.lang, grid.documents[c.doc].name, c.official), key: `v${c.doc}`, width: 48, style: { alignment: wrap } })),
    { header: 'Flags', key: 'flags', width: 22, style: { alignment: wrap } },
    { header: 'Findings', key: 'findings', width: 40, style: { alignment: wrap } },
    { header: 'Annotations', key: 'annotations', width: 40, style: { alignment: wrap } },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF1' } };
  columns.forEach((c, i) => {
    if (!c.official) header.getCell(3 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECC8' } };
  });
  header.commit();

  let count = 0;
  for (const row of grid.rows) {
    const values: Record<string, string> = { row: row.key, kind: row.kind };
    for (const c of columns) values[`v${c.doc}`] = clip(row.cells[c.doc].map((s) => s.text).join(' '));
    values.flags = row.flags.map((f) => `${f.flag} (${grid.documents[f.doc]?.lang ?? f.doc})`).join('\n');
    values.findings = clip((findingsByRow.get(row.key) ?? []).map((f) => `${f.severity}: ${f.type} — ${fmt(f.message)}`).join('\n'));
    values.annotations = clip(
      (notesByRow.get(row.key) ?? [])
        .map((a) => `[${a.category}, ${a.status}${a.author ? `, ${a.author}` : ''}] ${a.comment} ${a.spans.filter((s) => s.rowKey === row.key).map((s) => `(${s.lang}: “${s.quote}”)`).join(' ')}`.trim())
        .join('\n'),
    );
    sheet.addRow(values).commit();
    count++;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length + 5 } };
  sheet.commit();
  await workbook.commit();
  return count;
}
