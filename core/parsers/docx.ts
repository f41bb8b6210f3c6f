import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ParseError } from '../errors.js';
import type { ParsedDocument } from '../model/document.js';
import { htmlToBlocks } from './html-blocks.js';
import { joinTypedNoteParagraphs } from './docx-html.js';
import { joinNoteParagraphs, markRaisedRuns, readCharacterStyles, unwrapSimpleFields } from './docx-xml.js';
import { buildDocument } from './structure.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/**
 * Whether the ZIP container is whole: its end-of-central-directory record (APPNOTE 4.3.16) exists within the last
 * 64 KB and points at a central directory inside the file. A DOCX cut short in a download fails this.
 */
export function isWholeZip(b: Uint8Array): boolean {
  if (b.length < 22 || u32(b, 0) !== 0x04034b50) return false;
  const lowest = Math.max(0, b.length - 22 - 65535);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (u32(b, at) !== EOCD_SIGNATURE) continue;
    const size = u32(b, at + 12);
    const offset = u32(b, at + 16);
    return offset + size <= at && u32(b, offset) === CENTRAL_SIGNATURE;
  }
  return false;
}

/**
 * A typed footnote separator ("_______________", "-----"), which translators put above a footnote list typed at
 * the end of the text: not text, and left in it would glue onto the closing paragraph.
 */
const SEPARATOR_LINE = /^(?=.*[_\-–—‐=*]{3})[_\-–—‐=*.·\s]+$/;

/** Relationship types (ECMA-376 Part 1 §11.3.10, §11.3.7, §11.3.4) of the parts holding runs of text. */
const MAIN_REL = /\/officeDocument$/;
const NOTES_REL = /\/(?:footnotes|endnotes)$/;

/** The targets of the relationships of one type in a .rels part, as ZIP entry names relative to `base`. */
function relTargets(relsXml: string, type: RegExp, base: string): string[] {
  const out: string[] = [];
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const typeAttr = /\sType\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? '';
    const target = /\sTarget\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    if (!target || !type.test(typeAttr) || /\sTargetMode\s*=\s*"External"/.test(m[1])) continue;
    const parts = (target.startsWith('/') ? target.slice(1) : `${base}${target}`).split('/');
    const resolved: string[] = [];
    for (const part of parts) {
      if (part === '..') resolved.pop();
      else if (part !== '.' && part !== '') resolved.push(part);
    }
    out.push(resolved.join('/'));
  }
  return out;
}

/**
 * Opens the ZIP, applies the rewrites of docx-xml.ts (simple fields → their result, raised runs → superscript,
 * character-style superscript onto runs, several-paragraph notes joined) to the main document, footnotes and endnotes, and writes a new ZIP
 * for mammoth. A part that is not UTF-8 XML is passed on untouched. @throws whatever JSZip throws for a
 * damaged container (the caller turns it into a ParseError).
 */
async function rewriteDocx(input: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(input);
  const text = async (name: string): Promise<string | null> => {
    const file = zip.file(name);
    if (!file) return null;
    const bytes = await file.async('uint8array');
    // ECMA-376 Part 2 allows UTF-16 parts; those keep their bytes (mammoth reads them as they are).
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
    return new TextDecoder('utf-8').decode(bytes);
  };
  // The main part is named by the package relationships (usually word/document.xml), the notes parts by its own.
  const main = relTargets((await text('_rels/.rels')) ?? '', MAIN_REL, '')[0] ?? 'word/document.xml';
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const mainRels = (await text(`${dir}_rels/${main.slice(dir.length)}.rels`)) ?? '';
  const notes = new Set(relTargets(mainRels, NOTES_REL, dir));
  const stylesPart = relTargets(mainRels, /\/styles$/, dir)[0] ?? `${dir}styles.xml`;
  const styles = readCharacterStyles((await text(stylesPart)) ?? '');
  for (const name of [main, ...notes]) {
    const xml = await text(name);
    if (xml === null) continue;
    let rewritten = markRaisedRuns(unwrapSimpleFields(xml), styles);
    if (notes.has(name)) rewritten = joinNoteParagraphs(rewritten);
    if (rewritten !== xml) zip.file(name, rewritten);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/**
 * Word documents (DOCX). Raised runs and style superscripts become superscript runs first (see rewriteDocx;
 * LibreOffice writes calls as `w:position` raises, which mammoth ignores). mammoth turns the document into HTML — superscript runs as <sup>, footnote references
 * as `<sup><a href="#footnote-n">[n]</a></sup>`, footnotes as a closing list — and the HTML block walker and the
 * structure recogniser do the rest, as for HTML pages. Headers and footers are not part of mammoth's output, so
 * page furniture there never reaches the text; furniture typed into the body is removed by the recogniser.
 * Runs in Node and in the browser (mammoth reads `buffer` in Node and `arrayBuffer` in its browser build).
 * Deterministic. @throws ParseError `parse` for a damaged ZIP or a ZIP that is not a Word document, and the
 * recogniser's `no-structure` / `empty-input`.
 */
export const docxParser: DocumentParser = {
  format: {
    id: 'docx',
    displayName: 'Word document (DOCX)',
    extensions: ['docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  sniff(head: Uint8Array): boolean {
    if (head.length < 4 || u32(head, 0) !== 0x04034b50) return false;
    let ascii = '';
    for (let i = 0; i < head.length; i++) ascii += String.fromCharCode(head[i] < 0x80 ? head[i] : 0x3f);
    // A Word file's first entries name its parts; a bare ZIP (or an XLSX, "xl/") does not.
    return ascii.includes('word/') || (ascii.includes('[Content_Types].xml') && !ascii.includes('xl/') && !ascii.includes('ppt/'));
  },
  async parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
    const location = options.fileName ? { file: options.fileName } : undefined;
    if (input.length === 0) throw new ParseError('docx', 'the file is empty', { code: 'empty-input', location, params: {} });
    if (input.length > MAX_INPUT_BYTES) {
      throw new ParseError('docx', `the file is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
        code: 'too-large',
        params: { size: (input.length / 1048576).toFixed(1), limit: MAX_INPUT_BYTES / 1048576 },
        location,
      });
    }
    if (!isWholeZip(input)) {
      throw new ParseError('docx', 'not a valid DOCX (the ZIP container is damaged)', { code: 'parse', location, params: { variant: 'docx-zip' } });
    }
    let html: string;
    try {
      const copy = (await rewriteDocx(input)).slice();
      const result = await mammoth.convertToHtml(
        // Node's mammoth reads `buffer` (any Uint8Array works), its browser build `arrayBuffer`.
        { arrayBuffer: copy.buffer, buffer: copy } as unknown as { arrayBuffer: ArrayBuffer },
        { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true },
      );
      html = result.value;
    } catch (e) {
      const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new ParseError('docx', `not a valid DOCX (${detail})`, { code: 'parse', location, cause: e, params: { variant: 'docx', detail } });
    }
    const blocks = htmlToBlocks(joinTypedNoteParagraphs(html));
    return buildDocument({
      lines: blocks.lines.filter((l) => !SEPARATOR_LINE.test(l.text)),
      format: 'docx',
      fileName: options.fileName,
      lang: options.lang,
      official: options.official,
      allowUnstructured: options.allowUnstructured,
      footnotes: blocks.footnotes,
    });
  },
};
