import { getDocumentProxy } from 'unpdf';
import { ParseError } from '../errors.js';
import type { ParsedDocument } from '../model/document.js';
import type { PdfPage, PdfTextRun } from './pdf-layout.js';
import { layoutPages } from './pdf-layout.js';
import { buildDocument } from './structure.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

export type { PdfPage, PdfTextRun } from './pdf-layout.js';

function asciiOf(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i] < 0x80 ? b[i] : 0x3f);
  return s;
}

interface PdfTextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

async function readPages(input: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of the buffer it is given; parse a copy so the caller's bytes stay intact.
  const pdf = await getDocumentProxy(input.slice(), { verbosity: 0 });
  try {
    const pages: PdfPage[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items as readonly (PdfTextItemLike | { type: string })[]) {
        if (!('str' in item)) continue;
        const t = item.transform;
        const size = Math.hypot(t[2], t[3]) || item.height;
        runs.push({ str: item.str, x: t[4], y: t[5], width: item.width, size });
      }
      // view = [x0, y0, x1, y1] of the page box in user space (ISO 32000-1 §14.11.2).
      const view = (page as unknown as { view?: number[] }).view;
      pages.push(view && view.length === 4 ? { runs, box: { bottom: Math.min(view[1], view[3]), top: Math.max(view[1], view[3]) } } : { runs });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * PDF files with a text layer (unpdf's build of pdf.js, which needs no Node built-ins and runs in a browser).
 * Lines come from `layoutPages` (pdf-layout.ts), which removes running headers, footers and page numbers by
 * position and repetition and collects page-bottom footnote bodies whole; the structure recogniser (format
 * 'pdf') then removes the EP furniture it knows, finds footnote bodies the layout left in the text, and splits
 * calls glued to words and years.
 * Deterministic. @throws ParseError `parse` for a truncated or unreadable PDF, `no-text-layer` for a scan,
 * and the recogniser's `no-structure` / `empty-input`.
 */
export const pdfParser: DocumentParser = {
  format: {
    id: 'pdf',
    displayName: 'PDF',
    extensions: ['pdf'],
    mimeTypes: ['application/pdf'],
  },
  sniff(head: Uint8Array): boolean {
    return asciiOf(head.subarray(0, 1024)).includes('%PDF-');
  },
  async parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
    const location = options.fileName ? { file: options.fileName } : undefined;
    if (input.length === 0) throw new ParseError('pdf', 'the file is empty', { code: 'empty-input', location, params: {} });
    if (input.length > MAX_INPUT_BYTES) {
      throw new ParseError('pdf', `the file is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
        code: 'too-large',
        params: { size: (input.length / 1048576).toFixed(1), limit: MAX_INPUT_BYTES / 1048576 },
        location,
      });
    }
    if (!this.sniff(input.subarray(0, 1024))) {
      throw new ParseError('pdf', 'not a PDF (no %PDF- header)', { code: 'parse', location, params: { variant: 'pdf-header' } });
    }
    // ISO 32000-1 §7.5.5: a PDF ends with %%EOF. pdf.js repairs cut files silently, so check before it does.
    if (!asciiOf(input.subarray(Math.max(0, input.length - 1024))).includes('%%EOF')) {
      throw new ParseError('pdf', 'the PDF is truncated (it does not end with %%EOF); download it again', { code: 'parse', location, params: { variant: 'pdf-truncated' } });
    }
    let pages: PdfPage[];
    try {
      pages = await readPages(input);
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
      const problem = name === 'PasswordException' ? 'the PDF is password-protected; save an unprotected copy' : `not a readable PDF (${detail})`;
      throw new ParseError('pdf', problem, {
        code: 'parse',
        location,
        cause: e,
        params: name === 'PasswordException' ? { variant: 'pdf-password' } : { variant: 'pdf', detail },
      });
    }
    if (!pages.some((p) => p.runs.some((r) => r.str.trim() !== ''))) {
      throw new ParseError('pdf', `the PDF (${pages.length} page${pages.length === 1 ? '' : 's'}) has no text layer (a scan?); run OCR first`, {
        code: 'no-text-layer',
        location,
        params: { pages: pages.length },
      });
    }
    const layout = layoutPages(pages);
    return buildDocument({
      lines: layout.lines,
      footnotes: layout.footnotes ?? undefined,
      format: 'pdf',
      fileName: options.fileName,
      lang: options.lang,
      official: options.official,
      allowUnstructured: options.allowUnstructured,
    });
  },
};
