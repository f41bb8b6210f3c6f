import { ParseError } from '../errors.js';
import type { ParsedDocument } from '../model/document.js';
import { decodeText } from './decode.js';
import { buildDocument } from './structure.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

/**
 * Plain text: clean text copied from EP/EUR-Lex pages, and text extracted from DOCX or PDF with its page
 * furniture, page-bottom footnote bodies and calls glued to words and years.
 */
export const txtParser: DocumentParser = {
  format: {
    id: 'txt',
    displayName: 'Plain text',
    extensions: ['txt', 'text'],
    mimeTypes: ['text/plain'],
  },
  sniff(head: Uint8Array): boolean {
    // Text has no magic number: accept anything without NUL bytes in its first kilobyte.
    return !head.subarray(0, 1024).includes(0);
  },
  async parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
    if (input.length > MAX_INPUT_BYTES) {
      throw new ParseError('txt', `the file is ${Math.round(input.length / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
        code: 'too-large',
        params: { size: Math.round(input.length / 1048576), limit: MAX_INPUT_BYTES / 1048576 },
        location: options.fileName ? { file: options.fileName } : undefined,
      });
    }
    const decoded = decodeText(input, options.fileName, options.encoding);
    const lines = decoded.text.split(/\r\n|\n|\r/).map((text, i) => ({ text, line: i + 1 }));
    const doc = buildDocument({
      lines,
      format: 'txt',
      fileName: options.fileName,
      lang: options.lang,
      official: options.official,
      allowUnstructured: options.allowUnstructured,
    });
    if (decoded.encoding !== 'utf-8') {
      return {
        ...doc,
        warnings: [...doc.warnings, { code: 'encoding', message: `decoded as ${decoded.encoding}`, params: { encoding: decoded.encoding } }],
      };
    }
    return doc;
  },
};
