import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { parseDocument } from '../../../core/index.js';
import type { AlignmentGrid, LangCode, ParsedDocument } from '../../../core/index.js';
import type { ExpectedRow, Perturbation } from '../../../scripts/lib/perturb.js';
import { perturb } from '../../../scripts/lib/perturb.js';

// Romanian (the official text) as pivot against each unofficial version, each perturbed in turn; the corpus
// versions share unit ids, so the expected pairing of every row is known.
const CORPUS = new URL('../../../corpus/2022-2505-RSP/', import.meta.url);
const read = (lang: string) => readFileSync(new URL(`${lang}.txt`, CORPUS), 'utf8');
const parse = (text: string, lang: LangCode, official = false) =>
  parseDocument(new TextEncoder().encode(text), { fileName: `${lang}.txt`, lang, official });

export const CASES: readonly Perturbation[] = [
  { kind: 'drop-citation', at: 5 },
  { kind: 'drop-citation', at: 10 },
  { kind: 'drop-recital', at: 1 },
  { kind: 'drop-recital', at: 9 },
  { kind: 'drop-paragraph', at: 8 },
  { kind: 'drop-paragraph', at: 26 },
  { kind: 'insert-citation', at: 3 },
  { kind: 'insert-recital', at: 6 },
  { kind: 'insert-paragraph', at: 10 },
  { kind: 'split-paragraph', at: 13 },
  { kind: 'split-paragraph', at: 4 },
  { kind: 'merge-paragraphs', at: 14 },
  { kind: 'merge-paragraphs', at: 2 },
  { kind: 'renumber-recitals', at: 9 },
  { kind: 'skip-number', at: 17 },
  { kind: 'restart-numbering', at: 20 },
];

/** Compares a two-document grid (pivot 0) with the expected rows; returns the differences, empty when right. */
export function compare(grid: AlignmentGrid, expected: readonly ExpectedRow[], original: ParsedDocument): string[] {
  const problems: string[] = [];
  const byKey = new Map(grid.rows.map((r) => [r.key, r]));
  for (const e of expected) {
    if (e.key === null) {
      const row = grid.rows.find((r) => r.key.startsWith('extra:') && r.cells[1].map((s) => s.id).join() === e.ids.join());
      if (!row) problems.push(`no extra row for ${e.ids.join()}`);
      else if (row.flags.map((f) => f.flag).join() !== 'extra') problems.push(`extra row ${row.key} flags ${row.flags.map((f) => f.flag)}`);
      continue;
    }
    const row = byKey.get(e.key);
    if (!row) {
      problems.push(`no row ${e.key}`);
      continue;
    }
    const got = row.cells[1].map((s) => s.id).join(',');
    if (got !== e.ids.join(',')) problems.push(`${e.key}: got [${got}] want [${e.ids.join(',')}]`);
    const flags = [...new Set(row.flags.map((f) => f.flag))].sort().join(',');
    if (flags !== [...e.flags].sort().join(',')) problems.push(`${e.key}: flags [${flags}] want [${[...e.flags].sort().join(',')}] ${row.flags.map((f) => f.detail).join(' | ')}`);
  }
  const extraRows = grid.rows.filter((r) => r.key.startsWith('extra:')).length;
  const wantExtra = expected.filter((e) => e.key === null).length;
  if (extraRows !== wantExtra) problems.push(`${extraRows} extra rows, want ${wantExtra}`);
  for (const f of original.footnotes) {
    const row = byKey.get(`footnote:${f.n}`);
    if (!row || row.flags.length || row.cells[1].map((s) => s.id).join() !== `footnote:${f.n}`) problems.push(`footnote:${f.n} not paired cleanly`);
  }
  return problems;
}

describe('perturbation suite: RO pivot against each version', async () => {
  const ro = await parse(read('ro'), 'ro', true);
  for (const lang of ['en', 'fr', 'de', 'el', 'bg'] as const) {
    const text = read(lang);
    const original = await parse(text, lang);
    it(`${lang}: unperturbed aligns with no flag and shared ids`, () => {
      const grid = alignDocuments([ro, original]);
      expect(grid.rows.filter((r) => r.flags.length)).toEqual([]);
      for (const r of grid.rows) expect(r.cells[1].map((s) => s.id)).toEqual([r.key]);
    });
    for (const c of CASES) {
      it(`${lang}: ${c.kind} at ${c.at}`, async () => {
        const p = perturb(text, lang, c);
        const doc = await parse(p.text, lang);
        const grid = alignDocuments([ro, doc]);
        expect(compare(grid, p.expected, original)).toEqual([]);
      });
    }
  }
});
