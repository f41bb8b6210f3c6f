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

/** Versions that end early (and one that also starts late), at places in every part of the document. */
export const TRUNCATION_CASES: readonly Perturbation[] = [
  { kind: 'cut-after-paragraph', at: 10 },
  { kind: 'cut-after-paragraph', at: 1 },
  { kind: 'cut-in-paragraph', at: 10 },
  { kind: 'cut-in-paragraph', at: 25 },
  { kind: 'cut-in-recital', at: 6 },
  { kind: 'cut-in-recital', at: 14 },
  { kind: 'cut-in-citation', at: 5 },
  { kind: 'cut-in-citation', at: 2 },
  { kind: 'cut-few-words', at: 10 },
  { kind: 'cut-few-words', at: 21 },
  { kind: 'drop-last-paragraphs', at: 3 },
  { kind: 'drop-last-paragraphs', at: 8 },
  { kind: 'missing-beginning', at: 3, to: 15 },
  { kind: 'missing-beginning', at: 1, to: 4 },
  // Issue 16: pastes that start mid-sequence — no title, no opening line, first unit recital F / paragraph 7.
  { kind: 'missing-beginning', start: 'recitals', at: 5, to: 15 },
  { kind: 'missing-beginning', start: 'recitals', at: 11, to: 20 },
  { kind: 'missing-beginning', start: 'paragraphs', at: 6, to: 18 },
  { kind: 'missing-beginning', start: 'paragraphs', at: 1, to: 9 },
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
  const listed = new Set(expected.map((e) => e.key));
  for (const f of original.footnotes) {
    if (listed.has(`footnote:${f.n}`)) continue;
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
    for (const c of [...CASES, ...TRUNCATION_CASES]) {
      it(`${lang}: ${c.kind}${c.start ? ` (${c.start})` : ''} at ${c.at}`, async () => {
        const p = perturb(text, lang, c);
        const doc = await parse(p.text, lang);
        const grid = alignDocuments([ro, doc]);
        expect(compare(grid, p.expected, original)).toEqual([]);
      });
    }
  }
});

describe('truncated versions', async () => {
  const ro = await parse(read('ro'), 'ro', true);

  // Issue 16: a version cut off inside paragraph 10 must pair its fragment with the pivot's paragraph 10 and call
  // everything after it missing, not merge the pivot's paragraphs into the fragment and call paragraph 10 extra.
  it('pairs the fragment a version ends with to its true partner and marks the rest missing', async () => {
    const en = read('en');
    const p = perturb(en, 'en', { kind: 'cut-in-paragraph', at: 10 });
    const grid = alignDocuments([ro, await parse(p.text, 'en')]);
    expect(grid.rows.filter((r) => r.key.startsWith('extra:')).map((r) => r.key)).toEqual([]);
    expect(grid.rows.flatMap((r) => r.flags.filter((f) => f.flag === 'merged' || f.flag === 'split').map((f) => `${r.key}: ${f.detail}`))).toEqual([]);
    const para10 = grid.rows.find((r) => r.key === 'para:10')!;
    expect(para10.cells[1].map((s) => s.id)).toEqual(['para:10']);
    expect(para10.flags.map((f) => f.flag)).toEqual(['truncated']);
    expect(para10.confidence).toBeLessThanOrEqual(0.5);
    const after = grid.rows.slice(grid.rows.indexOf(para10) + 1);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) expect([r.key, r.cells[1], r.flags.map((f) => f.flag)]).toEqual([r.key, [], ['missing']]);
    // Everything before the cut pairs as in the whole version.
    for (const r of grid.rows.slice(0, grid.rows.indexOf(para10))) expect([r.key, r.cells[1].map((s) => s.id), r.flags]).toEqual([r.key, [r.key], []]);
  });

  it('leaves the other versions of a grid alone when one of them ends early', async () => {
    const p = perturb(read('fr'), 'fr', { kind: 'cut-in-recital', at: 9 });
    const docs = [ro, await parse(read('en'), 'en'), await parse(p.text, 'fr'), await parse(read('de'), 'de')];
    const grid = alignDocuments(docs);
    expect(grid.rows.filter((r) => r.key.startsWith('extra:'))).toEqual([]);
    for (const r of grid.rows) {
      for (const d of [1, 3]) expect([r.key, d, r.cells[d].map((s) => s.id)]).toEqual([r.key, d, [r.key]]);
      expect(r.flags.every((f) => f.doc === 2)).toBe(true);
    }
    const want = new Map(p.expected.map((e) => [e.key, e]));
    for (const r of grid.rows) {
      const e = want.get(r.key);
      const flags = r.flags.map((f) => f.flag);
      if (e) expect([r.key, r.cells[2].map((s) => s.id), flags]).toEqual([r.key, e.ids, e.flags]);
      else expect([r.key, r.cells[2].map((s) => s.id), flags]).toEqual([r.key, [r.key], []]);
    }
  });

  it('does not flag the last unit of a complete version as truncated', async () => {
    for (const lang of ['en', 'fr', 'de', 'el', 'bg'] as const) {
      const p = perturb(read(lang), lang, { kind: 'cut-after-paragraph', at: 12 });
      const grid = alignDocuments([ro, await parse(p.text, lang)]);
      expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'truncated')).toEqual([]);
    }
  });
});

// The small hand-written fixtures (three citations, three recitals, four paragraphs) exist in more languages.
const FIXTURES = new URL('../../fixtures/txt/', import.meta.url);
const FIXTURE_CASES: readonly Perturbation[] = [
  { kind: 'cut-after-paragraph', at: 2 },
  { kind: 'cut-in-paragraph', at: 3 },
  { kind: 'cut-in-recital', at: 2 },
  { kind: 'cut-in-citation', at: 2 },
  { kind: 'cut-few-words', at: 2 },
  { kind: 'drop-last-paragraphs', at: 1 },
  { kind: 'missing-beginning', at: 1, to: 3 },
];

describe('truncations of the small fixtures: RO pivot against each language', async () => {
  const fixture = (lang: string) => readFileSync(new URL(`${lang}-clean.txt`, FIXTURES), 'utf8');
  const ro = await parse(fixture('ro'), 'ro', true);
  // (The Greek and Bulgarian fixtures are longer texts, not versions of the Romanian one; the corpus covers them.)
  for (const lang of ['en', 'fr', 'de', 'da', 'fi', 'hu', 'sv'] as const) {
    const text = fixture(lang);
    const original = await parse(text, lang);
    it(`${lang}: unperturbed fixture aligns with shared ids`, () => {
      const grid = alignDocuments([ro, original]);
      for (const r of grid.rows) expect([r.key, r.cells[1].map((s) => s.id), r.flags.map((f) => f.flag)]).toEqual([r.key, [r.key], []]);
    });
    for (const c of FIXTURE_CASES) {
      it(`${lang}: ${c.kind} at ${c.at}`, async () => {
        const p = perturb(text, lang, c);
        const grid = alignDocuments([ro, await parse(p.text, lang)]);
        expect(compare(grid, p.expected, original)).toEqual([]);
      });
    }
  }
});
