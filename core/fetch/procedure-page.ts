import type { DocumentReference, ProcedureReference } from './reference.js';
import { formatReference, parseReference } from './reference.js';

/** What the Legislative Observatory lists for a procedure, by kind, in page order, without duplicates. */
export interface ProcedureDocuments {
  readonly procedure: string;
  readonly title: string | null;
  readonly textsAdopted: readonly DocumentReference[];
  readonly jointMotions: readonly DocumentReference[];
  readonly motions: readonly DocumentReference[];
  readonly reports: readonly DocumentReference[];
}

// Identifiers as OEIL prints them (T9-0012/2022, RC-B9-0065/2022, B9-0065/2022, A9-0001/2022), as other EP pages
// print them (P9_TA(2022)0012), and inside doceo links (TA-9-2022-0012_EN.html). The look-behind keeps
// "B9-0065/2022" from matching inside "RC-B9-0065/2022".
const TOKEN =
  /(?<![A-Z0-9_-])(P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{1,4}|TA-\d{1,2}-\d{4}-\d{1,4}|T\d{1,2}-\d{1,4}\/\d{4}|RC-B\d{1,2}-\d{1,4}\/\d{4}|RC-\d{1,2}-\d{4}-\d{1,4}|B\d{1,2}-\d{1,4}\/\d{4}|B-\d{1,2}-\d{4}-\d{1,4}|A\d{1,2}-\d{1,4}\/\d{4}|A-\d{1,2}-\d{4}-\d{1,4}|5\d{4}IP\d{4})(?!\d)/g;

function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u202F]/g, ' ');
}

function pageTitle(html: string, procedure: string): string | null {
  // OEIL puts the procedure title in a heading after the reference; take the first heading that is not the number.
  for (const m of html.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/gi)) {
    const text = decode(m[1].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text && text !== procedure && !/^(key players|key events|documentation gateway|technical information)$/i.test(text)) return text;
  }
  return null;
}

/**
 * Reads a Legislative Observatory procedure page (`/oeil/popups/ficheprocedure.do?reference=…`) and lists the
 * documents it cites: texts adopted, joint motions, motions and reports, in page order. Returns null when the
 * page does not mention the procedure (OEIL answers an unknown reference with a search page). Pure.
 */
export function parseProcedurePage(html: string, procedure: ProcedureReference): ProcedureDocuments | null {
  const text = decode(html).toUpperCase();
  const proc = formatReference(procedure);
  if (!text.includes(proc)) return null;
  const seen = new Set<string>();
  const lists: Record<DocumentReference['kind'], DocumentReference[]> = { 'texts-adopted': [], 'joint-motion': [], motion: [], report: [] };
  for (const m of text.matchAll(TOKEN)) {
    let ref;
    try {
      ref = parseReference(m[1]);
    } catch {
      continue; // a token with an impossible term/year is not one of this procedure's documents
    }
    if (ref.kind === 'procedure') continue;
    const key = formatReference(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    lists[ref.kind].push(ref);
  }
  return {
    procedure: proc,
    title: pageTitle(html, proc),
    textsAdopted: lists['texts-adopted'],
    jointMotions: lists['joint-motion'],
    motions: lists.motion,
    reports: lists.report,
  };
}

/**
 * The document to fetch for a procedure: the text adopted when there is one, else the joint motion; null when the
 * page lists neither (only group motions or reports, which the caller names in its message). Pure.
 */
export function primaryDocument(docs: ProcedureDocuments): DocumentReference | null {
  return docs.textsAdopted[0] ?? docs.jointMotions[0] ?? null;
}
