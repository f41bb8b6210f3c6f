// XLIFF reader: a bilingual XLIFF (1.0–1.2 or 2.x, ours or another tool's) becomes two aligned versions, the same
// way a TMX does (core/parsers/tmx.ts builds the documents and grid; this module only collects segments).
// Read as a stream of SAX events (saxes, namespace-aware), never as a DOM.
// XLIFF 2.x (http://docs.oasis-open.org/xliff/xliff-core/v2.1/xliff-core-v2.1.html): srcLang/trgLang on <xliff>;
//   unit > segment > source, target; inline pc and mrk hold text, ph/sc/ec/sm/em are empty codes, cp is a code
//   point (§4.1.2–4.2); originalData holds native codes (not text); row metadata in mda:metadata (§5.9).
// XLIFF 1.2 (http://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html): source-language/target-language on <file>;
//   trans-unit > source, seg-source?, target; g and mrk hold text, x/bx/ex are empty, bpt/ept/ph/it hold native
//   codes; alt-trans holds other candidates (not this unit's text); seg-source/target may be segmented with
//   <mrk mtype="seg" mid="…">.
import type { SaxesTagNS } from 'saxes';
import { SaxesParser } from 'saxes';
import { ImportError, ParseError } from '../errors.js';
import type { ErrorParams } from '../errors.js';
import type { ParsedDocument, ParseWarning } from '../model/document.js';
import type { LangCode } from '../model/language.js';
import { isLangCode } from '../model/language.js';
import { TMX_PROPS } from '../export/tmx-props.js';
import type { CollectedMemory, RawTu, TmxHeaderInfo, TmxImport, TmxReadOptions } from './tmx.js';
import { buildAlignedImport, memoryTextChunks } from './tmx.js';
import type { DocumentParser, ParseOptions } from './types.js';

/** What an XLIFF holds: its version and, like a TMX import, one document per language and their grid. */
export interface XliffImport extends TmxImport {
  readonly version: string;
}

const NS_PREFIX = 'urn:oasis:names:tc:xliff:document:';
const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
const CONCORDIA_FIELD = /^x-concordia-/;
/** Elements whose content is native code, not text (1.2 bpt/ept/ph/it and their sub; 2.x originalData). */
const NATIVE_CODE = new Set(['bpt', 'ept', 'ph', 'it', 'sub', 'originalData']);

function primaryLang(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

interface Side {
  /** Text outside any segment marker (the whole content unless 1.2 mrk mtype="seg" is used). */
  text: string[];
  /** 1.2 segmented content: text per mrk mid, in order. */
  marks: Map<string, string[]>;
}

interface UnitDraft {
  readonly line: number;
  readonly id: string;
  readonly props: Map<string, string>;
  /** 2.x: one entry per segment; 1.2: filled at the end of the trans-unit. */
  readonly segments: { source: string; target: string | null }[];
  source: Side | null;
  segSource: Side | null;
  target: Side | null;
}

function emptySide(): Side {
  return { text: [], marks: new Map() };
}

function collect(chunks: Iterable<string>, fileName: string | undefined): CollectedMemory & { version: string } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const tus: RawTu[] = [];
  const warnings: ParseWarning[] = [];
  const skipped = new Set<string>();
  const headerProps: Record<string, string> = {};
  let version = '';
  let major = 0;
  let srcTag: string | null = null;
  let trgTag: string | null = null;
  let creationtool: string | null = null;
  const stack: string[] = [];
  /** Props of enclosing 1.2 groups (Concordia's sentence-level rows), innermost last. */
  const groupProps: Map<string, string>[] = [];
  let unit: UnitDraft | null = null;
  /** 2.x: the segment being read. */
  let segment: { source: string[] | null; target: string[] | null; into: 'source' | 'target' | null } | null = null;
  /** 1.2: which side of the trans-unit is being read. */
  let side: Side | null = null;
  let mark: string | null = null;
  let codeDepth = 0;
  let field: { name: string; text: string; scope: 'file' | 'unit' | 'group' } | null = null;
  let unitCount = 0;

  /** `params` for the UI: the message's wording (`variant`) and values; the line is added here. */
  const fail = (message: string, params: ErrorParams, cause?: unknown): never => {
    throw new ParseError('xliff', message, { location: { file: fileName, line: parser.line }, cause, params: { ...params, line: parser.line } });
  };
  const push = (t: string) => {
    if (codeDepth > 0) return;
    if (segment?.into) segment[segment.into]!.push(t);
    else if (side) (mark !== null ? side.marks.get(mark)! : side.text).push(t);
  };
  const tuv = (tag: string | null, text: string): RawTu['tuvs'][number] | null => {
    if (tag === null) return null;
    const code = primaryLang(tag);
    if (isLangCode(code)) return { lang: code as LangCode, text, props: new Map() };
    if (!skipped.has(tag)) {
      skipped.add(tag);
      warnings.push({ code: 'xliff-language', message: `segments in ${tag} were skipped: not an EU language`, line: parser.line, params: { lang: tag } });
    }
    return null;
  };
  const emit = (u: UnitDraft) => {
    const props = new Map<string, string>();
    for (const g of groupProps) for (const [k, v] of g) props.set(k, v);
    for (const [k, v] of u.props) props.set(k, v);
    // Labels are per version in Concordia's metadata (`x-concordia-label:ro`); the grid builder reads them per tuv.
    const labels = new Map<string, string>();
    for (const [k, v] of props) if (k.startsWith(`${TMX_PROPS.label}:`)) labels.set(primaryLang(k.slice(TMX_PROPS.label.length + 1)), v);
    for (const s of u.segments) {
      // A unit that is only codes (a page break, an image) has no text on either side: nothing to align.
      if (s.source.trim() === '' && (s.target ?? '').trim() === '') continue;
      const tuvs: RawTu['tuvs'] = [];
      for (const [tag, text] of [[srcTag, s.source], [trgTag, s.target]] as const) {
        if (text === null) continue;
        const v = tuv(tag, text);
        if (!v) continue;
        const label = labels.get(v.lang);
        if (label !== undefined) v.props.set(TMX_PROPS.label, label);
        tuvs.push(v);
      }
      tus.push({ line: u.line, props, tuvs, group: `${unitCount}` });
    }
  };

  parser.on('error', (e) => {
    const detail = e.message.replace(/^[^:]*:\d+:\d+: /, '');
    // saxes prefixes line:column (and a file name when it has one); the UI gives the line itself.
    fail(`not well-formed XML: ${detail}`, { variant: 'xml', detail: detail.replace(/^\d+:\d+: /, '') }, e);
  });
  parser.on('opentag', (node: SaxesTagNS) => {
    const name = node.local;
    const attr = (a: string): string | undefined => node.attributes[a]?.value;
    if (stack.length === 0) {
      if (name !== 'xliff' || !node.uri.startsWith(NS_PREFIX)) {
        fail(`the root element is <${node.name}>${node.uri ? ` in ${node.uri}` : ''}, not an OASIS XLIFF <xliff>: this is not an XLIFF file`, {
          variant: 'xliff-root',
          root: node.name,
        });
      }
      version = attr('version') ?? '';
      major = version.startsWith('2') ? 2 : version.startsWith('1') ? 1 : node.uri.endsWith(':2.0') ? 2 : 1;
      if (major === 2) {
        srcTag = attr('srcLang') ?? fail('the <xliff> element has no srcLang (required in XLIFF 2)', { variant: 'xliff-srclang' });
        trgTag = attr('trgLang') ?? null;
      }
    }
    const parent = stack[stack.length - 1];
    stack.push(name);
    if (node.uri === MDA_NS) {
      if (name === 'meta') {
        const scope = stack.includes('unit') ? 'unit' : stack.includes('group') ? 'group' : 'file';
        field = { name: attr('type') ?? '', text: '', scope };
      }
      return;
    }
    if (!node.uri.startsWith(NS_PREFIX)) return;
    if (codeDepth > 0 || NATIVE_CODE.has(name)) {
      if (segment?.into || side) codeDepth++;
      return;
    }
    if (name === 'cp' && segment?.into) {
      const hex = attr('hex') ?? '';
      const cp = Number.parseInt(hex, 16);
      // §4.2.2.1: cp stands for a code point XML cannot carry; keep it only if it is a valid Unicode scalar.
      if (/^[0-9A-Fa-f]{1,6}$/.test(hex) && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) push(String.fromCodePoint(cp));
      return;
    }
    switch (name) {
      case 'file':
        if (major === 1) {
          srcTag = attr('source-language') ?? fail('a <file> has no source-language (required in XLIFF 1.2)', { variant: 'xliff-source-language' });
          trgTag = attr('target-language') ?? trgTag;
        }
        break;
      case 'tool':
        creationtool ??= attr('tool-name') ?? attr('tool-id') ?? null;
        break;
      case 'note':
        if (major === 1 && parent === 'header' && CONCORDIA_FIELD.test(attr('from') ?? '')) field = { name: attr('from')!, text: '', scope: 'file' };
        break;
      case 'group':
        if (major === 1) groupProps.push(new Map());
        break;
      case 'context':
        if (major === 1 && CONCORDIA_FIELD.test(attr('context-type') ?? '')) {
          field = { name: attr('context-type')!, text: '', scope: stack.includes('trans-unit') ? 'unit' : 'group' };
        }
        break;
      case 'unit':
      case 'trans-unit':
        unit = { line: parser.line, id: attr('id') ?? `${unitCount + 1}`, props: new Map(), segments: [], source: null, segSource: null, target: null };
        break;
      case 'segment':
        if (major === 2 && unit) segment = { source: null, target: null, into: null };
        break;
      case 'source':
      case 'target':
        if (major === 2 && segment && parent === 'segment') {
          segment.into = name;
          segment[name] = [];
        } else if (major === 1 && unit && parent === 'trans-unit') {
          side = emptySide();
          unit[name] = side;
        }
        break;
      case 'seg-source':
        if (major === 1 && unit && parent === 'trans-unit') {
          side = emptySide();
          unit.segSource = side;
        }
        break;
      case 'mrk':
        if (major === 1 && side && attr('mtype') === 'seg') {
          mark = attr('mid') ?? `${side.marks.size + 1}`;
          side.marks.set(mark, []);
        }
        break;
      default:
        break;
    }
  });
  parser.on('text', (t) => {
    if (field) field.text += t;
    else push(t);
  });
  parser.on('cdata', (t) => push(t));
  parser.on('closetag', (node: SaxesTagNS) => {
    const name = node.local;
    stack.pop();
    if (node.uri === MDA_NS) {
      if (name === 'meta' && field) {
        if (CONCORDIA_FIELD.test(field.name)) {
          if (field.scope === 'file') headerProps[field.name] = field.text;
          else if (field.scope === 'unit') unit?.props.set(field.name, field.text);
        }
        field = null;
      }
      return;
    }
    if (!node.uri.startsWith(NS_PREFIX)) return;
    if (codeDepth > 0) {
      codeDepth--;
      return;
    }
    switch (name) {
      case 'note':
      case 'context':
        if (field) {
          if (field.scope === 'file') headerProps[field.name] = field.text;
          else if (field.scope === 'unit') unit?.props.set(field.name, field.text);
          else groupProps[groupProps.length - 1]?.set(field.name, field.text);
          field = null;
        }
        break;
      case 'group':
        if (major === 1) groupProps.pop();
        break;
      case 'mrk':
        if (major === 1 && side && mark !== null && node.attributes.mtype?.value === 'seg') mark = null;
        break;
      case 'source':
      case 'target':
        if (segment?.into === name) segment.into = null;
        else if (side && stack[stack.length - 1] === 'trans-unit') side = null;
        break;
      case 'seg-source':
        side = null;
        break;
      case 'segment':
        if (segment && unit) {
          unit.segments.push({ source: (segment.source ?? []).join(''), target: segment.target ? segment.target.join('') : null });
        }
        segment = null;
        break;
      case 'unit':
      case 'trans-unit':
        if (unit) {
          if (major === 1) unit.segments.push(...segments12(unit));
          unitCount++;
          if (unit.segments.length) emit(unit);
        }
        unit = null;
        break;
      default:
        break;
    }
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.close();
  // Another tool's units split into several segments: those are sentences, so the grid keeps them as beads.
  const multiSegment = tus.some((t, i) => i > 0 && t.group === tus[i - 1].group);
  // The pivot of the grid the file came from may be neither of its two languages; in an XLIFF the source is the pivot.
  delete headerProps[TMX_PROPS.pivot];
  const header: TmxHeaderInfo = {
    srclang: srcTag,
    segtype: headerProps[TMX_PROPS.level] ?? (multiSegment ? 'sentence' : 'paragraph'),
    creationtool,
    props: headerProps,
  };
  if (!trgTag) warnings.push({ code: 'xliff-monolingual', message: 'the XLIFF names no target language: only the source version is read', params: {} });
  return { header, tus, warnings, version };
}

/** XLIFF 1.2: a trans-unit's segments — one per mrk mtype="seg" when seg-source is segmented, else the whole unit. */
function segments12(u: UnitDraft): { source: string; target: string | null }[] {
  const target = u.target;
  if (u.segSource && u.segSource.marks.size > 0) {
    return [...u.segSource.marks].map(([mid, text]) => ({
      source: text.join(''),
      target: target ? (target.marks.get(mid)?.join('') ?? null) : null,
    }));
  }
  if (!u.source) return [];
  const whole = (s: Side): string => (s.marks.size ? [...s.marks.values()].map((t) => t.join('')).join(' ') : '') || s.text.join('');
  return [{ source: whole(u.source), target: target ? whole(target) : null }];
}

/**
 * Reads an XLIFF file (UTF-8, or UTF-16 with a BOM) into aligned versions: its source and target languages, one
 * grid row per unit (Concordia's row keys when the file carries them), sentence beads when units hold several
 * segments. Notes are not imported. Deterministic.
 * @throws ParseError when the XML is not well-formed, the root is not an OASIS <xliff>, a required language
 *   attribute is missing, there are no units, or the file is too large; ImportError when no language is an EU one.
 */
export function readXliff(input: Uint8Array | string, options: TmxReadOptions = {}): XliffImport {
const collected = collect(memoryTextChunks(input, 'xliff', options.fileName), options.fileName);
  const built = buildAlignedImport(collected, options, 'xliff');
  if (built.documents.length === 0) throw new ImportError(`${options.fileName ?? 'XLIFF'}: no segment in an EU language`, { params: { variant: 'no-eu-language' } });
  return { ...built, version: collected.version };
}

/** True when the first bytes look like an XLIFF document (UTF-8 or UTF-16). */
export function sniffXliff(head: Uint8Array): boolean {
  let text = '';
  for (let i = 0; i < Math.min(head.length, 2048); i++) if (head[i] !== 0) text += String.fromCharCode(head[i]);
  return /<(?:[\w.-]+:)?xliff[\s>]/.test(text);
}

/**
 * XLIFF as a DocumentParser: returns the version in `options.lang` (default the source language).
 * Use `readXliff` to get both languages and the grid at once.
 */
export const xliffParser: DocumentParser = {
  format: { id: 'xliff', displayName: 'XLIFF bilingual file', extensions: ['xlf', 'xliff', 'sdlxliff'], mimeTypes: ['application/xliff+xml'] },
  sniff: sniffXliff,
  async parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
    const x = readXliff(input, { fileName: options.fileName, official: options.official });
    const doc = options.lang ? x.documents.find((d) => d.lang === options.lang) : x.documents[x.grid.pivot];
    if (!doc) {
      const has = x.documents.map((d) => d.lang).join(', ');
      throw new ImportError(`${options.fileName ?? 'XLIFF'}: no ${options.lang} segments (it has ${has})`, {
        params: { variant: 'missing-language', lang: options.lang ?? '', languages: has },
      });
    }
    return options.official === undefined ? doc : { ...doc, official: options.official };
  },
};
