import { invariant } from '../errors.js';
import type { LangCode } from '../model/language.js';
import type { DocumentReference, ProcedureReference } from './reference.js';
import { celexNumber, doceoId, formatReference } from './reference.js';

/** The two sites Concordia downloads from. Settings; the defaults are the public addresses. */
export interface SiteBases {
  /** European Parliament: doceo documents and the Legislative Observatory. */
  readonly ep: string;
  /** EUR-Lex. */
  readonly eurlex: string;
}

export const DEFAULT_BASES: SiteBases = {
  ep: 'https://www.europarl.europa.eu',
  eurlex: 'https://eur-lex.europa.eu',
};

export type Site = keyof SiteBases;
export type DownloadFormat = 'html' | 'docx' | 'pdf';

export interface CandidateUrl {
  readonly url: string;
  readonly site: Site;
  readonly format: DownloadFormat;
  /** The file name the download is stored under: TA-9-2022-0012_RO.html, 52022IP0012_RO.pdf. */
  readonly fileName: string;
}

const FORMAT_ORDER: readonly DownloadFormat[] = ['html', 'docx', 'pdf'];

function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

/**
 * Candidate addresses for one language version, in the order to try them: every HTML first (EP doceo, then
 * EUR-Lex), then DOCX (doceo), then PDF (doceo, then EUR-Lex). EUR-Lex only has texts adopted (by CELEX). A CELEX
 * number of an election year gives doceo addresses for both terms. Pure and deterministic; a base may carry a
 * path prefix (a mirror).
 */
export function buildUrls(ref: DocumentReference, lang: LangCode, bases: SiteBases = DEFAULT_BASES): readonly CandidateUrl[] {
  invariant(ref.terms.length > 0, 'a document reference has at least one term');
  const L = lang.toUpperCase();
  const ep = trimBase(bases.ep);
  const eurlex = trimBase(bases.eurlex);
  const celex = celexNumber(ref);
  const out: CandidateUrl[] = [];
  for (const format of FORMAT_ORDER) {
    for (const term of ref.terms) {
      const id = doceoId(ref, term);
      out.push({ url: `${ep}/doceo/document/${id}_${L}.${format}`, site: 'ep', format, fileName: `${id}_${L}.${format}` });
    }
    if (celex && format !== 'docx') {
      const view = format === 'html' ? 'HTML' : 'PDF';
      out.push({
        url: `${eurlex}/legal-content/${L}/TXT/${view}/?uri=CELEX:${celex}`,
        site: 'eurlex',
        format,
        fileName: `${celex}_${L}.${format}`,
      });
    }
  }
  return out;
}

/** The Legislative Observatory page of a procedure ("fiche de procédure"), in English. Pure. */
export function procedureUrl(ref: ProcedureReference, bases: SiteBases = DEFAULT_BASES): string {
  return `${trimBase(bases.ep)}/oeil/popups/ficheprocedure.do?reference=${formatReference(ref)}&l=en`;
}

/**
 * The `sourceUrl` stored with an imported version: the address and the UTC time it was fetched, as
 * "https://… (fetched 2024-05-01T10:00:00.000Z)". `parseSourceUrl` reads it back.
 */
export function formatSourceUrl(url: string, fetchedAt: Date): string {
  return `${url} (fetched ${fetchedAt.toISOString()})`;
}

/** Reads a value written by formatSourceUrl; a bare address gives `fetchedAt: null`. Pure. */
export function parseSourceUrl(value: string): { readonly url: string; readonly fetchedAt: string | null } {
  const m = /^(\S+) \(fetched ([^)]+)\)$/.exec(value.trim());
  return m ? { url: m[1], fetchedAt: m[2] } : { url: value.trim(), fetchedAt: null };
}
