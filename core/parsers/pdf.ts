import { getDocumentProxy } from 'unpdf';
import { ParseError } from '../errors.js';
import type { ParsedDocument } from '../model/document.js';
import { callMarker } from './normalise.js';
import type { SourceLine } from './structure.js';
import { buildDocument } from './structure.js';
import type { DocumentParser, ParseOptions } from './types.js';
import { MAX_INPUT_BYTES } from './types.js';

/** A positioned run of text on a page, in PDF user space (y grows upwards). */
export interface PdfTextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

interface Placed extends PdfTextRun {
  /** Footnote number when this run is a superscript call. */
  call: number | null;
}

const SUPERSCRIPT_RATIO = 0.8;

function weightedMedianSize(runs: readonly PdfTextRun[]): number {
  const sized = runs.filter((r) => r.str.trim() !== '').map((r) => ({ size: Math.round(r.size * 10) / 10, weight: r.str.length }));
  sized.sort((a, b) => a.size - b.size);
  const total = sized.reduce((s, r) => s + r.weight, 0);
  let acc = 0;
  for (const r of sized) {
    acc += r.weight;
    if (acc * 2 >= total) return r.size;
  }
  return 0;
}

/**
 * Turns the text runs of the pages into lines in reading order. Runs are grouped into lines by baseline and
 * sorted by x; a gap wider than a fifth of the font size becomes a space. A short run of digits set smaller
 * than the body text and raised above the baseline, right after a word, is a footnote call and becomes
 * `callMarker(n)`. A vertical gap of more than 1.6 line heights, and a page break, become a blank line (so the
 * recogniser sees page-bottom footnote bodies as their own block). Pure and deterministic.
 */
export function runsToLines(pages: readonly (readonly PdfTextRun[])[]): SourceLine[] {
  const body = weightedMedianSize(pages.flat());
  const out: SourceLine[] = [];
  const push = (text: string) => {
    if (text === '' && (out.length === 0 || out[out.length - 1].text === '')) return;
    out.push({ text, line: out.length + 1 });
  };
  for (const runs of pages) {
    const placed: Placed[] = runs.filter((r) => r.str !== '').map((r) => ({ ...r, call: null }));
    const normal = placed.filter((r) => !(r.size < body * SUPERSCRIPT_RATIO && /^\s*\d{1,3}\s*$/.test(r.str)));
    const hosts = new Map<Placed, Placed>();
    for (const r of placed) {
      if (normal.includes(r)) continue;
      // A small number: a superscript call when it touches the end of a larger run whose baseline is just below.
      const host = normal.find(
        (h) =>
          h.size >= body * SUPERSCRIPT_RATIO &&
          r.y - h.y > 0.1 * h.size &&
          r.y - h.y < 0.7 * h.size &&
          Math.abs(r.x - (h.x + h.width)) < 0.35 * h.size &&
          /\S$/.test(h.str),
      );
      if (host) {
        r.call = Number(r.str.trim());
        hosts.set(r, host);
      } else {
        normal.push(r);
      }
    }
    // Lines: baselines within a third of the font size of each other.
    const sorted = [...normal].sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: { y: number; size: number; runs: Placed[] }[] = [];
    for (const r of sorted) {
      const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) / 3);
      if (line) {
        line.runs.push(r);
        line.size = Math.max(line.size, r.size);
      } else {
        lines.push({ y: r.y, size: r.size, runs: [r] });
      }
    }
    for (const [call, host] of hosts) lines.find((l) => l.runs.includes(host))?.runs.push(call);
    lines.sort((a, b) => b.y - a.y);
    let prevY: number | null = null;
    for (const line of lines) {
      if (prevY !== null && prevY - line.y > 1.6 * line.size) push('');
      prevY = line.y;
      line.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const r of line.runs) {
        if (r.call !== null) {
          text = text.replace(/\s+$/, '') + callMarker(r.call);
        } else {
          const gap = r.x - end;
          if (text !== '' && gap > 0.2 * r.size && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
          text += r.str;
        }
        end = Math.max(end, r.x + r.width);
      }
      push(text.trim());
    }
    push('');
  }
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();
  return out;
}

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

async function readRuns(input: Uint8Array): Promise<PdfTextRun[][]> {
  // pdf.js takes ownership of the buffer it is given; parse a copy so the caller's bytes stay intact.
  const pdf = await getDocumentProxy(input.slice(), { verbosity: 0 });
  try {
    const pages: PdfTextRun[][] = [];
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
      pages.push(runs);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * PDF files with a text layer (unpdf's build of pdf.js, which needs no Node built-ins and runs in a browser).
 * Lines come from `runsToLines`; the structure recogniser (format 'pdf') then removes page furniture, collects
 * page-bottom footnote bodies and splits calls glued to words and years.
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
    if (input.length === 0) throw new ParseError('pdf', 'the file is empty', { code: 'empty-input', location });
    if (input.length > MAX_INPUT_BYTES) {
      throw new ParseError('pdf', `the file is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
        code: 'too-large',
        location,
      });
    }
    if (!this.sniff(input.subarray(0, 1024))) {
      throw new ParseError('pdf', 'not a PDF (no %PDF- header)', { code: 'parse', location });
    }
    // ISO 32000-1 §7.5.5: a PDF ends with %%EOF. pdf.js repairs cut files silently, so check before it does.
    if (!asciiOf(input.subarray(Math.max(0, input.length - 1024))).includes('%%EOF')) {
      throw new ParseError('pdf', 'the PDF is truncated (it does not end with %%EOF); download it again', { code: 'parse', location });
    }
    let pages: PdfTextRun[][];
    try {
      pages = await readRuns(input);
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
      const problem = name === 'PasswordException' ? 'the PDF is password-protected; save an unprotected copy' : `not a readable PDF (${detail})`;
      throw new ParseError('pdf', problem, { code: 'parse', location, cause: e });
    }
    if (!pages.some((runs) => runs.some((r) => r.str.trim() !== ''))) {
      throw new ParseError('pdf', `the PDF (${pages.length} page${pages.length === 1 ? '' : 's'}) has no text layer (a scan?); run OCR first`, {
        code: 'no-text-layer',
        location,
      });
    }
    return buildDocument({
      lines: runsToLines(pages),
      format: 'pdf',
      fileName: options.fileName,
      lang: options.lang,
      official: options.official,
      allowUnstructured: options.allowUnstructured,
    });
  },
};
