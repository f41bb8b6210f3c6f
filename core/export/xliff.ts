// XLIFF writer: one aligned pair (a source and a target version) as a bilingual file a CAT tool opens.
// XLIFF 2.1 (OASIS Standard 2018, http://docs.oasis-open.org/xliff/xliff-core/v2.1/xliff-core-v2.1.html): file is
// (skeleton?, ##other*, notes?, (unit|group)+); unit is (##other*, notes?, originalData?, (segment|ignorable)+);
// segment is (source, target?). Row metadata goes into the Metadata module (mda, §5.9), which the core schema accepts
// as ##other content. XLIFF 1.2 (OASIS Standard 2008, strict schema): trans-unit is (source, seg-source?, target?,
// (context-group|count-group|note|alt-trans)*) and the strict schema refuses foreign elements, so metadata goes into
// context-group/context with `x-` context types (AttrType_context-type admits XTend values) and file metadata into
// header notes whose `from` names the field.
import { ExportError } from '../errors.js';
import type { AlignedRow } from '../model/alignment.js';
import type { LangCode } from '../model/language.js';
import { TMX_PROPS } from './tmx-props.js';
import type { ExportAnnotation, ExportDocument, ExportGrid, LangCodeStyle } from './types.js';
import { langTag } from './types.js';
import { escapeXmlText, renderAttrs, textElement, XML_DECLARATION } from './xml.js';

/** Written into the tool element / metadata; bump with the XLIFF shape, not the app version. */
export const XLIFF_TOOL_VERSION = '0.1.0';
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF_MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The mda metaGroup category Concordia writes (2.x); in 1.2 the `x-concordia-` context types mark its fields. */
export const XLIFF_META_CATEGORY = 'concordia';

/**
 * Metadata field names: the same words as the TMX props (core/export/tmx-props.ts), so both formats read back
 * through one table. Per-version fields are suffixed with `:` and the version's language tag.
 */
export const XLIFF_META = TMX_PROPS;

export interface XliffOptions {
  /** `2.1` (default) or `1.2`, still the common denominator of CAT tools. */
  readonly version?: '2.1' | '1.2';
  /** `unit`: one unit per aligned row, one segment; `sentence`: one unit per row, one segment per sentence bead. */
  readonly level: 'unit' | 'sentence';
  /** Source language; default the pivot's. */
  readonly source?: LangCode;
  /** Target language (required: an XLIFF file is one pair). */
  readonly target: LangCode;
  /** `ro` or `ro-RO` in srcLang/trgLang; default `short`. */
  readonly langCodes?: LangCodeStyle;
  /** Become notes on the unit of the row they are about. */
  readonly annotations?: readonly ExportAnnotation[];
  /** The `original` attribute of the file element; default the two versions' names. */
  readonly original?: string;
  /**
   * What goes into the targets. `version` (default): the target version's text. `source`: a copy of the source, to
   * be translated over — how files are prepared for tools that translate the target element in place (OmegaT's
   * XLIFF filter, following Okapi Rainbow); state needs-translation (1.2) / initial (2.x). `none`: no targets.
   */
  readonly targets?: 'version' | 'source' | 'none';
}

interface Side {
  readonly doc: number;
  readonly lang: LangCode;
  readonly tag: string;
  readonly official: boolean;
  readonly name: string;
}

interface Segmented {
  readonly source: string;
  readonly target: string;
  /** The target is a copy of the source (targets: 'source'), not a translation. */
  readonly copied: boolean;
}

/** An NMTOKEN (XML 1.0 §2.3, what XLIFF 2 ids are): name characters only; anything else becomes `_`. */
function nmtoken(raw: string, used: Set<string>): string {
  const base = raw.replace(/[^\p{L}\p{N}._:-]/gu, '_') || '_';
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
  used.add(id);
  return id;
}

function annotationNote(a: ExportAnnotation, rowKey: string): string {
  const quotes = a.spans.filter((s) => s.rowKey === rowKey).map((s) => `${s.lang}: “${s.quote}”`);
  const who = a.author ? `, ${a.author}` : '';
  const comment = a.comment ? `: ${a.comment}` : '';
  return `[${a.category}, ${a.status}${who}]${comment}${quotes.length ? ` (${quotes.join('; ')})` : ''}`;
}

function selectPair(grid: ExportGrid, docs: readonly ExportDocument[], options: XliffOptions): [Side, Side] {
  if (docs.length !== grid.documents.length) {
    throw new ExportError(`XLIFF export: ${docs.length} documents given for a grid of ${grid.documents.length} versions`, {
      params: { variant: 'documents', documents: docs.length, versions: grid.documents.length },
    });
  }
  const style = options.langCodes ?? 'short';
  const sourceLang = options.source ?? grid.documents[grid.pivot]?.lang;
  if (sourceLang === undefined) throw new ExportError('XLIFF export: the grid has no pivot version', { params: { variant: 'no-pivot' } });
  if (sourceLang === options.target) {
    throw new ExportError(`XLIFF export: source and target are both ${sourceLang}; choose two languages`, { params: { variant: 'xliff-same-language', lang: sourceLang } });
  }
  const side = (lang: LangCode, role: 'source' | 'target'): Side => {
    const found = grid.documents.flatMap((d, i) => (d.lang === lang ? [i] : []));
    if (found.length === 0) {
      const has = grid.documents.map((d) => d.lang).join(', ');
      throw new ExportError(`XLIFF export: no ${lang} version in the grid for the ${role} (it has ${has})`, {
        params: role === 'source' ? { variant: 'xliff-missing-source', lang, languages: has } : { variant: 'xliff-missing-target', lang, languages: has },
      });
    }
    // The pivot wins when a language has two versions; otherwise the choice would be arbitrary.
    if (found.length > 1 && !found.includes(grid.pivot)) {
      // The first two names: enough to say which files clash (a third is in the English message).
      throw new ExportError(`XLIFF export: ${found.map((i) => `"${grid.documents[i].name}"`).join(' and ')} are all ${lang}; an XLIFF holds one version per side`, {
        params: { variant: 'xliff-same-version', first: grid.documents[found[0]].name, second: grid.documents[found[1]].name, lang },
      });
    }
    const doc = found.includes(grid.pivot) ? grid.pivot : found[0];
    return { doc, lang, tag: langTag(lang, style), official: docs[doc].official && grid.documents[doc].official, name: grid.documents[doc].name };
  };
  return [side(sourceLang, 'source'), side(options.target, 'target')];
}

function cellText(row: AlignedRow, doc: number): string {
  return row.cells[doc].map((s) => s.text).join(' ');
}

function labelOf(row: AlignedRow, doc: number): string | null {
  const labels = row.cells[doc].map((s) => s.label).filter((l): l is string => l !== null);
  return labels.length ? labels.join('+') : null;
}

/** The row's segments for the pair: one at unit level, one per bead (that either side has text in) at sentence level. */
function segmentsOf(row: AlignedRow, src: Side, tgt: Side, options: XliffOptions): Segmented[] {
  const mode = options.targets ?? 'version';
  const pair = (source: string, target: string): Segmented =>
    mode === 'version' ? { source, target, copied: false } : { source, target: mode === 'source' ? source : '', copied: mode === 'source' };
  if (options.level === 'unit') return [pair(cellText(row, src.doc), cellText(row, tgt.doc))].filter((s) => s.source !== '' || s.target !== '');
  if (!row.sentences) {
    throw new ExportError(`XLIFF export at sentence level: row ${row.key} has no sentence alignment; align at sentence level first`, {
      params: { variant: 'no-sentences', row: row.key },
    });
  }
  const { split, beads } = row.sentences;
  const text = (ix: readonly number[] | undefined, doc: number) => (ix ?? []).map((i) => split[doc][i]).join(' ');
  return beads
    .map((b) => pair(text(b.sentences[src.doc], src.doc), text(b.sentences[tgt.doc], tgt.doc)))
    .filter((s) => s.source !== '' || s.target !== '');
}

interface PreparedXliff {
  readonly head: string;
  renderRow(row: AlignedRow): string;
  readonly tail: string;
}

function notesByRow(annotations: readonly ExportAnnotation[] | undefined): Map<string, ExportAnnotation[]> {
  const out = new Map<string, ExportAnnotation[]>();
  for (const a of annotations ?? []) {
    for (const key of new Set(a.spans.map((s) => s.rowKey))) {
      const list = out.get(key) ?? [];
      list.push(a);
      out.set(key, list);
    }
  }
  return out;
}

/** File-level metadata, as [field, value] pairs: level, pivot, procedure, then per version name/status/title/refs. */
function fileMeta(grid: ExportGrid, docs: readonly ExportDocument[], sides: readonly Side[], options: XliffOptions): [string, string][] {
  const out: [string, string][] = [[XLIFF_META.level, options.level]];
  const pivot = grid.documents[grid.pivot];
  if (pivot) out.push([XLIFF_META.pivot, langTag(pivot.lang, options.langCodes ?? 'short')]);
  const procedure = docs.map((d) => d.procedure).find((p) => p);
  if (procedure) out.push([XLIFF_META.procedure, procedure]);
  for (const s of sides) {
    const d = docs[s.doc];
    out.push([`${XLIFF_META.name}:${s.tag}`, s.name], [`${XLIFF_META.status}:${s.tag}`, s.official ? 'official' : 'unofficial']);
    if (d.title) out.push([`${XLIFF_META.title}:${s.tag}`, d.title]);
    if (d.references.length) out.push([`${XLIFF_META.references}:${s.tag}`, d.references.join(' ')]);
  }
  return out;
}

function unofficialNote(sides: readonly Side[]): string | null {
  const unofficial = sides.filter((s) => !s.official);
  return unofficial.length
    ? `Unofficial versions: ${unofficial.map((s) => s.tag).join(', ')}. They are not official EU texts (metadata ${XLIFF_META.status}).`
    : null;
}

/** Row metadata as [field, value] pairs. */
function rowMeta(grid: ExportGrid, row: AlignedRow, src: Side, tgt: Side): [string, string][] {
  const out: [string, string][] = [[XLIFF_META.row, row.key], [XLIFF_META.kind, row.kind]];
  for (const s of [src, tgt]) {
    const label = labelOf(row, s.doc);
    if (label !== null) out.push([`${XLIFF_META.label}:${s.tag}`, label]);
  }
  if (!tgt.official) out.push([XLIFF_META.unofficial, tgt.tag]);
  const flags = row.flags.filter((f) => f.doc === src.doc || f.doc === tgt.doc);
  if (flags.length) out.push([XLIFF_META.flags, flags.map((f) => `${f.flag}:${grid.documents[f.doc]?.lang ?? f.doc}`).join(' ')]);
  return out;
}

function prepare2(grid: ExportGrid, docs: readonly ExportDocument[], options: XliffOptions): PreparedXliff {
  const [src, tgt] = selectPair(grid, docs, options);
  const notes = notesByRow(options.annotations);
  const used = new Set<string>();
  const meta = (pairs: readonly [string, string][], indent: string): string =>
    `${indent}<mda:metadata>\n${indent}  <mda:metaGroup${renderAttrs({ category: XLIFF_META_CATEGORY })}>\n` +
    pairs.map(([type, value]) => `${indent}    ${textElement('mda:meta', { type }, value)}\n`).join('') +
    `${indent}  </mda:metaGroup>\n${indent}</mda:metadata>\n`;

  const rootAttrs = { xmlns: XLIFF2_NS, 'xmlns:mda': XLIFF_MDA_NS, version: '2.1', srcLang: src.tag, trgLang: tgt.tag };
  let head = `${XML_DECLARATION}<xliff${renderAttrs(rootAttrs)}>\n`;
  // At sentence level the segments are the aligner's sentence beads: a tool that merged or split them (XLIFF 2.1
  // §4.2.2.3 canResegment) would break the pairing, so it is told not to.
  const fileAttrs = {
    id: 'f1',
    canResegment: options.level === 'sentence' ? 'no' : undefined,
    original: options.original ?? `${src.name} → ${tgt.name}`,
    'xml:space': 'preserve',
  };
  head += `  <file${renderAttrs(fileAttrs)}>\n`;
  head += meta([['x-concordia-tool', `Concordia ${XLIFF_TOOL_VERSION}`], ...fileMeta(grid, docs, [src, tgt], options)], '    ');
  const un = unofficialNote([src, tgt]);
  if (un) head += `    <notes>\n      ${textElement('note', { category: 'concordia-status' }, un)}\n    </notes>\n`;

  const renderRow = (row: AlignedRow): string => {
    const segments = segmentsOf(row, src, tgt, options);
    if (segments.length === 0) return '';
    let out = `    <unit${renderAttrs({ id: nmtoken(row.key, used), name: row.key })}>\n`;
    out += meta(rowMeta(grid, row, src, tgt), '      ');
    const rowNotes = notes.get(row.key) ?? [];
    if (rowNotes.length) {
      out += '      <notes>\n';
      rowNotes.forEach((a, i) => {
        out += `        ${textElement('note', { id: `n${i + 1}`, category: `annotation:${a.category}` }, annotationNote(a, row.key))}\n`;
      });
      out += '      </notes>\n';
    }
    segments.forEach((s, i) => {
      out += `      <segment${renderAttrs({ id: `s${i + 1}`, state: s.target === '' || s.copied ? 'initial' : 'translated' })}>\n`;
      out += `        <source>${escapeXmlText(s.source)}</source>\n`;
      if (s.target !== '') out += `        <target>${escapeXmlText(s.target)}</target>\n`;
      out += '      </segment>\n';
    });
    return `${out}    </unit>\n`;
  };
  return { head, renderRow, tail: '  </file>\n</xliff>\n' };
}

function prepare12(grid: ExportGrid, docs: readonly ExportDocument[], options: XliffOptions): PreparedXliff {
  const [src, tgt] = selectPair(grid, docs, options);
  const notes = notesByRow(options.annotations);
  const ids = new Set<string>();
  const context = (pairs: readonly [string, string][], indent: string): string =>
    `${indent}<context-group${renderAttrs({ purpose: 'information' })}>\n` +
    pairs.map(([type, value]) => `${indent}  ${textElement('context', { 'context-type': type }, value)}\n`).join('') +
    `${indent}</context-group>\n`;

  let head = `${XML_DECLARATION}<xliff${renderAttrs({ version: '1.2', xmlns: XLIFF12_NS })}>\n`;
  head += `  <file${renderAttrs({
    original: options.original ?? `${src.name} → ${tgt.name}`,
    'source-language': src.tag,
    'target-language': tgt.tag,
    datatype: 'plaintext',
    'tool-id': 'concordia',
  })}>\n    <header>\n`;
  head += `      <tool${renderAttrs({ 'tool-id': 'concordia', 'tool-name': 'Concordia', 'tool-version': XLIFF_TOOL_VERSION })}/>\n`;
  const un = unofficialNote([src, tgt]);
  if (un) head += `      ${textElement('note', undefined, un)}\n`;
  for (const [field, value] of fileMeta(grid, docs, [src, tgt], options)) head += `      ${textElement('note', { from: field }, value)}\n`;
  head += '    </header>\n    <body>\n';

  const transUnit = (id: string, row: AlignedRow, s: Segmented, inner: string, indent: string): string => {
    let out = `${indent}<trans-unit${renderAttrs({ id, resname: row.key, 'xml:space': 'preserve' })}>\n`;
    out += `${indent}  <source>${escapeXmlText(s.source)}</source>\n`;
    if (s.target !== '') out += `${indent}  <target${renderAttrs({ state: s.copied ? 'needs-translation' : 'translated' })}>${escapeXmlText(s.target)}</target>\n`;
    return `${out}${inner}${indent}</trans-unit>\n`;
  };
  const rowNotes = (row: AlignedRow, indent: string): string =>
    (notes.get(row.key) ?? []).map((a) => `${indent}${textElement('note', { from: a.author || undefined }, annotationNote(a, row.key))}\n`).join('');

  const renderRow = (row: AlignedRow): string => {
    const segments = segmentsOf(row, src, tgt, options);
    if (segments.length === 0) return '';
    const id = nmtoken(row.key, ids);
    if (options.level === 'unit') {
      return transUnit(id, row, segments[0], context(rowMeta(grid, row, src, tgt), '        ') + rowNotes(row, '        '), '      ');
    }
    // Sentence level: a group per row (its metadata and notes), one trans-unit per sentence bead.
    let out = `      <group${renderAttrs({ id, resname: row.key })}>\n${context(rowMeta(grid, row, src, tgt), '        ')}${rowNotes(row, '        ')}`;
    segments.forEach((s, k) => {
      out += transUnit(nmtoken(`${id}#${k + 1}`, ids), row, s, context([[XLIFF_META.sentence, String(k + 1)]], '          '), '        ');
    });
    return `${out}      </group>\n`;
  };
  return { head, renderRow, tail: '    </body>\n  </file>\n</xliff>\n' };
}

/**
 * The pair an XLIFF export of `grid` writes, from the languages a user chose: none (only when the grid has two
 * versions), one (the target; the source is the pivot), or two (the pivot, if chosen, is the source; otherwise
 * the first chosen). Deterministic.
 * @throws ExportError when the choice does not make one pair, naming what to choose.
 */
export function xliffPair(grid: Pick<ExportGrid, 'pivot' | 'documents'>, langs: readonly LangCode[] | undefined): { source: LangCode; target: LangCode } {
  const pivot = grid.documents[grid.pivot]?.lang;
  if (pivot === undefined) throw new ExportError('XLIFF export: the project has no pivot version', { params: { variant: 'no-pivot' } });
  const chosen = [...new Set(langs ?? [])];
  if (chosen.length === 0) {
    const others = grid.documents.map((d) => d.lang).filter((l) => l !== pivot);
    if (others.length === 1) return { source: pivot, target: others[0] };
    throw new ExportError(`XLIFF export: an XLIFF file holds one pair; choose the target language (${others.join(', ') || 'there is none besides the pivot'})`, {
      params: others.length ? { variant: 'xliff-choose-target', languages: others.join(', ') } : { variant: 'xliff-only-pivot' },
    });
  }
  if (chosen.length === 1) {
    if (chosen[0] === pivot) {
      throw new ExportError(`XLIFF export: ${pivot} is the pivot (the source); choose a target language besides it`, { params: { variant: 'xliff-pivot-target', pivot } });
    }
    return { source: pivot, target: chosen[0] };
  }
  if (chosen.length === 2) {
    const [a, b] = chosen.includes(pivot) ? [pivot, chosen.find((l) => l !== pivot)!] : chosen;
    return { source: a, target: b };
  }
  throw new ExportError(`XLIFF export: an XLIFF file holds one pair; ${chosen.length} languages were chosen (${chosen.join(', ')}) — choose one target`, {
    params: { variant: 'xliff-too-many', count: chosen.length, languages: chosen.join(', ') },
  });
}

/**
 * The XLIFF as string chunks: header, one chunk per aligned row (rows where neither side has text are left out),
 * closing tags. Rows are read once, in order, and not kept. Deterministic.
 * @throws ExportError when a language is missing or doubled, source equals target, a row lacks sentence
 *   alignment at sentence level, or no row has text on either side (thrown after the head chunk).
 */
export function* xliffChunks(grid: ExportGrid, docs: readonly ExportDocument[], options: XliffOptions): Generator<string, void, undefined> {
  const x = (options.version ?? '2.1') === '1.2' ? prepare12(grid, docs, options) : prepare2(grid, docs, options);
  yield x.head;
  let units = 0;
  for (const row of grid.rows) {
    const chunk = x.renderRow(row);
    if (chunk) {
      units++;
      yield chunk;
    }
  }
  // XLIFF 2 requires at least one unit in a file; an empty pair is a user error, not an empty file.
  if (units === 0) {
    throw new ExportError(`XLIFF export: no row has text in ${options.source ?? 'the pivot'} or ${options.target}`, {
      params: options.source ? { variant: 'xliff-empty', source: options.source, target: options.target } : { variant: 'xliff-empty-pivot', target: options.target },
    });
  }
  yield x.tail;
}

/** The whole XLIFF as one string. Same contract as `xliffChunks`. */
export function xliffToString(grid: ExportGrid, docs: readonly ExportDocument[], options: XliffOptions): string {
  return [...xliffChunks(grid, docs, options)].join('');
}
