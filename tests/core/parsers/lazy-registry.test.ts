import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../../core/parsers/index.js';
import { docxParser } from '../../../core/parsers/docx.js';
import { htmlParser } from '../../../core/parsers/html.js';
import { pdfParser } from '../../../core/parsers/pdf.js';

// The registry recognises DOCX, PDF and HTML with its own light sniffers (core/parsers/sniff.ts) and loads the
// parsers only to parse: the light copies must answer exactly as the parsers do.
const real = { docx: docxParser, html: htmlParser, pdf: pdfParser } as const;
const enc = (s: string) => new TextEncoder().encode(s);

function heads(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const dir of ['docx', 'html', 'pdf']) {
    const root = join('tests/fixtures', dir);
    for (const f of readdirSync(root)) {
      if (/\.(docx|html?|pdf)$/i.test(f)) out.push(new Uint8Array(readFileSync(join(root, f))).subarray(0, 4096));
    }
  }
  const zipHead = (names: string) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...enc(names)]);
  out.push(
    zipHead('word/document.xml'),
    zipHead('[Content_Types].xml xl/workbook.xml'),
    zipHead('[Content_Types].xml'),
    zipHead('mimetype'),
    enc('\uFEFF<!DOCTYPE html><p>x'),
    enc('<?xml version="1.0"?><!-- c --><html>'),
    enc('<tmx version="1.4">'),
    enc('plain text with %PDF- inside'),
    enc('A. Whereas'),
    new Uint8Array(0),
  );
  return out;
}

describe('lazy parser registry', () => {
  it('has the same format descriptors as the parsers it loads', () => {
    for (const id of ['docx', 'html', 'pdf'] as const) expect(PARSERS[id]?.format).toEqual(real[id].format);
  });

  it('sniffs every fixture and edge case exactly as the parsers do', () => {
    const samples = heads();
    expect(samples.length).toBeGreaterThan(12);
    for (const head of samples) {
      for (const id of ['docx', 'html', 'pdf'] as const) expect([id, PARSERS[id]?.sniff(head)]).toEqual([id, real[id].sniff(head)]);
    }
  });

  it('parses through the loaded parser, errors included', async () => {
    const bad = enc('%PDF-1.7 and nothing else');
    await expect(PARSERS.pdf!.parse(bad, { fileName: 'x.pdf' })).rejects.toMatchObject({ code: 'parse' });
    await expect(pdfParser.parse(bad, { fileName: 'x.pdf' })).rejects.toMatchObject({ code: 'parse' });
  });
});
