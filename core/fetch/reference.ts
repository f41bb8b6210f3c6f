import { InvalidInputError, missingCase } from '../errors.js';

/**
 * What a European Parliament reference names. `texts-adopted` is the resolution as voted (P9_TA(2022)0012), the
 * others are the documents before the vote: a joint motion (RC-B9-0065/2022), a group motion (B9-0065/2022), a
 * committee report (A9-0001/2022). A `procedure` (2022/2505(RSP)) names the whole file and is resolved to one of
 * the documents through the Legislative Observatory.
 */
export type DocumentKind = 'texts-adopted' | 'joint-motion' | 'motion' | 'report';

export interface DocumentReference {
  readonly kind: DocumentKind;
  /** Parliamentary term, best guess first; a CELEX number of a year in which two terms sat gives two candidates. */
  readonly terms: readonly number[];
  readonly year: number;
  readonly number: number;
  /** CELEX document type for texts adopted: "IP" (resolutions) or "BP" (budget and discharge). */
  readonly celexType: 'IP' | 'BP';
}

export interface ProcedureReference {
  readonly kind: 'procedure';
  readonly year: number;
  readonly number: number;
  /** Three-letter procedure type: RSP, INI, COD, BUD, DEC, NLE … */
  readonly type: string;
}

export type Reference = DocumentReference | ProcedureReference;

/** Parliamentary terms and the calendar years in which they sat (a term starts and ends in July). */
const TERMS: readonly { readonly term: number; readonly from: number; readonly to: number }[] = [
  { term: 1, from: 1979, to: 1984 },
  { term: 2, from: 1984, to: 1989 },
  { term: 3, from: 1989, to: 1994 },
  { term: 4, from: 1994, to: 1999 },
  { term: 5, from: 1999, to: 2004 },
  { term: 6, from: 2004, to: 2009 },
  { term: 7, from: 2009, to: 2014 },
  { term: 8, from: 2014, to: 2019 },
  { term: 9, from: 2019, to: 2024 },
  { term: 10, from: 2024, to: 2029 },
  { term: 11, from: 2029, to: 2034 },
];

/** Terms that sat in `year`, newest first (two in an election year). */
export function termsOfYear(year: number): readonly number[] {
  return TERMS.filter((t) => year >= t.from && year <= t.to)
    .map((t) => t.term)
    .reverse();
}

// The identifiers alone are the UI's `forms` param; "or a … address" is worded by each locale.
const IDENTIFIER_FORMS =
  'P9_TA(2022)0012, TA-9-2022-0012, T9-0012/2022, CELEX 52022IP0012, RC-B9-0065/2022, RC-9-2022-0065, B9-0065/2022, ' +
  'B-9-2022-0065, A9-0001/2022, A-9-2022-0001, 2022/2505(RSP)';
const ACCEPTED_FORMS = `${IDENTIFIER_FORMS}, or a doceo or EUR-Lex address`;

/** Unicode hyphens, dashes and spaces that EP pages put inside identifiers ("B9‑0079/2022" with U+2011). */
function normaliseInput(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
    .replace(/[\u00A0\u2007\u202F\u2009]/g, ' ')
    .trim();
}

type Builder = (m: RegExpExecArray) => { kind: DocumentKind; term: number | null; year: number; number: number; celexType?: 'IP' | 'BP' } | ProcedureReference;

// Forms seen on doceo, OEIL, EUR-Lex and in footnotes (eu-format-facts §9). Whole-string patterns, upper case.
const PATTERNS: readonly { readonly re: RegExp; readonly build: Builder }[] = [
  // P9_TA(2022)0012, P9_TA-PROV(2022)0012
  { re: /^P(\d{1,2})_TA(?:-PROV)?\((\d{4})\)(\d{1,4})$/, build: (m) => ({ kind: 'texts-adopted', term: +m[1], year: +m[2], number: +m[3] }) },
  // P7-TA-2013-0350, P7_TA-PROV-2012-0364 (old "sides" addresses)
  { re: /^P(\d{1,2})[-_]TA(?:-PROV)?[-_](\d{4})[-_](\d{1,4})$/, build: (m) => ({ kind: 'texts-adopted', term: +m[1], year: +m[2], number: +m[3] }) },
  { re: /^TA-(\d{1,2})-(\d{4})-(\d{1,4})$/, build: (m) => ({ kind: 'texts-adopted', term: +m[1], year: +m[2], number: +m[3] }) },
  // T9-0012/2022: the Legislative Observatory's form
  { re: /^T(\d{1,2})-(\d{1,4})\/(\d{4})$/, build: (m) => ({ kind: 'texts-adopted', term: +m[1], year: +m[3], number: +m[2] }) },
  // CELEX sector 5 (preparatory acts), year, IP/BP, number: 52022IP0012
  { re: /^(?:CELEX\s*:?\s*)?5(\d{4})(IP|BP)(\d{4})$/, build: (m) => ({ kind: 'texts-adopted', term: null, year: +m[1], number: +m[3], celexType: m[2] as 'IP' | 'BP' }) },
  { re: /^RC-?B(\d{1,2})-(\d{1,4})\/(\d{4})$/, build: (m) => ({ kind: 'joint-motion', term: +m[1], year: +m[3], number: +m[2] }) },
  { re: /^RC-(\d{1,2})-(\d{4})-(\d{1,4})$/, build: (m) => ({ kind: 'joint-motion', term: +m[1], year: +m[2], number: +m[3] }) },
  { re: /^B(\d{1,2})-(\d{1,4})\/(\d{4})$/, build: (m) => ({ kind: 'motion', term: +m[1], year: +m[3], number: +m[2] }) },
  { re: /^B-(\d{1,2})-(\d{4})-(\d{1,4})$/, build: (m) => ({ kind: 'motion', term: +m[1], year: +m[2], number: +m[3] }) },
  { re: /^A(\d{1,2})-(\d{1,4})\/(\d{4})$/, build: (m) => ({ kind: 'report', term: +m[1], year: +m[3], number: +m[2] }) },
  { re: /^A-(\d{1,2})-(\d{4})-(\d{1,4})$/, build: (m) => ({ kind: 'report', term: +m[1], year: +m[2], number: +m[3] }) },
  { re: /^(\d{4})\/(\d{4})\(([A-Z]{3})\)$/, build: (m) => ({ kind: 'procedure', year: +m[1], number: +m[2], type: m[3] }) },
];

/** Pulls the identifier out of a pasted address: doceo `…/document/TA-9-2022-0012_RO.html`, EUR-Lex `…?uri=CELEX:52022IP0012`, OEIL `…?reference=2022/2505(RSP)`. */
function stripAddress(text: string): string {
  const doceo = /\/doceo\/document\/([A-Z0-9-]+?)(?:_[A-Z]{2})?(?:\.[A-Z]+)?(?:[?#].*)?$/i.exec(text);
  if (doceo) return doceo[1];
  const celex = /[?&]uri=CELEX(?::|%3A)([0-9A-Z]+)/i.exec(text);
  if (celex) return celex[1];
  const oeil = /[?&]reference=([^&#]+)/i.exec(text);
  if (oeil) return decodeURIComponent(oeil[1]);
  // A doceo file name typed by hand: TA-9-2022-0012_RO.html
  return text.replace(/_[A-Z]{2}(?:\.(?:HTML|DOCX|PDF))?$/i, '');
}

/**
 * Reads a reference to an EP text in any of the forms the EP and EUR-Lex print (see ACCEPTED_FORMS), ignoring
 * case, surrounding spaces and Unicode hyphens. Deterministic.
 * @throws InvalidInputError naming the text and listing the accepted forms, or when the term did not sit that year;
 * its params (variant `reference`, `reference-year`, `reference-number`, `reference-term`) carry the text and values.
 */
export function parseReference(text: string): Reference {
  const cleaned = stripAddress(normaliseInput(text)).toUpperCase().replace(/\s+/g, ' ');
  for (const { re, build } of PATTERNS) {
    const m = re.exec(cleaned);
    if (!m) continue;
    const r = build(m);
    if (r.year < 1979 || r.year > 2100) {
      throw new InvalidInputError(`"${text}": ${r.year} is not a year of the European Parliament`, { params: { variant: 'reference-year', text, year: r.year } });
    }
    if (r.number < 1) throw new InvalidInputError(`"${text}": document number 0 does not exist`, { params: { variant: 'reference-number', text } });
    if (r.kind === 'procedure') return r;
    const sitting = termsOfYear(r.year);
    if (r.term !== null && !sitting.includes(r.term)) {
      throw new InvalidInputError(
        `"${text}": term ${r.term} did not sit in ${r.year} (terms sitting that year: ${sitting.join(', ') || 'none'})`,
        // A year past the last term in TERMS has no sitting term: its own wording, not an English "none" param.
        { params: sitting.length ? { variant: 'reference-term', text, term: r.term, year: r.year, terms: sitting.join(', ') } : { variant: 'reference-term-none', text, term: r.term, year: r.year } },
      );
    }
    return {
      kind: r.kind,
      terms: r.term === null ? sitting : [r.term],
      year: r.year,
      number: r.number,
      celexType: r.celexType ?? 'IP',
    };
  }
  throw new InvalidInputError(`"${text}" is not a reference Concordia knows; use one of: ${ACCEPTED_FORMS}`, {
    params: { variant: 'reference', text, forms: IDENTIFIER_FORMS },
  });
}

const pad4 = (n: number) => String(n).padStart(4, '0');

/** The doceo document id for a term: TA-9-2022-0012, RC-9-2022-0065, B-9-2022-0065, A-9-2022-0001. Pure. */
export function doceoId(ref: DocumentReference, term: number = ref.terms[0]): string {
  const prefix = { 'texts-adopted': 'TA', 'joint-motion': 'RC', motion: 'B', report: 'A' }[ref.kind];
  return `${prefix}-${term}-${ref.year}-${pad4(ref.number)}`;
}

/** The CELEX number of a text adopted (sector 5, year, IP/BP, number): 52022IP0012; null for other kinds. Pure. */
export function celexNumber(ref: DocumentReference): string | null {
  return ref.kind === 'texts-adopted' ? `5${ref.year}${ref.celexType}${pad4(ref.number)}` : null;
}

/** The form printed on the documents themselves: P9_TA(2022)0012, RC-B9-0065/2022, B9-0065/2022, A9-0001/2022, 2022/2505(RSP). Pure. */
export function formatReference(ref: Reference): string {
  if (ref.kind === 'procedure') return `${ref.year}/${pad4(ref.number)}(${ref.type})`;
  const t = ref.terms[0];
  const n = pad4(ref.number);
  const kind = ref.kind;
  switch (kind) {
    case 'texts-adopted':
      return `P${t}_TA(${ref.year})${n}`;
    case 'joint-motion':
      return `RC-B${t}-${n}/${ref.year}`;
    case 'motion':
      return `B${t}-${n}/${ref.year}`;
    case 'report':
      return `A${t}-${n}/${ref.year}`;
    default:
      return missingCase(kind);
  }
}

/** Every way the document's identity is printed, for checking that a downloaded page is the document asked for. */
export function identifierForms(ref: DocumentReference): readonly string[] {
  const n = pad4(ref.number);
  const forms: string[] = [];
  for (const t of ref.terms) {
    forms.push(doceoId(ref, t));
    const kind = ref.kind;
    switch (kind) {
      case 'texts-adopted':
        forms.push(`P${t}_TA(${ref.year})${n}`, `P${t}_TA-PROV(${ref.year})${n}`, `T${t}-${n}/${ref.year}`);
        break;
      case 'joint-motion':
        forms.push(`RC-B${t}-${n}/${ref.year}`, `RC${t}-${n}/${ref.year}`);
        break;
      case 'motion':
        forms.push(`B${t}-${n}/${ref.year}`);
        break;
      case 'report':
        forms.push(`A${t}-${n}/${ref.year}`);
        break;
      default:
        missingCase(kind);
    }
  }
  const celex = celexNumber(ref);
  if (celex) forms.push(celex);
  return forms;
}
