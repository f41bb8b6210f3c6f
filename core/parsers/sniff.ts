import type { FormatDescriptor } from './types.js';

// The format descriptors and content sniffers of the formats whose parsers load large libraries (DOCX: jszip and
// mammoth; PDF: unpdf; HTML: linkedom). The registry in ./index.ts recognises a file with these alone and loads a
// parser's module only when a file of its format is read, so a command that reads none starts without them.
// They must agree with the parsers' own `format` and `sniff` (tests/core/parsers/lazy-registry.test.ts checks it).

function ascii(b: Uint8Array, from = 0, to = b.length): string {
  let s = '';
  for (let i = from; i < Math.min(to, b.length); i++) s += String.fromCharCode(b[i] < 0x80 ? b[i] : 0x3f);
  return s;
}

export const PDF_FORMAT: FormatDescriptor = { id: 'pdf', displayName: 'PDF', extensions: ['pdf'], mimeTypes: ['application/pdf'] };

/** A PDF header (`%PDF-`, ISO 32000-1 §7.5.2) within the first kilobyte, where readers look for it. */
export function sniffPdf(head: Uint8Array): boolean {
  return ascii(head, 0, 1024).includes('%PDF-');
}

export const DOCX_FORMAT: FormatDescriptor = {
  id: 'docx',
  displayName: 'Word document (DOCX)',
  extensions: ['docx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
};

/** A ZIP local file header (APPNOTE 4.3.7, signature 0x04034b50) whose first entries name Word parts. */
export function sniffDocx(head: Uint8Array): boolean {
  if (head.length < 4 || ((head[0] | (head[1] << 8) | (head[2] << 16) | (head[3] << 24)) >>> 0) !== 0x04034b50) return false;
  const s = ascii(head);
  // A Word file's first entries name its parts; a bare ZIP (or an XLSX, "xl/") does not.
  return s.includes('word/') || (s.includes('[Content_Types].xml') && !s.includes('xl/') && !s.includes('ppt/'));
}

export const HTML_FORMAT: FormatDescriptor = {
  id: 'html',
  displayName: 'HTML page',
  extensions: ['html', 'htm', 'xhtml'],
  mimeTypes: ['text/html', 'application/xhtml+xml'],
};

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|table)\b/i;

/** Markup that opens an HTML page (after a byte order mark, an XML declaration and comments). */
export function sniffHtml(head: Uint8Array): boolean {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return HTML_START.test(ascii(head, start, 2048));
}
