import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../core/errors.js';
import type { ExportAnnotation } from '../../../core/export/types.js';
import { xliffChunks, xliffToString } from '../../../core/export/xliff.js';
import type { XliffOptions } from '../../../core/export/xliff.js';
import { readXliff } from '../../../core/parsers/xliff.js';
import { EDGE_CASES, edgeGrid } from './fixture-grid.js';
import { gridById, loadCorpus } from './grid-helper.js';

const VERSIONS = ['2.1', '1.2'] as const;
const LEVELS = ['unit', 'sentence'] as const;

const annotation: ExportAnnotation = {
  id: 'a1',
  category: 'terminology',
  status: 'open',
  comment: 'is <this> the agreed term?',
  author: 'Ana',
  spans: [{ rowKey: 'para:2', unitId: 'para:2', lang: 'en', start: 0, end: 1, quote: 'x' }],
};

/** Elements with the given local name, as [attributes, text] — a regex walk is enough for our own output's shape. */
function elements(xml: string, name: string): { attrs: string; text: string }[] {
  const re = new RegExp(`<${name}((?:\\s[^>]*?)?)(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', text: m[2] ?? '' }));
}

describe('XLIFF export', async () => {
  const corpus = await loadCorpus(['ro', 'en', 'fr']);

  it.each(VERSIONS.flatMap((v) => LEVELS.map((l) => [v, l] as const)))('XLIFF %s at %s level: write → read → write gives the same file', (version, level) => {
    const grid = gridById(corpus, level);
    for (const langCodes of ['short', 'region'] as const) {
      const options: XliffOptions = { version, level, target: 'fr', langCodes };
      const first = xliffToString(grid, corpus, options);
      const back = readXliff(new TextEncoder().encode(first), { fileName: 'pair.xlf' });
      expect(back.version).toBe(version);
      expect(back.level).toBe(level);
      expect(back.keyed).toBe(true);
      expect(back.documents.map((d) => d.lang)).toEqual(['ro', 'fr']);
      expect(back.documents.map((d) => d.format)).toEqual(['xliff', 'xliff']);
      expect(xliffToString(back.grid, back.documents, options)).toBe(first);
    }
  });

  it.each(VERSIONS)('XLIFF %s: one unit per aligned row, keyed by the row, with references and the unofficial mark', (version) => {
    const grid = gridById(corpus, 'unit');
    const xml = xliffToString(grid, corpus, { version, level: 'unit', target: 'en' });
    const rows = grid.rows.filter((r) => r.cells[0].length || r.cells[1].length);
    const units = elements(xml, version === '1.2' ? 'trans-unit' : 'unit');
    expect(units).toHaveLength(rows.length);
    expect(units.map((u) => /(?:name|resname)="([^"]*)"/.exec(u.attrs)![1])).toEqual(rows.map((r) => r.key));
    const back = readXliff(xml);
    const [ro, en] = back.documents;
    expect(ro.references).toEqual(corpus[0].references);
    expect(en.references).toEqual(corpus[1].references);
    expect([ro.official, en.official]).toEqual([true, false]);
    expect(ro.units.map((u) => [u.id, u.kind, u.label, u.text])).toEqual(corpus[0].units.map((u) => [u.id, u.kind, u.label, u.text]));
    expect(en.units.map((u) => [u.id, u.label, u.text])).toEqual(corpus[1].units.map((u) => [u.id, u.label, u.text]));
    expect(en.footnotes).toEqual(corpus[1].footnotes.map((f) => ({ n: f.n, text: f.text })));
    // The unofficial mark is on every unit and said once in words for the translator.
    expect(xml.match(/x-concordia-unofficial/g)?.length).toBeGreaterThanOrEqual(rows.length);
    expect(xml).toContain('Unofficial versions: en');
  });

  it.each(VERSIONS)('XLIFF %s at sentence level: one segment per sentence bead', (version) => {
    const grid = gridById(corpus, 'sentence');
    const xml = xliffToString(grid, corpus, { version, level: 'sentence', target: 'en' });
    const beads = grid.rows.flatMap((r) =>
      r.sentences!.beads.filter((b) => (b.sentences[0]?.length ?? 0) + (b.sentences[1]?.length ?? 0) > 0),
    );
    const segments = elements(xml, version === '1.2' ? 'trans-unit' : 'segment');
    expect(segments).toHaveLength(beads.length);
    expect(beads.length).toBeGreaterThan(grid.rows.length);
    const back = readXliff(xml);
    expect(back.grid.rows.map((r) => r.key)).toEqual(grid.rows.filter((r) => r.cells[0].length || r.cells[1].length).map((r) => r.key));
    expect(back.grid.rows.map((r) => r.sentences!.beads.length)).toEqual(
      grid.rows
        .filter((r) => r.cells[0].length || r.cells[1].length)
        .map((r) => r.sentences!.beads.filter((b) => (b.sentences[0]?.length ?? 0) + (b.sentences[1]?.length ?? 0) > 0).length),
    );
  });

  it.each(VERSIONS)('XLIFF %s: hostile texts come back after XML hygiene; annotations become notes; a missing cell stays empty', (version) => {
    const { grid, docs } = edgeGrid();
    const xml = xliffToString(grid, docs, { version, level: 'unit', target: 'en', annotations: [annotation] });
    const back = readXliff(xml);
    expect(back.documents[1].units.map((u) => u.text)).toEqual(EDGE_CASES.map((c) => c.expected));
    const notes = elements(xml, 'note').filter((n) => n.text.includes('agreed term'));
    expect(notes).toHaveLength(1);
    expect(notes[0].text).toBe('[terminology, open, Ana]: is &lt;this&gt; the agreed term? (en: “x”)');
    // The note sits in the unit of row para:2, not elsewhere.
    const unitOfNote = xml.slice(0, xml.indexOf('agreed term')).split(version === '1.2' ? '<trans-unit' : '<unit').pop()!;
    expect(unitOfNote).toMatch(/name="para:2"/);
    // fr is missing from row 3: an ro → fr file has the source and no target there.
    const fr = readXliff(xliffToString(grid, docs, { version, level: 'unit', target: 'fr' }));
    expect(fr.grid.rows[2].cells[1]).toEqual([]);
    expect(fr.grid.rows[2].cells[0][0].text).toBe('ro 3');
    expect(fr.grid.rows[2].flags.map((f) => [f.flag, f.doc])).toEqual([['missing', 1]]);
  });

  it.each(VERSIONS)('XLIFF %s: targets can be the version, a copy of the source, or left out', (version) => {
    const { grid, docs } = edgeGrid();
    const copied = xliffToString(grid, docs, { version, level: 'unit', target: 'en', targets: 'source' });
    expect(readXliff(copied).documents[1].units.map((u) => u.text)).toEqual(EDGE_CASES.map((_, i) => `ro ${i + 1}`));
    expect(copied).toContain(version === '1.2' ? 'state="needs-translation"' : 'state="initial"');
    const none = xliffToString(grid, docs, { version, level: 'unit', target: 'en', targets: 'none' });
    expect(elements(none, 'target')).toHaveLength(0);
    expect(readXliff(none).documents.map((d) => d.lang)).toEqual(['ro']);
  });

  it('any pair: a non-pivot source against another version', () => {
    const grid = gridById(corpus, 'unit');
    const xml = xliffToString(grid, corpus, { level: 'unit', source: 'en', target: 'fr', langCodes: 'region' });
    expect(xml).toContain('srcLang="en-GB" trgLang="fr-FR"');
    const back = readXliff(xml);
    expect(back.documents.map((d) => d.lang)).toEqual(['en', 'fr']);
    expect(back.documents[0].units.map((u) => u.text)).toEqual(corpus[1].units.map((u) => u.text));
  });

  it('streams one chunk per row and is deterministic', () => {
    const grid = gridById(corpus, 'unit');
    const chunks = [...xliffChunks(grid, corpus, { level: 'unit', target: 'en' })];
    expect(chunks.length).toBe(grid.rows.filter((r) => r.cells[0].length || r.cells[1].length).length + 2);
    expect(chunks.join('')).toBe(xliffToString(grid, corpus, { level: 'unit', target: 'en' }));
  });

  it('refuses what it cannot write, saying why', () => {
    const grid = gridById(corpus, 'unit');
    expect(() => xliffToString(grid, corpus, { level: 'unit', target: 'ro' })).toThrow(/source and target are both ro/);
    expect(() => xliffToString(grid, corpus, { level: 'unit', target: 'de' })).toThrow(/no de version in the grid for the target \(it has ro, en, fr\)/);
    expect(() => xliffToString(grid, corpus, { level: 'sentence', target: 'en' })).toThrow(/row title has no sentence alignment/);
    expect(() => xliffToString(grid, corpus.slice(0, 2), { level: 'unit', target: 'en' })).toThrow(ExportError);
    const empty = { ...grid, rows: [] };
    expect(() => xliffToString(empty, corpus, { level: 'unit', target: 'en' })).toThrow(/no row has text/);
  });
});
