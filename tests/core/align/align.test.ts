import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments, applyCorrections } from '../../../core/align/index.js';
import { parseDocument } from '../../../core/index.js';
import type { LangCode, ParsedDocument } from '../../../core/index.js';
import type { gridToJson } from '../../../scripts/commands/align.js';
import { run } from '../../../scripts/commands/align.js';

const CORPUS = new URL('../../../corpus/2022-2505-RSP/', import.meta.url);
const LANGS = ['ro', 'en', 'fr', 'de', 'el', 'bg'] as const;
const load = (lang: LangCode, text?: string, allowUnstructured = false) =>
  parseDocument(text !== undefined ? new TextEncoder().encode(text) : readFileSync(new URL(`${lang}.txt`, CORPUS)), {
    fileName: `${lang}.txt`,
    lang,
    official: lang === 'ro' && text === undefined,
    allowUnstructured,
  });

describe('alignDocuments on the six-language corpus', async () => {
  const docs: ParsedDocument[] = [];
  for (const l of LANGS) docs.push(await load(l));

  it('pairs every unit with the same id and raises no flag, at unit and sentence level', () => {
    for (const level of ['unit', 'sentence'] as const) {
      const grid = alignDocuments(docs, { level });
      expect(grid.pivot).toBe(0);
      expect(grid.rows.filter((r) => r.flags.length)).toEqual([]);
      for (const r of grid.rows) for (const cell of r.cells) expect(cell.map((s) => s.id)).toEqual([r.key]);
      expect(grid.rows.map((r) => r.key).slice(0, 3)).toEqual(['title', 'opening', 'citation:1']);
      expect(grid.rows.at(-1)?.key).toBe('footnote:5');
      if (level === 'sentence') {
        for (const r of grid.rows) {
          const beads = r.sentences!.beads;
          r.sentences!.split.forEach((ss, d) => expect(beads.flatMap((b) => b.sentences[d])).toEqual(ss.map((_, i) => i)));
          expect(beads.every((b) => b.sentences.every((s) => s.length === 1))).toBe(true);
        }
      }
    }
  });

  it('uses the chosen pivot for keys and flags', () => {
    const grid = alignDocuments(docs, { pivot: 4 });
    expect(grid.pivot).toBe(4);
    expect(grid.rows.filter((r) => r.flags.length)).toEqual([]);
    expect(() => alignDocuments(docs, { pivot: 9 })).toThrow(/pivot 9/);
  });

  it('aligns two revisions of the same language, with an extra recital keyed uniquely', async () => {
    const en = readFileSync(new URL('en.txt', CORPUS), 'utf8');
    const revised = en.replace(/\n\nC\. /, '\n\nB. whereas 4 811 farmers in Aktobe lost 92 % of their wheat harvest in 2019;\n\nC. ');
    const grid = alignDocuments([docs[1], await load('en', revised), await load('en', revised)], { pivot: 0 });
    const extras = grid.rows.filter((r) => r.key.startsWith('extra:'));
    expect(extras.map((r) => r.key)).toEqual(['extra:recital:3@en', 'extra:recital:3@en.2']);
    expect(extras.map((r) => r.flags.map((f) => `${f.flag}:${f.doc}`))).toEqual([['extra:1'], ['extra:2']]);
    expect(grid.rows.filter((r) => r.flags.length && !r.key.startsWith('extra:'))).toEqual([]);
    const recital3 = grid.rows.find((r) => r.key === 'recital:3')!;
    expect(recital3.cells.map((c) => c.map((s) => s.id))).toEqual([['recital:3'], ['recital:4'], ['recital:4']]);
  });

  it('flags a unit whose numbers contradict its structural partner', async () => {
    const en = readFileSync(new URL('en.txt', CORPUS), 'utf8');
    const changed = en.replace(/having regard to the Council conclusions of 17 June 2019 on the new EU Strategy on Central Asia,/, 'having regard to the Council report of 9 May 1995 on 44 fishing quotas, 31 ports and 8 harbours in 1996,');
    const grid = alignDocuments([docs[0], await load('en', changed)]);
    const row = grid.rows.find((r) => r.key === 'citation:5')!;
    expect(row.flags.map((f) => f.flag)).toContain('low-confidence');
    expect(row.confidence).toBeLessThanOrEqual(0.5);
  });

  it('treats unstructured documents as one row aligned by sentences', async () => {
    const a = 'The river flooded three villages on 4 March 2021. About 1 200 people left.\n\nThe council met; it approved 2.5 million euros.';
    const b = 'Le 4 mars 2021, la rivière a inondé trois villages. Environ 1 200 personnes sont parties.\n\nLe conseil s’est réuni ; il a approuvé 2,5 millions d’euros.';
    const grid = alignDocuments([await load('en', a, true), await load('fr', b, true)]);
    expect(grid.rows).toHaveLength(1);
    expect(grid.rows[0].key).toBe('text');
    expect(grid.rows[0].sentences!.beads.map((x) => x.sentences)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
  });

  it('re-applies manual corrections', () => {
    const grid = alignDocuments(docs.slice(0, 2));
    const unlinked = applyCorrections(grid, [{ op: 'unlink', doc: 1, rowKey: 'recital:2' }]);
    expect(unlinked.rows.find((r) => r.key === 'recital:2')!.cells[1]).toEqual([]);
    expect(unlinked.rows.find((r) => r.key === 'extra:recital:2@en')!.flags[0].flag).toBe('extra');
    const relinked = applyCorrections(unlinked, [{ op: 'link', doc: 1, rowKey: 'recital:2', unitIds: ['recital:2'] }]);
    expect(relinked.rows.find((r) => r.key === 'recital:2')!.cells[1].map((s) => s.id)).toEqual(['recital:2']);
    expect(relinked.rows.some((r) => r.key === 'extra:recital:2@en')).toBe(false);
    const merged = alignDocuments(docs.slice(0, 2), { corrections: [{ op: 'merge', rowKeys: ['para:1', 'para:2'] }] });
    const row = merged.rows.find((r) => r.key === 'para:1')!;
    expect(row.cells.map((c) => c.map((s) => s.id))).toEqual([['para:1', 'para:2'], ['para:1', 'para:2']]);
    expect(merged.rows.some((r) => r.key === 'para:2')).toBe(false);
    expect(row.manual).toBe(true);
    expect(merged.rows.find((r) => r.key === 'para:3')!.manual).toBeUndefined();
    const split = applyCorrections(merged, [{ op: 'split', rowKey: 'para:1', doc: 1, at: ['para:2'] }]);
    expect(split.rows.find((r) => r.key === 'para:1/para:2')!.cells[1].map((s) => s.id)).toEqual(['para:2']);
    // A stale correction is skipped.
    expect(applyCorrections(grid, [{ op: 'unlink', doc: 1, rowKey: 'para:99' }]).rows).toEqual(grid.rows);
  });
});

describe('concordia align', () => {
  it('prints the JSON grid with cells in command-line order', async () => {
    let out = '';
    const files = ['en', 'ro', 'de'].map((l) => new URL(`${l}.txt`, CORPUS).pathname);
    const code = await run([...files, '--json', '--level', 'sentence'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReturnType<typeof gridToJson>;
    expect(json.pivot).toBe('ro');
    expect(json.documents.map((d) => d.lang)).toEqual(['en', 'ro', 'de']);
    const row = json.rows.find((r) => r.key === 'para:18')!;
    expect(row.cells.map((c) => c.map((s) => s.id))).toEqual([['para:18'], ['para:18'], ['para:18']]);
    expect(row.flags).toEqual([]);
    expect(row.pairs!.length).toBeGreaterThan(0);
  });

  it('rejects a pivot language none of the files has', async () => {
    const files = ['en', 'ro'].map((l) => new URL(`${l}.txt`, CORPUS).pathname);
    await expect(run([...files, '--pivot', 'fi'], { out: () => {}, err: () => {} })).rejects.toThrow(/--pivot fi/);
  });
});

describe('singleton units', () => {
  it('pairs the titles and opening lines of a long and a much shorter version', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parseDocument } = await import('../../../core/index.js');
    const { alignDocuments } = await import('../../../core/align/index.js');
    const ro = await parseDocument(new Uint8Array(await readFile(new URL('ro.txt', CORPUS))), { fileName: 'ro.txt' });
    // A short Italian text with its own adoption date in the title: the overall length ratio is far from the
    // titles' own, which must not turn the title into a missing row plus an extra one.
    const it = await parseDocument(
      new TextEncoder().encode(
        'Risoluzione del Parlamento europeo del 20 gennaio 2022 sulla situazione nel Kazakhstan (2022/2505(RSP))\n\nIl Parlamento europeo,\n\n– viste le sue precedenti risoluzioni sul paese,\n\n1. chiede un\'indagine indipendente;\n',
      ),
      { lang: 'it' },
    );
    const grid = alignDocuments([ro, it]);
    for (const key of ['title', 'opening']) {
      expect(grid.rows.find((r) => r.key === key)!.cells.map((c) => c.map((s) => s.id))).toEqual([[key], [key]]);
    }
    expect(grid.rows.some((r) => r.key.startsWith('extra:title') || r.key.startsWith('extra:opening'))).toBe(false);
  });
});
