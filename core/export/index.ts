// Exporters: one module per format; TMX and TBX share core/export/xml.ts.
export * from './types.js';
export { TMX_PROPS, TMX_TOOL_VERSION, tmxChunks, tmxChunksAsync, tmxToString, writeTmx } from './tmx.js';
export type { TmxOptions } from './tmx.js';
export { XLIFF_TOOL_VERSION, xliffChunks, xliffPair, xliffToString } from './xliff.js';
export type { XliffOptions } from './xliff.js';
export { tbxChunks, tbxToString } from './tbx.js';
export type { TbxOptions } from './tbx.js';
export { CSV_BOM, NAMES_CSV_COLUMNS, csvField, csvRecord, namesCsvChunks, namesCsvToString } from './csv.js';
export type { NamesCsvOptions } from './csv.js';
export { escapeHtml, renderReport } from './report.js';
export type { ReportOptions } from './report.js';
