import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../core/index.js';
import {
  buildUrls,
  celexNumber,
  checkContent,
  doceoId,
  formatReference,
  formatSourceUrl,
  mentionsDocument,
  parseProcedurePage,
  parseReference,
  parseSourceUrl,
  primaryDocument,
  procedureUrl,
} from '../../core/fetch/index.js';
import type { DocumentReference, ProcedureReference } from '../../core/fetch/index.js';
import { parseRetryAfter } from '../../electron/main/services/fetch-service.js';
import { FIXTURES } from './fixture-server.js';

const doc = (text: string) => {
  const r = parseReference(text);
  if (r.kind === 'procedure') throw new Error(`${text} parsed as a procedure`);
  return r as DocumentReference;
};

describe('parseReference', () => {
  it.each([
    'P9_TA(2022)0012',
    'p9_ta(2022)0012',
    '  P9_TA-PROV(2022)0012 ',
    'TA-9-2022-0012',
    'TA‑9‑2022‑0012', // U+2011 non-breaking hyphens, as doceo prints them
    'T9-0012/2022',
    'P9-TA-2022-0012',
    'TA-9-2022-0012_RO.html',
    'https://www.europarl.europa.eu/doceo/document/TA-9-2022-0012_RO.html',
    'https://eur-lex.europa.eu/legal-content/RO/TXT/HTML/?uri=CELEX:52022IP0012',
  ])('reads %s as the text adopted P9_TA(2022)0012', (text) => {
    const r = doc(text);
    expect(r.kind).toBe('texts-adopted');
    expect(r.terms).toEqual([9]);
    expect(formatReference(r)).toBe('P9_TA(2022)0012');
    expect(doceoId(r)).toBe('TA-9-2022-0012');
    expect(celexNumber(r)).toBe('52022IP0012');
  });

  it.each(['52022IP0012', 'CELEX:52022IP0012', 'celex 52022ip0012'])('reads the CELEX number %s', (text) => {
    const r = doc(text);
    expect(r).toMatchObject({ kind: 'texts-adopted', terms: [9], year: 2022, number: 12, celexType: 'IP' });
  });

  it('gives both terms for a CELEX number of an election year, newest first', () => {
    expect(doc('52019IP0012').terms).toEqual([9, 8]);
  });

  it.each([
    ['RC-B9-0065/2022', 'joint-motion', 'RC-9-2022-0065', 'RC-B9-0065/2022'],
    ['RC-9-2022-0065', 'joint-motion', 'RC-9-2022-0065', 'RC-B9-0065/2022'],
    ['B9-0065/2022', 'motion', 'B-9-2022-0065', 'B9-0065/2022'],
    ['B-9-2022-0065', 'motion', 'B-9-2022-0065', 'B9-0065/2022'],
    ['A9-0001/2022', 'report', 'A-9-2022-0001', 'A9-0001/2022'],
  ])('reads %s as a %s', (text, kind, id, printed) => {
    const r = doc(text);
    expect(r.kind).toBe(kind);
    expect(doceoId(r)).toBe(id);
    expect(formatReference(r)).toBe(printed);
    expect(celexNumber(r)).toBeNull();
  });

  it('reads a procedure number, also from an OEIL address', () => {
    const expected: ProcedureReference = { kind: 'procedure', year: 2022, number: 2505, type: 'RSP' };
    expect(parseReference('2022/2505(RSP)')).toEqual(expected);
    expect(parseReference('2022/2505(rsp)')).toEqual(expected);
    expect(parseReference('https://oeil.example/oeil/popups/ficheprocedure.do?reference=2022/2505(RSP)&l=en')).toEqual(expected);
  });

  it('refuses a term that did not sit that year, naming the terms that did', () => {
    expect(() => parseReference('P9_TA(2014)0012')).toThrow(/term 9 did not sit in 2014 \(terms sitting that year: 8, 7\)/);
  });

  it.each(['', 'hello', 'P9_TA(2022)', '2022/2505', 'TA-9-2022-0000'])('refuses %j with the accepted forms', (text) => {
    const e = (() => {
      try {
        parseReference(text);
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as Error).message).toMatch(/"|number 0/);
  });
});

describe('buildUrls', () => {
  const bases = { ep: 'https://ep.test/', eurlex: 'https://eurlex.test/mirror' };

  it('orders HTML, then DOCX, then PDF; doceo before EUR-Lex', () => {
    expect(buildUrls(doc('P9_TA(2022)0012'), 'ro', bases).map((c) => c.url)).toEqual([
      'https://ep.test/doceo/document/TA-9-2022-0012_RO.html',
      'https://eurlex.test/mirror/legal-content/RO/TXT/HTML/?uri=CELEX:52022IP0012',
      'https://ep.test/doceo/document/TA-9-2022-0012_RO.docx',
      'https://ep.test/doceo/document/TA-9-2022-0012_RO.pdf',
      'https://eurlex.test/mirror/legal-content/RO/TXT/PDF/?uri=CELEX:52022IP0012',
    ]);
  });

  it('uses the public sites by default and names files after the document', () => {
    const c = buildUrls(doc('RC-B9-0065/2022'), 'el');
    expect(c.map((x) => x.url)).toEqual([
      'https://www.europarl.europa.eu/doceo/document/RC-9-2022-0065_EL.html',
      'https://www.europarl.europa.eu/doceo/document/RC-9-2022-0065_EL.docx',
      'https://www.europarl.europa.eu/doceo/document/RC-9-2022-0065_EL.pdf',
    ]);
    expect(c.map((x) => x.fileName)).toEqual(['RC-9-2022-0065_EL.html', 'RC-9-2022-0065_EL.docx', 'RC-9-2022-0065_EL.pdf']);
    expect(buildUrls(doc('B9-0065/2022'), 'bg')[0].url).toBe('https://www.europarl.europa.eu/doceo/document/B-9-2022-0065_BG.html');
  });

  it('tries both terms of an election-year CELEX number on doceo', () => {
    const html = buildUrls(doc('52019IP0012'), 'en').filter((c) => c.format === 'html').map((c) => c.url);
    expect(html).toEqual([
      'https://www.europarl.europa.eu/doceo/document/TA-9-2019-0012_EN.html',
      'https://www.europarl.europa.eu/doceo/document/TA-8-2019-0012_EN.html',
      'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:52019IP0012',
    ]);
  });

  it('builds the Legislative Observatory address of a procedure', () => {
    const p = parseReference('2022/2505(RSP)') as ProcedureReference;
    expect(procedureUrl(p)).toBe('https://www.europarl.europa.eu/oeil/popups/ficheprocedure.do?reference=2022/2505(RSP)&l=en');
  });

  it('writes and reads back the stored source address with its date', () => {
    const v = formatSourceUrl('https://ep.test/doceo/document/TA-9-2022-0012_RO.html', new Date('2024-05-01T10:00:00Z'));
    expect(v).toBe('https://ep.test/doceo/document/TA-9-2022-0012_RO.html (fetched 2024-05-01T10:00:00.000Z)');
    expect(parseSourceUrl(v)).toEqual({ url: 'https://ep.test/doceo/document/TA-9-2022-0012_RO.html', fetchedAt: '2024-05-01T10:00:00.000Z' });
    expect(parseSourceUrl('https://x.test/a')).toEqual({ url: 'https://x.test/a', fetchedAt: null });
  });
});

describe('parseProcedurePage', () => {
  const proc = parseReference('2022/2505(RSP)') as ProcedureReference;
  const page = readFileSync(path.join(FIXTURES, 'oeil', '2022-2505-RSP.html'), 'utf8');

  it('lists the text adopted, the joint motion and the motions of the fixture page, without duplicates', () => {
    const docs = parseProcedurePage(page, proc);
    expect(docs).not.toBeNull();
    expect(docs?.title).toBe('Resolution on the situation in Kazakhstan');
    expect(docs?.textsAdopted.map(formatReference)).toEqual(['P9_TA(2022)0012']);
    expect(docs?.jointMotions.map(formatReference)).toEqual(['RC-B9-0065/2022']);
    // B9‑0066/2022 is written with a non-breaking hyphen; RC-B9-0065/2022 must not count as motion B9-0065/2022 twice
    expect(docs?.motions.map(formatReference)).toEqual(['B9-0065/2022', 'B9-0066/2022']);
    expect(primaryDocument(docs!)).toMatchObject({ kind: 'texts-adopted', year: 2022, number: 12 });
  });

  it('returns null for a page that does not mention the procedure (OEIL search page)', () => {
    expect(parseProcedurePage(readFileSync(path.join(FIXTURES, 'oeil', 'search.html'), 'utf8'), proc)).toBeNull();
  });

  it('has no primary document when only motions are listed', () => {
    const other = parseReference('2022/2999(RSP)') as ProcedureReference;
    const docs = parseProcedurePage(readFileSync(path.join(FIXTURES, 'oeil', '2022-2999-RSP.html'), 'utf8'), other);
    expect(docs?.motions.map(formatReference)).toEqual(['B9-0150/2022', 'B9-0151/2022']);
    expect(primaryDocument(docs!)).toBeNull();
  });
});

describe('content checks', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('accepts each format with its type and magic number', () => {
    expect(checkContent('html', 'text/html; charset=utf-8', bytes('\n <!DOCTYPE html>'))).toBeNull();
    expect(checkContent('pdf', 'application/pdf', bytes('%PDF-1.7'))).toBeNull();
    expect(checkContent('docx', 'application/octet-stream', bytes('PK\u0003\u0004rest'))).toBeNull();
    expect(checkContent('pdf', null, bytes('%PDF-1.7'))).toBeNull();
  });

  it('refuses an HTML error page served for a PDF, and a body that is not what its type says', () => {
    expect(checkContent('pdf', 'text/html', bytes('<html>'))).toMatch(/wrong content type: expected a PDF file, the server sent text\/html \(an error or notice page\?\)/);
    expect(checkContent('pdf', 'application/pdf', bytes('<html>'))).toMatch(/does not start with %PDF- but with markup/);
    expect(checkContent('docx', null, bytes('<html>'))).toMatch(/not a ZIP package but markup/);
    expect(checkContent('html', 'text/html', bytes('%PDF-1.4'))).toMatch(/does not start with markup/);
  });

  it('recognises the document in a page by any of its identifiers, across entities and Unicode hyphens', () => {
    const ta = doc('P9_TA(2022)0012');
    expect(mentionsDocument('<td>P9_TA(2022)0012</td>', ta)).toBe(true);
    expect(mentionsDocument('<td>TA&#8209;9&#8209;2022&#8209;0012</td>', ta)).toBe(true);
    expect(mentionsDocument('<p>52022IP0012</p>', ta)).toBe(true);
    expect(mentionsDocument('<p>P9_TA(2022)0013</p>', ta)).toBe(false);
    expect(mentionsDocument('<p>(2022/2505(RSP))</p>', ta, '2022/2505(RSP)')).toBe(true);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 01 May 2024 10:00:05 GMT', Date.parse('2024-05-01T10:00:00Z'))).toBe(5000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});
