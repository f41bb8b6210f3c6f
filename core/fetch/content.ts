import { missingCase } from '../errors.js';
import type { ErrorParams } from '../errors.js';
import type { DocumentReference } from './reference.js';
import { identifierForms } from './reference.js';
import type { DownloadFormat } from './urls.js';

/** Media types each format may arrive with. octet-stream and zip are what some mirrors send for binaries. */
const ACCEPTED_TYPES: Readonly<Record<DownloadFormat, readonly string[]>> = {
  html: ['text/html', 'application/xhtml+xml'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream', 'application/zip', 'application/msword'],
  pdf: ['application/pdf', 'application/x-pdf', 'application/octet-stream'],
};

const FORMAT_NAMES: Readonly<Record<DownloadFormat, string>> = { html: 'an HTML page', docx: 'a DOCX file', pdf: 'a PDF file' };

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** What the first bytes are, whatever the header says. */
function sniff(head: Uint8Array): 'pdf' | 'zip' | 'markup' | 'other' {
  if (startsWith(head, '%PDF-')) return 'pdf';
  if (startsWith(head, 'PK\u0003\u0004')) return 'zip';
  let i = 0;
  if (startsWith(head, '\u00EF\u00BB\u00BF')) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return head[i] === 0x3c /* < */ ? 'markup' : 'other';
}

/** A content problem in English with the values it names, for the UI (`errors.fetch_<variant>`). */
export interface ContentProblem {
  readonly message: string;
  /** `variant` plus `format` (HTML, DOCX, PDF) and, for a wrong type, `type` as the server sent it. */
  readonly params: ErrorParams;
}

/**
 * Checks that a response body is the format that was asked for, by its Content-Type and its first bytes: an HTML
 * error page served for a .pdf, or a PDF served for a .html, is refused. Returns the problem (English message and
 * params), or null. Pure and deterministic.
 */
export function contentProblem(format: DownloadFormat, contentType: string | null, head: Uint8Array): ContentProblem | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const kind = sniff(head);
  const name = format.toUpperCase();
  if (type && !ACCEPTED_TYPES[format].includes(type)) {
    // A text/html answer for a binary is usually the site's error or notice page: a wording of its own says so.
    const page = type === 'text/html';
    return {
      message: `wrong content type: expected ${FORMAT_NAMES[format]}, the server sent ${type}${page ? ' (an error or notice page?)' : ''}`,
      params: page ? { variant: 'wrong-type-page', format: name, type } : { variant: 'wrong-type', format: name, type },
    };
  }
  const markup = kind === 'markup';
  switch (format) {
    case 'html':
      return kind === 'markup' ? null : { message: `wrong content: expected ${FORMAT_NAMES.html}, the body does not start with markup`, params: { variant: 'not-markup', format: name } };
    case 'docx':
      return kind === 'zip'
        ? null
        : {
            message: `wrong content: expected ${FORMAT_NAMES.docx}, the body is not a ZIP package${markup ? ' but markup (an error page?)' : ''}`,
            params: markup ? { variant: 'not-zip-markup', format: name } : { variant: 'not-zip', format: name },
          };
    case 'pdf':
      return kind === 'pdf'
        ? null
        : {
            message: `wrong content: expected ${FORMAT_NAMES.pdf}, the body does not start with %PDF-${markup ? ' but with markup (an error page?)' : ''}`,
            params: markup ? { variant: 'not-pdf-markup', format: name } : { variant: 'not-pdf', format: name },
          };
    default:
      return missingCase(format);
  }
}

/** contentProblem's English message alone, or null. Pure and deterministic. */
export function checkContent(format: DownloadFormat, contentType: string | null, head: Uint8Array): string | null {
  return contentProblem(format, contentType, head)?.message ?? null;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', ndash: '-', mdash: '-', hyphen: '-', amp: '&', lpar: '(', rpar: ')', sol: '/' };

/** Enough decoding to find identifiers in markup: numeric and a few named entities, Unicode hyphens, case. */
function searchableText(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&([a-z]+);/gi, (all, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? all)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u202F]/g, ' ')
    .toUpperCase();
}

/**
 * True when an HTML page names the document in one of its forms (doceo id, P9_TA(…), T9-…/…, CELEX, or the procedure
 * number when known). Guards against a 200 page that is a notice, a search result or another document. Pure.
 */
export function mentionsDocument(html: string, ref: DocumentReference, procedure?: string | null): boolean {
  const text = searchableText(html);
  const forms = [...identifierForms(ref), ...(procedure ? [procedure] : [])];
  return forms.some((f) => text.includes(f.toUpperCase()));
}
