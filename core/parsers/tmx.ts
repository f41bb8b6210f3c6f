// TMX reader: a translation memory (ours or another tool's) becomes one ParsedDocument per language plus the
// AlignmentGrid that pairs them, read as a stream of SAX events (saxes), never as a DOM.
// TMX 1.4b: tu is (note|prop)*, tuv+; tuv is (note|prop)*, seg; seg may hold inline codes (bpt, ept, it, ph, ut,
// whose content is native markup, and hi, whose content is text; sub is a separate flow).
import { SaxesParser } from 'saxes';
import { ImportError, ParseError } from '../errors.js';
import type { ErrorParams } from '../errors.js';
import type { AlignedRow, AlignmentGrid, RowFlag, Segment, SentenceBead } from '../model/alignment.js';
import { ROW_FLAGS } from '../model/alignment.js';
import type { Footnote, ParsedDocument, ParseWarning, Unit, UnitKind } from '../model/document.js';
import { UNIT_KINDS } from '../model/document.js';
import type { LangCode } from '../model/language.js';
import { isLangCode } from '../model/language.js';
import { TMX_PROPS } from '../export/tmx-props.js';
import { decodeText } from './decode.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

// Per-version props carry a `:` and the language tag after the type.
const P = {
  ...TMX_PROPS,
  name: `${TMX_PROPS.name}:`,
  status: `${TMX_PROPS.status}:`,
  title: `${TMX_PROPS.title}:`,
  references: `${TMX_PROPS.references}:`,
} as const;

export interface TmxHeaderInfo {
  readonly srclang: string | null;
  readonly segtype: string | null;
  readonly creationtool: string | null;
  /** Header props by type (the last one wins when a type repeats). */
  readonly props: Readonly<Record<string, string>>;
}

/** What a TMX holds: one document per EU language found, in order of first appearance, and their grid. */
export interface TmxImport {
  readonly header: TmxHeaderInfo;
  readonly level: 'unit' | 'sentence';
  readonly documents: readonly ParsedDocument[];
  /** `documents[i]` is `grid.documents[i]`; rows carry sentence beads when the TMX is sentence-level. */
  readonly grid: AlignmentGrid;
  readonly tuCount: number;
  /** Whether row keys came from x-concordia-row props (true) or from TU order (false). */
  readonly keyed: boolean;
}

export interface TmxReadOptions {
  readonly fileName?: string;
  /** Official flag for versions whose TMX does not say (default false). */
  readonly official?: boolean;
}

/**
 * One translation unit as collected from a TMX (or an XLIFF segment, see core/parsers/xliff.ts): props by type,
 * segments by EU language. `group` ties together segments of one unit of a file without Concordia row keys
 * (consecutive TUs with the same group become one row).
 */
export interface RawTu {
  readonly line: number;
  readonly props: Map<string, string>;
  readonly tuvs: { lang: LangCode; text: string; props: Map<string, string> }[];
  readonly group?: string;
}

/** What a reader collects before the grid is built: the header, the TUs in order, warnings. */
export interface CollectedMemory {
  readonly header: TmxHeaderInfo;
  readonly tus: readonly RawTu[];
  readonly warnings: ParseWarning[];
}

const INLINE_CODE = new Set(['bpt', 'ept', 'it', 'ph', 'ut', 'sub']);
const KEY_PATTERN = /^(citation|recital|para|footnote):(\d+)$/;

function primaryLang(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

function kindOf(key: string, propKind: string | undefined): UnitKind | 'footnote' {
  if (propKind === 'footnote' || (UNIT_KINDS as readonly string[]).includes(propKind ?? '')) return propKind as UnitKind | 'footnote';
  const m = KEY_PATTERN.exec(key);
  if (m) return m[1] === 'para' ? 'paragraph' : (m[1] as 'citation' | 'recital' | 'footnote');
  if ((UNIT_KINDS as readonly string[]).includes(key)) return key as UnitKind;
  return 'paragraph';
}

function ordinalOf(key: string, fallback: number): number {
  const m = KEY_PATTERN.exec(key);
  return m ? Number(m[2]) : fallback;
}

/**
 * Streams TMX text through a SAX parser and collects TUs. Only the current TU is held while parsing; the
 * collected TUs are small records (texts and props).
 */
function collect(chunks: Iterable<string>, fileName: string | undefined): CollectedMemory {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const tus: RawTu[] = [];
  const warnings: ParseWarning[] = [];
  const skippedLangs = new Set<string>();
  let header: { srclang: string | null; segtype: string | null; creationtool: string | null; props: Record<string, string> } | null = null;
  let sawRoot = false;
  const stack: string[] = [];
  let tu: RawTu | null = null;
  let tuv: { lang: string; props: Map<string, string> } | null = null;
  let seg: string[] | null = null;
  let codeDepth = 0;
  let propType: string | null = null;
  let propText = '';

  /** `params` for the UI: the message's wording (`variant`) and values; the line is added here. */
  const fail = (message: string, params: ErrorParams, cause?: unknown): never => {
    throw new ParseError('tmx', message, { location: { file: fileName, line: parser.line }, cause, params: { ...params, line: parser.line } });
  };
  parser.on('error', (e) => {
    const detail = e.message.replace(/^[^:]*:\d+:\d+: /, '');
    // saxes prefixes line:column (and a file name when it has one); the UI gives the line itself.
    fail(`not well-formed XML: ${detail}`, { variant: 'xml', detail: detail.replace(/^\d+:\d+: /, '') }, e);
  });
  parser.on('opentag', (node) => {
    const name = node.name;
    const attr = (a: string): string | undefined => {
      const v = node.attributes[a];
      return typeof v === 'string' ? v : undefined;
    };
    if (stack.length === 0) {
      if (name !== 'tmx') fail(`the root element is <${name}>, not <tmx>: this is not a TMX file`, { variant: 'tmx-root', root: name });
      sawRoot = true;
    }
    stack.push(name);
    if (seg) {
      if (INLINE_CODE.has(name)) codeDepth++;
      return;
    }
    switch (name) {
      case 'header':
        header = { srclang: attr('srclang') ?? null, segtype: attr('segtype') ?? null, creationtool: attr('creationtool') ?? null, props: {} };
        break;
      case 'tu':
        tu = { line: parser.line, props: new Map(), tuvs: [] };
        break;
      case 'tuv': {
        const lang = attr('xml:lang') ?? attr('lang');
        if (!lang) fail('a <tuv> has no xml:lang', { variant: 'tmx-tuv-lang' });
        tuv = { lang: lang!, props: new Map() };
        break;
      }
      case 'seg':
        if (tuv) seg = [];
        break;
      case 'prop':
        propType = attr('type') ?? '';
        propText = '';
        break;
      default:
        break;
    }
  });
  parser.on('text', (t) => {
    if (seg) {
      if (codeDepth === 0) seg.push(t);
    } else if (propType !== null) propText += t;
  });
  parser.on('cdata', (t) => {
    if (seg && codeDepth === 0) seg.push(t);
  });
  parser.on('closetag', (node) => {
    const name = node.name;
    stack.pop();
    if (seg && name !== 'seg') {
      if (INLINE_CODE.has(name)) codeDepth--;
      return;
    }
    switch (name) {
      case 'seg':
        if (seg && tuv && tu) {
          const code = primaryLang(tuv.lang);
          if (isLangCode(code)) tu.tuvs.push({ lang: code, text: seg.join(''), props: tuv.props });
          else if (!skippedLangs.has(tuv.lang)) {
            skippedLangs.add(tuv.lang);
            warnings.push({ code: 'tmx-language', message: `segments in ${tuv.lang} were skipped: not an EU language`, line: parser.line, params: { lang: tuv.lang } });
          }
        }
        seg = null;
        break;
      case 'tuv':
        tuv = null;
        break;
      case 'tu':
        if (tu) tus.push(tu);
        tu = null;
        break;
      case 'prop':
        if (propType !== null) {
          if (tuv) tuv.props.set(propType, propText);
          else if (tu) tu.props.set(propType, propText);
          else if (header && stack[stack.length - 1] === 'header') header.props[propType] = propText;
        }
        propType = null;
        break;
      default:
        break;
    }
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.close();
  if (!sawRoot) fail('no <tmx> element: this is not a TMX file', { variant: 'tmx-no-root' });
  const h = header ?? { srclang: null, segtype: null, creationtool: null, props: {} };
  return { header: h, tus, warnings };
}

interface RowDraft {
  key: string;
  kind: UnitKind | 'footnote';
  flags: string | undefined;
  /** Per bead: text per language; labels per language (unit level only). */
  beads: Map<LangCode, string>[];
  labels: Map<LangCode, string>;
}

/**
 * Builds the documents and grid from collected TUs: shared by the TMX and XLIFF readers, so that a memory in either
 * format becomes aligned versions the same way. `format` names the source format in documents and messages.
 * @throws ParseError `empty-input` when there are no TUs; ImportError when no segment is in an EU language.
 */
export function buildAlignedImport(collected: CollectedMemory, options: TmxReadOptions, format: 'tmx' | 'xliff' = 'tmx'): TmxImport {
  const { header, tus, warnings } = collected;
  const FORMAT = format.toUpperCase();
  if (tus.length === 0) {
    throw new ParseError(format, `the ${FORMAT} holds no translation units`, {
      code: 'empty-input',
      location: { file: options.fileName },
      params: { variant: 'no-units', format: FORMAT },
    });
  }
  const keyed = tus.every((t) => t.props.has(P.row));
  const level: 'unit' | 'sentence' =
    header.props[P.level] === 'sentence' || (header.props[P.level] === undefined && header.segtype === 'sentence') ? 'sentence' : 'unit';

  // Languages in order of first appearance, the declared source language first.
  const langs: LangCode[] = [];
  const src = header.props[P.pivot] ?? header.srclang ?? '';
  const srcCode = primaryLang(src);
  if (isLangCode(srcCode)) langs.push(srcCode);
  const tagOf = new Map<LangCode, string>();
  for (const t of tus) {
    for (const v of t.tuvs) if (!langs.includes(v.lang)) langs.push(v.lang);
  }
  // Header props are keyed by the tag as written (ro or ro-RO); find each language's tag from them.
  for (const type of Object.keys(header.props)) {
    if (!type.startsWith(P.status)) continue;
    const tag = type.slice(P.status.length);
    const code = primaryLang(tag);
    if (isLangCode(code)) tagOf.set(code, tag);
  }
  if (langs.length === 0) throw new ImportError(`${options.fileName ?? FORMAT}: no segment in an EU language`, { params: { variant: 'no-eu-language' } });

  const rows: RowDraft[] = [];
  let current: RowDraft | null = null;
  // Without row keys, each TU is a paragraph of its own, except consecutive TUs of one group (the segments of one
  // XLIFF unit), which share a row.
  let unkeyed = 0;
  let lastGroup: string | undefined;
  tus.forEach((t) => {
    if (!keyed && (t.group === undefined || t.group !== lastGroup)) unkeyed++;
    lastGroup = t.group;
    const key = keyed ? t.props.get(P.row)! : `para:${unkeyed}`;
    const texts = new Map<LangCode, string>();
    for (const v of t.tuvs) {
      if (texts.has(v.lang)) {
        warnings.push({ code: 'tmx-duplicate-language', message: `TU ${key} has two ${v.lang} segments; the first is kept`, line: t.line, params: { unit: key, lang: v.lang } });
        continue;
      }
      texts.set(v.lang, v.text);
    }
    if (!current || current.key !== key || (level === 'unit' && t.group === undefined)) {
      current = { key, kind: kindOf(key, keyed ? t.props.get(P.kind) : undefined), flags: t.props.get(P.flags), beads: [], labels: new Map() };
      rows.push(current);
    }
    current.beads.push(texts);
    for (const v of t.tuvs) {
      const label = v.props.get(P.label);
      if (label !== undefined) current.labels.set(v.lang, label);
    }
  });

  const officialOf = (lang: LangCode): boolean => {
    const status = header.props[`${P.status}${tagOf.get(lang) ?? lang}`];
    if (status !== undefined) return status === 'official';
    const marked = tus.some((t) => t.tuvs.some((v) => v.lang === lang && v.props.get(P.unofficial) === 'true'));
    return marked ? false : (options.official ?? false);
  };

  const perDoc = langs.map((lang) => ({ lang, units: [] as Unit[], footnotes: [] as Footnote[], ordinals: new Map<string, number>() }));
  const gridRows: AlignedRow[] = rows.map((r) => {
    const cells: Segment[][] = [];
    const split: string[][] = [];
    const beads: SentenceBead[] = [];
    perDoc.forEach((d) => {
      const sentences = r.beads.map((b) => b.get(d.lang)).filter((s): s is string => s !== undefined && s !== '');
      split.push(sentences);
      if (sentences.length === 0) {
        cells.push([]);
        return;
      }
      const text = sentences.join(' ');
      // Without row keys a row is the file's own TU (or XLIFF unit): a synthetic label names it, the same in every
      // language, so the grid and the findings can say which TU they mean.
      const label = r.labels.get(d.lang) ?? (keyed ? null : `TU ${ordinalOf(r.key, 0)}`);
      if (r.kind === 'footnote') {
        const n = ordinalOf(r.key, d.footnotes.length + 1);
        d.footnotes.push({ n, text });
        cells.push([{ id: r.key, kind: 'footnote', label: label ?? String(n), ordinal: n, text }]);
        return;
      }
      const seen = (d.ordinals.get(r.kind) ?? 0) + 1;
      d.ordinals.set(r.kind, seen);
      const unit: Unit = { id: r.key, kind: r.kind, label, ordinal: ordinalOf(r.key, seen), text, calls: [] };
      d.units.push(unit);
      cells.push([{ id: unit.id, kind: unit.kind, label: unit.label, ordinal: unit.ordinal, text }]);
    });
    if (level === 'sentence') {
      const next = perDoc.map(() => 0);
      for (const b of r.beads) {
        beads.push({
          confidence: 1,
          sentences: perDoc.map((d, di) => {
            const s = b.get(d.lang);
            return s === undefined || s === '' ? [] : [next[di]++];
          }),
        });
      }
    }
    const flags: RowFlag[] = [];
    for (const f of (r.flags ?? '').split(' ').filter(Boolean)) {
      const [flag, lang] = f.split(':');
      const doc = langs.indexOf(lang as LangCode);
      if (doc >= 0 && (ROW_FLAGS as readonly string[]).includes(flag)) {
        flags.push({ flag: flag as RowFlag['flag'], doc, detail: `from ${FORMAT}` });
      }
    }
    return { key: r.key, kind: r.kind, cells, confidence: 1, flags, ...(level === 'sentence' ? { sentences: { split, beads } } : {}) };
  });

  const procedure = header.props[P.procedure] ?? null;
  const documents: ParsedDocument[] = perDoc.map((d) => {
    const tag = tagOf.get(d.lang) ?? d.lang;
    const titleUnit = d.units.find((u) => u.kind === 'title');
    const refs = header.props[`${P.references}${tag}`];
    return {
      lang: d.lang,
      langSource: 'given',
      title: header.props[`${P.title}${tag}`] ?? titleUnit?.text ?? '',
      procedure,
      references: refs ? refs.split(' ').filter(Boolean) : [],
      format,
      official: officialOf(d.lang),
      unstructured: !keyed,
      units: d.units,
      footnotes: d.footnotes,
      warnings,
    };
  });
  const pivot = Math.max(0, langs.indexOf(srcCode as LangCode));
  return {
    header,
    level,
    documents,
    grid: {
      pivot,
      documents: documents.map((d) => ({
        lang: d.lang,
        name: header.props[`${P.name}${tagOf.get(d.lang) ?? d.lang}`] ?? `${options.fileName ?? FORMAT} (${d.lang})`,
        official: d.official,
      })),
      rows: gridRows,
    },
    tuCount: tus.length,
    keyed,
  };
}

/**
 * Reads TMX text given as chunks (for instance a file read piece by piece). Deterministic.
 * @throws ParseError when the XML is not well-formed, the root is not <tmx>, or there are no TUs;
 *   ImportError when no segment is in an EU language.
 */
export function readTmxChunks(chunks: Iterable<string>, options: TmxReadOptions = {}): TmxImport {
  return buildAlignedImport(collect(chunks, options.fileName), options);
}

function* slices(text: string, size: number): Generator<string> {
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    // Never cut a surrogate pair between two writes.
    if (end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end++;
    yield text.slice(i, end);
    i = end;
  }
}

/**
 * The text of a memory file (TMX or XLIFF; UTF-8, or UTF-16 with a BOM) in 64 KiB chunks for the SAX reader.
 * @throws ParseError `too-large` above the input limit; the decoder's ParseError for undecodable bytes.
 */
export function memoryTextChunks(input: Uint8Array | string, format: 'tmx' | 'xliff', fileName?: string): Iterable<string> {
  if (typeof input !== 'string' && input.length > MAX_INPUT_BYTES) {
    throw new ParseError(format, `the file is ${Math.round(input.length / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
      code: 'too-large',
      location: { file: fileName },
      params: { size: Math.round(input.length / 1048576), limit: MAX_INPUT_BYTES / 1048576 },
    });
  }
  const text = typeof input === 'string' ? input : decodeText(input, fileName).text;
  return slices(text.replace(/^\uFEFF/, ''), 65536);
}

/**
 * Reads a TMX file (UTF-8, or UTF-16 with a BOM). Deterministic.
 * @throws ParseError / ImportError as `readTmxChunks`; ParseError `too-large` above the input limit.
 */
export function readTmx(input: Uint8Array | string, options: TmxReadOptions = {}): TmxImport {
  return readTmxChunks(memoryTextChunks(input, 'tmx', options.fileName), options);
}

/**
 * TMX as a DocumentParser: returns the version in `options.lang` (default: the TMX's source language).
 * Use `readTmx` to get every language and the grid at once.
 */
export const tmxParser: DocumentParser = {
  format: { id: 'tmx', displayName: 'TMX translation memory', extensions: ['tmx'], mimeTypes: ['application/x-tmx+xml'] },
  sniff(head: Uint8Array): boolean {
    let text = '';
    for (let i = 0; i < Math.min(head.length, 1024); i++) if (head[i] !== 0) text += String.fromCharCode(head[i]);
    return /<tmx[\s>]/.test(text);
  },
  async parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
    const tmx = readTmx(input, { fileName: options.fileName, official: options.official });
    const doc = options.lang ? tmx.documents.find((d) => d.lang === options.lang) : tmx.documents[tmx.grid.pivot];
    if (!doc) {
      const has = tmx.documents.map((d) => d.lang).join(', ');
      throw new ImportError(`${options.fileName ?? 'TMX'}: no ${options.lang} segments (it has ${has})`, {
        params: { variant: 'missing-language', lang: options.lang ?? '', languages: has },
      });
    }
    return options.official === undefined ? doc : { ...doc, official: options.official };
  },
};
