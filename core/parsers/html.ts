import { ParseError } from '../errors.js';
import type { ParsedDocument } from '../model/document.js';
import type { TextEncodingName } from './decode.js';
import { decodeSingleByte, decodeText, decodeUtf8Strict } from './decode.js';
import { htmlToBlocks } from './html-blocks.js';
import { buildDocument } from './structure.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

/**
 * Charset labels as pages declare them → the decoder we use. The WHATWG Encoding standard maps ISO-8859-1,
 * Latin-1 and ASCII labels to Windows-1252, and browsers do the same.
 */
const CHARSETS: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'windows-1250': 'windows-1250',
  'cp1250': 'windows-1250',
  'x-cp1250': 'windows-1250',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-2': 'iso-8859-2',
  'iso8859-2': 'iso-8859-2',
  latin2: 'iso-8859-2',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'iso-8859-7': 'iso-8859-7',
  greek: 'iso-8859-7',
};

/** The charset a page declares in its first 4 KB (`<meta charset>`, `http-equiv` Content-Type or the XML prolog). */
export function declaredCharset(head: Uint8Array): string | null {
  let ascii = '';
  for (let i = 0; i < Math.min(head.length, 4096); i++) ascii += String.fromCharCode(head[i] < 0x80 ? head[i] : 0x3f);
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(ascii) ?? /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(ascii);
  return m ? m[1].toLowerCase() : null;
}

function decodeHtml(bytes: Uint8Array, fileName: string | undefined, forced: ParseOptions['encoding']): string {
  const location = fileName ? { file: fileName } : undefined;
  if (forced) return decodeText(bytes, fileName, forced).text;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8Strict(bytes, 3);
    if (text === null) throw new ParseError('html', 'the page starts with a UTF-8 mark but is not valid UTF-8', { code: 'encoding', location, params: { variant: 'utf-8-bom' } });
    return text;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeText(bytes, fileName).text;
  const label = declaredCharset(bytes);
  if (label === null) {
    try {
      return decodeText(bytes, fileName).text;
    } catch (e) {
      if (e instanceof ParseError) {
        const prefix = fileName ? `${fileName}: ` : '';
        const problem = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
        throw new ParseError('html', problem, { code: e.code, location, cause: e, params: e.params });
      }
      throw e;
    }
  }
  const encoding = CHARSETS[label];
  if (!encoding) {
    throw new ParseError('html', `the page declares the charset "${label}", which Concordia does not read; save it as UTF-8`, {
      code: 'encoding',
      location,
      params: { variant: 'charset', charset: label },
    });
  }
  if (encoding === 'utf-8') {
    const text = decodeUtf8Strict(bytes);
    if (text === null) throw new ParseError('html', 'the page declares UTF-8 but its bytes are not valid UTF-8', { code: 'encoding', location, params: { variant: 'declared-utf-8' } });
    return text;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeText(bytes, fileName).text;
  return decodeSingleByte(bytes, encoding);
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|table)\b/i;

/**
 * HTML pages: EP doceo "Texts adopted" pages (a table or a <p> per unit, "(1)" footnote links, notes listed at
 * the end) and EUR-Lex OJ pages (`oj-normal` paragraphs, "—" cells, `oj-super` calls, `oj-note` bodies).
 * Scripts, styles and navigation are ignored; the charset comes from the page's declaration (UTF-8,
 * Windows-1250/1252, ISO-8859-2, Windows-1251, ISO-8859-7) or, when it has none, from the bytes.
 * Deterministic. @throws ParseError `encoding` for undecodable bytes, `no-structure` / `empty-input` from the
 * structure recogniser.
 */
export const htmlParser: DocumentParser = {
  format: {
    id: 'html',
    displayName: 'HTML page',
    extensions: ['html', 'htm', 'xhtml'],
    mimeTypes: ['text/html', 'application/xhtml+xml'],
  },
  sniff(head: Uint8Array): boolean {
    let start = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
    let ascii = '';
    for (let i = start; i < Math.min(head.length, 2048); i++) ascii += String.fromCharCode(head[i] < 0x80 ? head[i] : 0x3f);
    return HTML_START.test(ascii);
  },
  async parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
    const location = options.fileName ? { file: options.fileName } : undefined;
    if (input.length === 0) throw new ParseError('html', 'the file is empty', { code: 'empty-input', location, params: {} });
    if (input.length > MAX_INPUT_BYTES) {
      throw new ParseError('html', `the file is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
        code: 'too-large',
        params: { size: (input.length / 1048576).toFixed(1), limit: MAX_INPUT_BYTES / 1048576 },
        location,
      });
    }
    const html = decodeHtml(input, options.fileName, options.encoding);
    const blocks = htmlToBlocks(html);
    return buildDocument({
      lines: blocks.lines,
      format: 'html',
      fileName: options.fileName,
      lang: options.lang,
      official: options.official,
      allowUnstructured: options.allowUnstructured,
      footnotes: blocks.footnotes,
    });
  },
};
