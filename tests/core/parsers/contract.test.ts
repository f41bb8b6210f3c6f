import { describe, expect, it } from 'vitest';
import { docxParser } from '../../../core/parsers/docx.js';
import { htmlParser } from '../../../core/parsers/html.js';
import { pdfParser } from '../../../core/parsers/pdf.js';
import { txtParser } from '../../../core/parsers/txt.js';
import { FIXTURE_DOCS } from './fixture-docs.js';
import { describeParserContract, fixtureBytes } from './parser-contract.js';

const garbage = () => {
  const b = new Uint8Array(3000);
  let x = 12345;
  for (let i = 0; i < b.length; i++) b[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return b;
};

describeParserContract(txtParser, {
  valid: FIXTURE_DOCS.flatMap((doc) => [
    { file: `txt/${doc.lang}-clean.txt`, doc },
    { file: `txt/${doc.lang}-extracted.txt`, doc },
  ]),
  malformed: [
    { name: 'binary garbage', bytes: garbage, code: 'encoding' },
    { name: 'text without EP structure', bytes: () => fixtureBytes('txt/unstructured.txt'), code: 'no-structure' },
  ],
});

describeParserContract(docxParser, {
  valid: FIXTURE_DOCS.map((doc) => ({ file: `docx/${doc.lang}.docx`, doc })),
  malformed: [
    { name: 'a truncated DOCX', bytes: () => fixtureBytes('docx/en.docx').slice(0, 3000), code: 'parse' },
    { name: 'binary garbage', bytes: garbage, code: 'parse' },
    { name: 'a ZIP that is not a Word document', bytes: () => zipWithoutWord(), code: 'parse' },
  ],
});

describeParserContract(htmlParser, {
  valid: FIXTURE_DOCS.flatMap((doc) => [
    { file: `html/${doc.lang}-doceo.html`, doc },
    { file: `html/${doc.lang}-eurlex.html`, doc },
  ]),
  malformed: [
    { name: 'a page without EP structure', bytes: () => new TextEncoder().encode('<!DOCTYPE html><html><body><p>The library is open from nine to five on weekdays, and it is closed on public holidays and in August.</p></body></html>'), code: 'no-structure' },
    { name: 'a page declaring UTF-8 with invalid bytes', bytes: () => new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body><p>caf'), 0xe9, 0x20, 0xff]), code: 'encoding' },
    { name: 'a page in an unknown charset', bytes: () => new TextEncoder().encode('<html><head><meta charset="koi8-r"></head><body><p>x</p></body></html>'), code: 'encoding' },
  ],
});

describeParserContract(pdfParser, {
  valid: FIXTURE_DOCS.map((doc) => ({ file: `pdf/${doc.lang}.pdf`, doc })),
  malformed: [
    { name: 'a truncated PDF', bytes: () => fixtureBytes('pdf/en.pdf').slice(0, 2000), code: 'parse' },
    { name: 'a PDF without a text layer', bytes: () => fixtureBytes('pdf/no-text-layer.pdf'), code: 'no-text-layer' },
    { name: 'a PDF header on garbage', bytes: () => new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...garbage(), ...new TextEncoder().encode('\n%%EOF\n')]), code: 'parse' },
  ],
});

/** A minimal stored ZIP holding one text file (APPNOTE 4.3): valid container, no word/document.xml. */
function zipWithoutWord(): Uint8Array {
  const name = new TextEncoder().encode('hello.txt');
  const data = new TextEncoder().encode('hello');
  const crc = crc32(data);
  const local = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length), 0, 0, ...name, ...data];
  const central = [0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0), ...name];
  const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, ...u32(central.length), ...u32(local.length), 0, 0];
  return new Uint8Array([...local, ...central, ...end]);
}
function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
}
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

describe('the contract fixtures', () => {
  it('cover the languages the parsers must be shown to handle', () => {
    // Issue #2: at least 8 languages, including EL (letters past Ι), BG (Cyrillic), DA, SV, FI and HU.
    const langs = FIXTURE_DOCS.map((d) => d.lang);
    expect(new Set(langs).size).toBeGreaterThanOrEqual(8);
    expect(langs).toEqual(expect.arrayContaining(['el', 'bg', 'da', 'sv', 'fi', 'hu']));
    const el = FIXTURE_DOCS.find((d) => d.lang === 'el')!;
    expect(JSON.stringify(el)).toContain('ΙΑ');
  });
});
