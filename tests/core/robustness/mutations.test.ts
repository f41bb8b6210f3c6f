// Bad input never crashes: mutated files of every format either parse to a well-formed document or fail with a
// CoreError (a message naming the file), and whatever parses can be aligned and checked against the original.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { checkGrid } from '../../../core/checks/index.js';
import { tmxToString } from '../../../core/export/tmx.js';
import { CoreError, parseDocument } from '../../../core/index.js';
import type { ParsedDocument } from '../../../core/index.js';
import { seededRandom } from '../../../scripts/lib/random.js';

type Mutation = (bytes: Uint8Array, rnd: () => number) => Uint8Array;
const pick = (rnd: () => number, n: number) => Math.floor(rnd() * n);

const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, r) => b.slice(0, pick(r, b.length)),
  flipBytes: (b, r) => {
    const out = b.slice();
    for (let k = 0; k < 1 + pick(r, 20); k++) out[pick(r, out.length)] = pick(r, 256);
    return out;
  },
  insertGarbage: (b, r) => {
    const at = pick(r, b.length);
    const junk = Uint8Array.from({ length: 1 + pick(r, 64) }, () => pick(r, 256));
    return Uint8Array.from([...b.subarray(0, at), ...junk, ...b.subarray(at)]);
  },
  dropSlice: (b, r) => {
    const at = pick(r, b.length);
    return Uint8Array.from([...b.subarray(0, at), ...b.subarray(Math.min(b.length, at + 1 + pick(r, 2000)))]);
  },
  shuffleLines: (b, r) => {
    const lines = new TextDecoder().decode(b).split('\n');
    for (let k = 0; k < 10; k++) {
      const i = pick(r, lines.length);
      const j = pick(r, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return new TextEncoder().encode(lines.join('\n'));
  },
};

function wellFormed(doc: ParsedDocument): void {
  const ids = doc.units.map((u) => u.id);
  expect(new Set(ids).size, 'unit ids are unique').toBe(ids.length);
  for (const u of doc.units) {
    expect(u.ordinal).toBeGreaterThanOrEqual(1);
    for (const c of u.calls) {
      expect(c.offset).toBeGreaterThanOrEqual(0);
      expect(c.offset).toBeLessThanOrEqual(u.text.length);
    }
    expect(u.text).not.toMatch(/[\uE000\uE001]/u);
  }
}

async function fuzz(file: string | { name: string; bytes: Uint8Array }, rounds: number, seed: number): Promise<{ parsed: number; refused: number }> {
  const original = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file.bytes;
  const name = typeof file === 'string' ? file.split('/').pop()! : file.name;
  const base = await parseDocument(original, { fileName: name });
  const rnd = seededRandom(seed);
  const kinds = Object.keys(MUTATIONS);
  let parsed = 0;
  let refused = 0;
  for (let round = 0; round < rounds; round++) {
    const kind = kinds[round % kinds.length];
    const bytes = MUTATIONS[kind](original, rnd);
    let doc: ParsedDocument;
    try {
      doc = await parseDocument(bytes, { fileName: name, allowUnstructured: round % 2 === 0 });
    } catch (e) {
      if (!(e instanceof CoreError)) throw new Error(`${name}, round ${round} (${kind}): not a CoreError: ${String(e)}`, { cause: e });
      expect(e.message.length, `${name} round ${round}: the message says something`).toBeGreaterThan(10);
      refused++;
      continue;
    }
    wellFormed(doc);
    // What parses can be aligned and checked against the intact version.
    const grid = alignDocuments([base, doc]);
    expect(grid.rows.length).toBeGreaterThan(0);
    checkGrid(grid, [base, doc]);
    parsed++;
  }
  return { parsed, refused };
}

describe('mutated inputs parse or fail cleanly, never crash', () => {
  it('the Romanian DOCX-extracted text', { timeout: 120_000 }, async () => {
    const r = await fuzz('corpus/2022-2505-RSP/ro.txt', 80, 11);
    expect(r.parsed + r.refused).toBeGreaterThan(0);
    expect(r.parsed).toBeGreaterThan(0);
  });
  it('a doceo HTML page', { timeout: 120_000 }, async () => {
    const r = await fuzz('tests/fixtures/html/ro-doceo.html', 200, 12);
    expect(r.parsed + r.refused).toBeGreaterThan(0);
  });
  it('a DOCX file', { timeout: 120_000 }, async () => {
    const r = await fuzz('tests/fixtures/docx/el.docx', 150, 13);
    expect(r.refused).toBeGreaterThan(0);
  });
  it('a TMX file written from the corpus', { timeout: 120_000 }, async () => {
    const docs = await Promise.all(['ro', 'en'].map((l) => parseDocument(new Uint8Array(readFileSync(`corpus/2022-2505-RSP/${l}.txt`)), { fileName: `${l}.txt` })));
    const tmx = tmxToString(alignDocuments(docs), docs, { level: 'unit' });
    const r = await fuzz({ name: 'corpus.tmx', bytes: new TextEncoder().encode(tmx) }, 150, 15);
    expect(r.refused).toBeGreaterThan(0);
  });
  it('a PDF file', { timeout: 120_000 }, async () => {
    const r = await fuzz('tests/fixtures/pdf/bg.pdf', 150, 14);
    expect(r.refused).toBeGreaterThan(0);
  });
});
