import { ParseError, UnsupportedFormatError } from '../errors.js';
import type { ParsedDocument, SourceFormat } from '../model/document.js';
import { DOCX_FORMAT, HTML_FORMAT, PDF_FORMAT, sniffDocx, sniffHtml, sniffPdf } from './sniff.js';
import { tmxParser } from './tmx.js';
import { txtParser } from './txt.js';
import { xliffParser } from './xliff.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

export type { DocumentParser, FormatDescriptor, ParseOptions } from './types.js';
export { MAX_INPUT_BYTES } from './types.js';
export { buildDocument, joinLines } from './structure.js';
export type { SourceLine, StructureInput } from './structure.js';
export { callMarker } from './normalise.js';
export { decodeText } from './decode.js';

/**
 * A parser whose module is imported the first time a file of its format is read: the DOCX, PDF and HTML parsers
 * pull in large libraries (jszip and mammoth, unpdf, linkedom) that would otherwise load, and cost start-up time,
 * in every program that reads any file. Recognising the format needs only the descriptor and sniffer.
 */
function lazyParser(format: DocumentParser['format'], sniff: (head: Uint8Array) => boolean, load: () => Promise<DocumentParser>): DocumentParser {
  let loaded: Promise<DocumentParser> | null = null;
  return {
    format,
    sniff,
    async parse(input, options) {
      loaded ??= load();
      return (await loaded).parse(input, options);
    },
  };
}

/**
 * The parser registry, keyed by format id. Explicit: a new format is one module plus one line here.
 * Order matters for sniffing: formats with a magic number come before plain text.
 */
export const PARSERS: Partial<Record<SourceFormat, DocumentParser>> = {
  pdf: lazyParser(PDF_FORMAT, sniffPdf, async () => (await import('./pdf.js')).pdfParser),
  docx: lazyParser(DOCX_FORMAT, sniffDocx, async () => (await import('./docx.js')).docxParser),
  html: lazyParser(HTML_FORMAT, sniffHtml, async () => (await import('./html.js')).htmlParser),
  tmx: tmxParser,
  xliff: xliffParser,
  txt: txtParser,
};

const SNIFF_ORDER: readonly SourceFormat[] = ['pdf', 'docx', 'tmx', 'xliff', 'html', 'txt'];

function extensionOf(fileName: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '');
  return m ? m[1].toLowerCase() : '';
}

/** Picks the format from the content first, then the file extension. @throws UnsupportedFormatError. */
export function detectFormat(input: Uint8Array, fileName?: string): SourceFormat {
  const head = input.subarray(0, 4096);
  for (const id of SNIFF_ORDER) {
    const parser = PARSERS[id];
    if (parser && id !== 'txt' && parser.sniff(head)) return id;
  }
  const ext = extensionOf(fileName);
  for (const parser of Object.values(PARSERS)) {
    if (parser && parser.format.extensions.includes(ext)) return parser.format.id;
  }
  if (PARSERS.txt?.sniff(head)) return 'txt';
  throw new UnsupportedFormatError(`${fileName ?? 'input'}: not a format Concordia reads (TXT, DOCX, HTML, PDF, TMX, XLIFF)`, { params: {} });
}

/**
 * Parses a language version from bytes, choosing the parser by content and extension unless `format` is given.
 * @throws ParseError or UnsupportedFormatError naming the file and the problem.
 */
export async function parseDocument(input: Uint8Array, options: ParseOptions & { format?: SourceFormat } = {}): Promise<ParsedDocument> {
  const location = options.fileName ? { file: options.fileName } : undefined;
  if (input.length === 0) throw new ParseError('txt', 'the file is empty', { code: 'empty-input', location, params: {} });
  if (input.length > MAX_INPUT_BYTES) {
    throw new ParseError(options.format ?? 'txt', `the file is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
      code: 'too-large',
      params: { size: (input.length / 1048576).toFixed(1), limit: MAX_INPUT_BYTES / 1048576 },
      location,
    });
  }
  const format = options.format ?? detectFormat(input, options.fileName);
  const parser = PARSERS[format];
  if (!parser) throw new UnsupportedFormatError(`${options.fileName ?? 'input'}: the ${format} format is not supported yet`, { params: { variant: 'not-yet', format } });
  return parser.parse(input, options);
}
