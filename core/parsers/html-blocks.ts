import { parseHTML } from 'linkedom';
import type { Footnote } from '../model/document.js';
import type { SourceLine } from './structure.js';
import { callMarker, normaliseLine } from './normalise.js';

/**
 * The part of a DOM node this walker reads. linkedom's types describe its documents with the DOM library, which
 * core/ does not load (no DOM globals here), so the walker states the few members it uses itself.
 */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose content is never document text: scripts, styles, page navigation and form controls. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEAD', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT', 'FORM', 'MENU']);

/** Elements that start and end a line of text. Table cells are blocks too (see `carry`). */
const BLOCKS = new Set([
  'HTML', 'BODY', 'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH',
  'CAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE',
  'PRE', 'FIGURE', 'ADDRESS', 'CENTER', 'HR',
]);

/** A footnote call as markup writes it: "(1)", "[1]" or "1" in a <sup>, a link or an OJ superscript span. */
const CALL_TEXT = /^[([]?\s*(\d{1,3})\s*[)\]]?$/;

/**
 * A cell holding only a citation dash or a unit label ("—" cells in OJ tables, "A." / "1." cells in doceo unit
 * tables): its line continues in the next cell instead of ending.
 */
const LABEL_CELL = /^(?:[–—\-•·]|[\p{Lu}]{1,3}\.|\d{1,3}\.)$/u;

/** doceo writes the reference line glued: "P9_TA(2022)0012RC-B9-0065/2022"; a space lets both be found. */
const GLUED_REFERENCE = /(P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4})(?=[A-Z])/g;

/** What the walker found: lines for `buildDocument`, footnote bodies in number order, and calls seen. */
export interface HtmlBlocks {
  readonly lines: readonly SourceLine[];
  readonly footnotes: readonly Footnote[];
  readonly callCount: number;
}

function classesOf(el: DomNode): string[] {
  return (el.getAttribute?.('class') ?? '').split(/\s+/).filter(Boolean);
}

function findAnchor(el: DomNode): DomNode | null {
  if (el.nodeName === 'A') return el;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== ELEMENT) continue;
    const a = findAnchor(child);
    if (a) return a;
  }
  return null;
}

function isHidden(el: DomNode): boolean {
  if (el.getAttribute?.('hidden') !== null && el.getAttribute?.('hidden') !== undefined) return true;
  return /display\s*:\s*none/i.test(el.getAttribute?.('style') ?? '');
}

/**
 * Walks an HTML document into lines of text, one per block (paragraph, list item, table row of label + text),
 * with a blank line between blocks. Footnote calls the markup marks (a number in <sup>, in a same-page link or in
 * an OJ `oj-super` span, numbered 1, 2, 3… in document order) become `callMarker(n)` glued to the preceding word;
 * blocks that open with a footnote number, or that a call links to (mammoth's `<li id="footnote-1">`), become
 * footnote bodies with their back-links removed. Pure and deterministic; never throws on malformed markup (the
 * HTML parser repairs it).
 */
export function htmlToBlocks(html: string): HtmlBlocks {
  const { document } = parseHTML(html) as unknown as { document: DomNode };
  const lines: SourceLine[] = [];
  const footnotes = new Map<number, string>();
  /** href targets of calls ("footnote-1") → call number; ids of call anchors, whose back-links are dropped. */
  const targets = new Map<string, number>();
  const callIds = new Set<string>();
  let expectedCall = 1;
  let buffer = '';
  let carry = false;
  let bodyN: number | null = null;
  let bodyFilled = false;
  /** After a call written "(<a>1</a>)", the closing bracket in the next text node belongs to the call. */
  let swallowClose = false;
  /** How many table cells enclose the walk; a label alone at the end of a cell waits for the next cell. */
  let cellDepth = 0;

  const emit = (text: string) => {
    const clean = normaliseLine(text.replace(GLUED_REFERENCE, '$1 '));
    if (clean) lines.push({ text: clean, line: lines.length + 1 });
  };
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1].text !== '') lines.push({ text: '', line: lines.length + 1 });
  };
  const flush = () => {
    const text = normaliseLine(buffer);
    if (carry && LABEL_CELL.test(text)) return;
    buffer = '';
    carry = false;
    if (!text) return;
    if (bodyN !== null) {
      const prev = footnotes.get(bodyN);
      footnotes.set(bodyN, prev ? `${prev} ${text}` : text);
      bodyFilled = true;
      return;
    }
    emit(text);
  };
  const endBlock = () => {
    flush();
    if (bodyN !== null && bodyFilled) {
      // A body ends with the block that held its text; the next block is running text again.
      bodyN = null;
      bodyFilled = false;
    }
    blank();
  };

  /** The footnote number an element marks, or null. */
  const callNumberOf = (el: DomNode): number | null => {
    const name = el.nodeName;
    const cls = classesOf(el);
    const isSup = name === 'SUP' || cls.includes('oj-super') || cls.includes('super');
    const href = name === 'A' ? (el.getAttribute?.('href') ?? '') : '';
    if (!isSup && !(name === 'A' && href.startsWith('#'))) return null;
    const m = CALL_TEXT.exec(normaliseLine(el.textContent ?? ''));
    if (!m) return null;
    const n = Number(m[1]);
    return n >= 1 && n <= expectedCall ? n : null;
  };

  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      let value = node.nodeValue ?? '';
      if (swallowClose) {
        if (/^\s*[)\]]/.test(value)) value = value.replace(/^\s*[)\]]/, '');
        if (/\S/.test(value)) swallowClose = false;
      }
      if (/\S/.test(value)) carry = carry && !/\S/.test(value);
      buffer += value.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (node.nodeType === ELEMENT) {
      if (SKIPPED.has(name) || isHidden(node)) return;
      if (name === 'BR') {
        if (bodyN !== null) buffer += ' ';
        else flush();
        return;
      }
      const n = callNumberOf(node);
      if (n !== null) {
        const anchor = findAnchor(node);
        const href = anchor?.getAttribute?.('href') ?? '';
        if (/^[([]?$/.test(normaliseLine(buffer)) && !carry) {
          // A number opening its block is the footnote's own label: the rest of the block is its body.
          swallowClose = buffer.trim() !== '';
          bodyN = n;
          buffer = '';
          return;
        }
        if (bodyN !== null) return; // a number inside a body is a back-link
        const open = /\s*[([]\s*$/.exec(buffer);
        swallowClose = open !== null;
        buffer = (open ? buffer.slice(0, open.index) : buffer).replace(/\s+$/, '') + callMarker(n);
        if (href.startsWith('#')) targets.set(href.slice(1), n);
        const id = anchor?.getAttribute?.('id');
        if (id) callIds.add(id);
        if (n === expectedCall) expectedCall++;
        return;
      }
      if (name === 'A') {
        const href = node.getAttribute?.('href') ?? '';
        const text = normaliseLine(node.textContent ?? '');
        // Back-links from a footnote body to its call ("↑", "^").
        if ((href.startsWith('#') && callIds.has(href.slice(1))) || /^[↑^]$/.test(text)) return;
      }
      const block = BLOCKS.has(name);
      const cell = name === 'TD' || name === 'TH';
      if (cell) cellDepth++;
      if (block) {
        flush();
        const id = node.getAttribute?.('id');
        if (id && targets.has(id)) bodyN = targets.get(id) ?? null;
      }
      for (const child of Array.from(node.childNodes)) visit(child);
      if (cell) cellDepth--;
      if (block) {
        if (cellDepth > 0 || cell) {
          if (LABEL_CELL.test(normaliseLine(buffer))) {
            // "—" or "A." alone in a cell (or in a <p> inside it): the unit's text follows in the next cell.
            carry = true;
            buffer = `${normaliseLine(buffer)} `;
            return;
          }
        }
        endBlock();
      }
      return;
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };

  visit(document);
  endBlock();
  while (lines.length > 0 && lines[lines.length - 1].text === '') lines.pop();
  return {
    lines,
    footnotes: [...footnotes.entries()].sort((a, b) => a[0] - b[0]).map(([n, text]) => ({ n, text })),
    callCount: expectedCall - 1,
  };
}
