// TMX 1.4b writer (https://www.gala-global.org/tmx-14b). Element order follows the TMX 1.4b DTD: header holds
// note/prop/ude in any order; tu is (note|prop)*, tuv+; tuv is (note|prop)*, seg.
import { ExportError } from '../errors.js';
import type { AlignedRow } from '../model/alignment.js';
import type { LangCode } from '../model/language.js';
import type { ExportAnnotation, ExportDocument, ExportGrid, LangCodeStyle } from './types.js';
import { TMX_PROPS } from './tmx-props.js';
import { langTag } from './types.js';
import { escapeXmlText, renderAttrs, textElement, XML_DECLARATION } from './xml.js';

/** Written into `creationtoolversion`; bump with the TMX shape, not the app version. */
export const TMX_TOOL_VERSION = '0.1.0';

export { TMX_PROPS };

export interface TmxOptions {
  /** `unit`: one TU per aligned row (segtype paragraph); `sentence`: one TU per sentence bead (segtype sentence). */
  readonly level: 'unit' | 'sentence';
  /** Languages to include, in this order; default every version in grid order. */
  readonly langs?: readonly LangCode[];
  /** `ro` or `ro-RO` in xml:lang and srclang; default `short`. */
  readonly langCodes?: LangCodeStyle;
  /** `pivot`: srclang is the pivot's language (default); `all`: srclang is `*all*`. */
  readonly srclang?: 'pivot' | 'all';
  /** Write `<tuv><seg/></tuv>` for a version with nothing in a row; default false (the tuv is left out). */
  readonly includeEmpty?: boolean;
  /** Become `<note>`s on the TU of the row (at sentence level: the bead whose text holds the quoted words). */
  readonly annotations?: readonly ExportAnnotation[];
  readonly creationToolVersion?: string;
  /** `YYYYMMDDThhmmssZ`; left out when absent so the same input gives the same bytes. */
  readonly creationDate?: string;
  /** Language of notes and props; default `en`. */
  readonly adminLang?: string;
}

interface Column {
  readonly doc: number;
  readonly lang: LangCode;
  readonly tag: string;
  readonly official: boolean;
}

interface PreparedTmx {
  readonly head: string;
  renderRow(row: AlignedRow): string;
  readonly tail: string;
}

function selectColumns(grid: ExportGrid, docs: readonly ExportDocument[], options: TmxOptions): Column[] {
  if (docs.length !== grid.documents.length) {
    throw new ExportError(`TMX export: ${docs.length} documents given for a grid of ${grid.documents.length} versions`, {
      params: { variant: 'documents', documents: docs.length, versions: grid.documents.length },
    });
  }
  const style = options.langCodes ?? 'short';
  const byLang = new Map<LangCode, number>();
  grid.documents.forEach((d, i) => {
    const other = byLang.get(d.lang);
    if (other !== undefined && (!options.langs || options.langs.includes(d.lang))) {
      throw new ExportError(
        `TMX export: "${grid.documents[other].name}" and "${d.name}" are both ${d.lang}; a TMX holds one version per language — choose the languages to export`,
        { params: { variant: 'tmx-same-language', first: grid.documents[other].name, second: d.name, lang: d.lang } },
      );
    }
    byLang.set(d.lang, i);
  });
  const langs = options.langs ?? grid.documents.map((d) => d.lang);
  if (langs.length === 0) throw new ExportError('TMX export: no language selected', { params: { variant: 'no-language' } });
  return langs.map((lang) => {
    const doc = byLang.get(lang);
    if (doc === undefined) {
      const has = [...byLang.keys()].join(', ');
      throw new ExportError(`TMX export: no ${lang} version in the grid (it has ${has})`, { params: { variant: 'missing-language', lang, languages: has } });
    }
    return { doc, lang, tag: langTag(lang, style), official: docs[doc].official && grid.documents[doc].official };
  });
}

function prop(type: string, value: string): string {
  return textElement('prop', { type }, value);
}

function annotationNote(a: ExportAnnotation, lang: LangCode | null): string {
  const quotes = a.spans.filter((s) => lang === null || s.lang === lang).map((s) => `${s.lang}: “${s.quote}”`);
  const who = a.author ? `, ${a.author}` : '';
  const comment = a.comment ? `: ${a.comment}` : '';
  return `[${a.category}, ${a.status}${who}]${comment}${quotes.length ? ` (${quotes.join('; ')})` : ''}`;
}

function segText(row: AlignedRow, doc: number): string {
  return row.cells[doc].map((s) => s.text).join(' ');
}

function labelOf(row: AlignedRow, doc: number): string | null {
  const labels = row.cells[doc].map((s) => s.label).filter((l): l is string => l !== null);
  return labels.length ? labels.join('+') : null;
}

function prepare(grid: ExportGrid, docs: readonly ExportDocument[], options: TmxOptions): PreparedTmx {
  const columns = selectColumns(grid, docs, options);
  const pivotLang = grid.documents[grid.pivot]?.lang;
  const pivotColumn = columns.find((c) => c.doc === grid.pivot);
  const srclang = options.srclang ?? 'pivot';
  if (srclang === 'pivot' && !pivotColumn) {
    throw new ExportError(`TMX export: the pivot (${pivotLang ?? 'none'}) is not among the selected languages; add it or use srclang *all*`, {
      params: pivotLang ? { variant: 'tmx-pivot', pivot: pivotLang } : { variant: 'tmx-no-pivot' },
    });
  }
  const notesByRow = new Map<string, ExportAnnotation[]>();
  for (const a of options.annotations ?? []) {
    for (const key of new Set(a.spans.map((s) => s.rowKey))) {
      const list = notesByRow.get(key) ?? [];
      list.push(a);
      notesByRow.set(key, list);
    }
  }

  const headerAttrs = {
    creationtool: 'Concordia',
    creationtoolversion: options.creationToolVersion ?? TMX_TOOL_VERSION,
    datatype: 'plaintext',
    segtype: options.level === 'unit' ? 'paragraph' : 'sentence',
    adminlang: options.adminLang ?? 'en',
    srclang: srclang === 'all' ? '*all*' : pivotColumn!.tag,
    'o-tmf': 'Concordia',
    creationdate: options.creationDate,
  };
  const head: string[] = [XML_DECLARATION, '<tmx version="1.4">\n', `<header${renderAttrs(headerAttrs)}>\n`];
  const unofficial = columns.filter((c) => !c.official);
  if (unofficial.length) {
    head.push(
      `  ${textElement('note', undefined, `Unofficial versions: ${unofficial.map((c) => c.tag).join(', ')}. They are not official EU texts; their segments carry the prop ${TMX_PROPS.unofficial}.`)}\n`,
    );
  }
  head.push(`  ${prop(TMX_PROPS.level, options.level)}\n`);
  if (pivotLang) head.push(`  ${prop(TMX_PROPS.pivot, langTag(pivotLang, options.langCodes ?? 'short'))}\n`);
  const procedure = docs.map((d) => d.procedure).find((p) => p);
  if (procedure) head.push(`  ${prop(TMX_PROPS.procedure, procedure)}\n`);
  for (const c of columns) {
    const d = docs[c.doc];
    head.push(`  ${prop(`${TMX_PROPS.name}:${c.tag}`, grid.documents[c.doc].name)}\n`);
    head.push(`  ${prop(`${TMX_PROPS.status}:${c.tag}`, c.official ? 'official' : 'unofficial')}\n`);
    if (d.title) head.push(`  ${prop(`${TMX_PROPS.title}:${c.tag}`, d.title)}\n`);
    if (d.references.length) head.push(`  ${prop(`${TMX_PROPS.references}:${c.tag}`, d.references.join(' '))}\n`);
  }
  head.push('</header>\n<body>\n');

  const tuv = (c: Column, text: string, label: string | null): string => {
    let out = `    <tuv xml:lang="${c.tag}">`;
    if (label !== null) out += prop(TMX_PROPS.label, label);
    if (!c.official) out += prop(TMX_PROPS.unofficial, 'true');
    return `${out}<seg>${escapeXmlText(text)}</seg></tuv>\n`;
  };

  const tu = (row: AlignedRow, tuid: string, sentence: number | null, notes: readonly string[], texts: readonly string[], labels: readonly (string | null)[]): string => {
    let tuvs = '';
    columns.forEach((c, i) => {
      if (texts[i] !== '' || options.includeEmpty) tuvs += tuv(c, texts[i], labels[i]);
    });
    if (tuvs === '') return '';
    let out = `  <tu${renderAttrs({ tuid })}>\n`;
    for (const n of notes) out += `    ${textElement('note', undefined, n)}\n`;
    out += `    ${prop(TMX_PROPS.row, row.key)}\n    ${prop(TMX_PROPS.kind, row.kind)}\n`;
    if (sentence !== null) out += `    ${prop(TMX_PROPS.sentence, String(sentence))}\n`;
    if (row.flags.length) {
      out += `    ${prop(TMX_PROPS.flags, row.flags.map((f) => `${f.flag}:${grid.documents[f.doc]?.lang ?? f.doc}`).join(' '))}\n`;
    }
    return `${out}${tuvs}  </tu>\n`;
  };

  const renderRow = (row: AlignedRow): string => {
    const annotations = notesByRow.get(row.key) ?? [];
    if (options.level === 'unit') {
      return tu(
        row,
        row.key,
        null,
        annotations.map((a) => annotationNote(a, null)),
        columns.map((c) => segText(row, c.doc)),
        columns.map((c) => labelOf(row, c.doc)),
      );
    }
    if (!row.sentences) {
      throw new ExportError(`TMX export at sentence level: row ${row.key} has no sentence alignment; align at sentence level first`, {
        params: { variant: 'no-sentences', row: row.key },
      });
    }
    const { split, beads } = row.sentences;
    const beadTexts = beads.map((b) => columns.map((c) => (b.sentences[c.doc] ?? []).map((i) => split[c.doc][i]).join(' ')));
    // An annotation's note goes to the bead whose text in the annotated language holds the quoted words.
    const notesPerBead: string[][] = beads.map(() => []);
    for (const a of annotations) {
      const span = a.spans.find((s) => s.rowKey === row.key);
      const col = span ? columns.findIndex((c) => c.lang === span.lang) : -1;
      let at = col >= 0 && span ? beadTexts.findIndex((t) => span.quote !== '' && t[col].includes(span.quote)) : -1;
      if (at < 0) at = 0;
      if (notesPerBead.length) notesPerBead[at].push(annotationNote(a, null));
    }
    let out = '';
    beads.forEach((_, k) => {
      out += tu(row, `${row.key}#${k + 1}`, k + 1, notesPerBead[k], beadTexts[k], columns.map(() => null));
    });
    return out;
  };

  return { head: head.join(''), renderRow, tail: '</body>\n</tmx>\n' };
}

/**
 * The TMX as a sequence of string chunks (the header, then one chunk per aligned row, then the closing tags).
 * Rows are read once, in order, and not kept: with a lazy `grid.rows` memory stays flat whatever the size.
 * Deterministic: the same grid, documents and options give the same text.
 * @throws ExportError when a selected language is missing or doubled, the pivot is not selected while
 *   srclang is the pivot, or a row lacks sentence alignment at sentence level.
 */
export function* tmxChunks(grid: ExportGrid, docs: readonly ExportDocument[], options: TmxOptions): Generator<string, void, undefined> {
  const tmx = prepare(grid, docs, options);
  yield tmx.head;
  for (const row of grid.rows) {
    const chunk = tmx.renderRow(row);
    if (chunk) yield chunk;
  }
  yield tmx.tail;
}

/** Like `tmxChunks`, for rows that arrive asynchronously (a database cursor, a stream). Same contract. */
export async function* tmxChunksAsync(
  grid: Omit<ExportGrid, 'rows'> & { readonly rows: Iterable<AlignedRow> | AsyncIterable<AlignedRow> },
  docs: readonly ExportDocument[],
  options: TmxOptions,
): AsyncGenerator<string, void, undefined> {
  const tmx = prepare({ ...grid, rows: [] }, docs, options);
  yield tmx.head;
  for await (const row of grid.rows) {
    const chunk = tmx.renderRow(row);
    if (chunk) yield chunk;
  }
  yield tmx.tail;
}

/**
 * Writes the TMX to `sink` chunk by chunk (see `tmxChunks`); the whole document is never built as one string.
 * @throws ExportError as `tmxChunks`.
 */
export function writeTmx(grid: ExportGrid, docs: readonly ExportDocument[], options: TmxOptions, sink: (chunk: string) => void): void {
  for (const chunk of tmxChunks(grid, docs, options)) sink(chunk);
}

/** The whole TMX as one string, for small grids and tests. @throws ExportError as `tmxChunks`. */
export function tmxToString(grid: ExportGrid, docs: readonly ExportDocument[], options: TmxOptions): string {
  const parts: string[] = [];
  writeTmx(grid, docs, options, (c) => parts.push(c));
  return parts.join('');
}
