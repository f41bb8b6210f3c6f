import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { checkGrid } from '../../../core/checks/index.js';
import { checkLength } from '../../../core/checks/length.js';
import { checkSentences } from '../../../core/checks/sentences.js';
import { parseDocument } from '../../../core/index.js';
import type { Finding, LangCode, ParsedDocument } from '../../../core/index.js';

// A small resolution of our own (tests/fixtures/checks/sentences/), Romanian pivot and English version, paragraphs
// of two and three sentences; each test edits the English text.
const FIXTURES = new URL('../../fixtures/checks/sentences/', import.meta.url);
const RO = readFileSync(new URL('ro.txt', FIXTURES), 'utf8');
const EN = readFileSync(new URL('en.txt', FIXTURES), 'utf8');

const parse = (text: string, lang: LangCode, official = false) => parseDocument(new TextEncoder().encode(text), { fileName: `${lang}.txt`, lang, official });

async function check(en: string, level: 'unit' | 'sentence' = 'unit') {
  const docs = [await parse(RO, 'ro', true), await parse(en, 'en')];
  const grid = alignDocuments(docs, { level });
  return { docs, grid, findings: checkGrid(grid, docs) };
}

/** `text` with `what` replaced (exactly once) by `by`. */
function edit(text: string, what: string, by: string): string {
  const at = text.indexOf(what);
  if (at < 0 || text.indexOf(what, at + 1) >= 0) throw new Error(`"${what}" is not in the fixture exactly once`);
  return text.slice(0, at) + by + text.slice(at + what.length);
}

const sentenceFindings = (fs: readonly Finding[]) => fs.filter((f) => f.message.key === 'sentence.omission' || f.message.key === 'sentence.addition');
const unitText = (doc: ParsedDocument, id: string) => doc.units.find((u) => u.id === id)!.text;

const RO_P1_S2 = 'Solicită autorităților să publice de îndată rezultatele tuturor analizelor de apă efectuate după accident.';
const EN_P1_S2 = 'Calls on the authorities to publish without delay the results of all water analyses carried out since the accident. ';
const EN_P3_S1 = 'Condemns the detention of the journalists who were documenting the aftermath of the accident. ';
const MADE_UP = 'Notes that two of the detained journalists had been accredited by the regional press office in April. ';

describe('sentence check', () => {
  it('finds nothing when every sentence has its counterpart', async () => {
    const { findings } = await check(EN);
    expect(findings.filter((f) => f.type === 'omission' || f.type === 'addition')).toEqual([]);
  });

  it('reports a pivot sentence the version lacks, with a span over that sentence in the pivot unit', async () => {
    for (const level of ['unit', 'sentence'] as const) {
      const { docs, findings } = await check(edit(EN, EN_P1_S2, ''), level);
      const found = sentenceFindings(findings);
      expect(found.map((f) => `${f.type} ${f.row} ${f.message.key}`), level).toEqual(['omission para:1 sentence.omission']);
      const [f] = found;
      expect(f.langs).toEqual(['ro', 'en']);
      expect(f.message.params).toMatchObject({ n: 2, langA: 'RO', langB: 'EN' });
      // A long sentence is quoted cut at a word boundary.
      const a = String(f.message.params.a);
      expect(a.endsWith('…') && RO_P1_S2.startsWith(a.slice(0, -1)) && a.length < RO_P1_S2.length).toBe(true);
      expect(f.spans).toHaveLength(1);
      const [s] = f.spans;
      expect(s).toMatchObject({ doc: 0, lang: 'ro', unit: 'para:1', text: RO_P1_S2 });
      expect(unitText(docs[0], 'para:1').slice(s.start, s.end)).toBe(RO_P1_S2);
    }
  });

  it('reports a sentence only the version has, with a span over it in the version unit', async () => {
    const { docs, findings } = await check(edit(EN, EN_P3_S1, EN_P3_S1 + MADE_UP));
    const found = sentenceFindings(findings);
    expect(found.map((f) => `${f.type} ${f.row}`)).toEqual(['addition para:3']);
    const [s] = found[0].spans;
    expect(s).toMatchObject({ doc: 1, lang: 'en', unit: 'para:3', text: MADE_UP.trim() });
    expect(unitText(docs[1], 'para:3').slice(s.start, s.end)).toBe(MADE_UP.trim());
    expect(found[0].message.params).toMatchObject({ n: 2, langA: 'EN', langB: 'RO' });
  });

  it('does not report a short sentence without a counterpart', async () => {
    const short = 'Regrets this delay. ';
    const { findings } = await check(edit(EN, EN_P3_S1, EN_P3_S1 + short));
    expect(sentenceFindings(findings)).toEqual([]);
  });

  it('does not report a sentence translated as a different one as an omission plus an addition', async () => {
    const replaced = edit(EN, 'Regrets, however, that earlier inspections did not notice the condition of the pipeline.', 'Notes that the mill employs about two hundred people from the nearby villages of the valley.');
    const { findings } = await check(replaced);
    expect(sentenceFindings(findings)).toEqual([]);
    // The same sentence dropped instead of replaced is an omission: the check does look at this row.
    const dropped = await check(edit(EN, ' Regrets, however, that earlier inspections did not notice the condition of the pipeline.', ''));
    expect(sentenceFindings(dropped.findings).map((f) => `${f.type} ${f.row}`)).toEqual(['omission para:4']);
  });

  it('does not report a sentence cut in two and rephrased as an addition', async () => {
    // Both pieces together are much longer than the original, so the aligner leaves the first one unpaired.
    const rephrased = edit(EN, EN_P3_S1, 'Condemns what happened to the reporters in the days that followed. They were detained while documenting the aftermath of the accident. ');
    const { findings } = await check(rephrased);
    expect(sentenceFindings(findings)).toEqual([]);
  });

  it('does not report a sentence moved inside the unit as an omission plus an addition', async () => {
    // The third sentence of paragraph 1 comes first in the English: the aligner leaves it unpaired on both sides.
    const s1 = 'Expresses its deep concern about the extent of the pollution and the delay with which residents were informed. ';
    const s3 = 'Considers that the affected families must be compensated in full and without delay.';
    const moved = edit(edit(EN, ` ${s3}`, ''), s1, `${s3} ${s1}`);
    const { grid, findings } = await check(moved, 'sentence');
    const beads = grid.rows.find((r) => r.key === 'para:1')!.sentences!.beads.map((b) => b.sentences.map((x) => x.length).join('-'));
    expect(beads).toContain('0-1');
    expect(beads).toContain('1-0');
    expect(sentenceFindings(findings)).toEqual([]);
  });

  it('replaces the length finding of the same row and version instead of doubling it', async () => {
    // Paragraph 2 has two sentences: without the second, the English cell is about half the usual length.
    const { docs, grid, findings } = await check(edit(EN, ' Underlines that migratory birds return to the region at the beginning of September.', ''));
    const row = grid.rows.find((r) => r.key === 'para:2')!;
    const ctx = { grid, docs, options: {}, lang: (d: number) => docs[d].lang, unit: () => undefined, entities: () => [], lengthRatio: () => 1, gridFindings: () => new Map() };
    expect(checkLength(row, ctx).map((f) => f.message.key)).toEqual(['length.omission']);
    const here = findings.filter((f) => f.row === 'para:2' && (f.type === 'omission' || f.type === 'addition'));
    expect(here.map((f) => f.message.key)).toEqual(['sentence.omission']);
    expect(here[0].spans[0].text).toBe('Subliniază că păsările migratoare se întorc în regiune la începutul lunii septembrie.');
  });
});

describe('sentence check on odd cells', () => {
  it('returns nothing rather than throwing on empty, punctuation-only and one-sided cells', () => {
    const seg = (id: string, text: string) => ({ id, kind: 'paragraph' as const, label: '1', ordinal: 1, text });
    const cells = [
      [[seg('para:1', '')], [seg('para:1', 'Two sentences here, both long enough to count for something. And another one that is long enough too.')]],
      [[seg('para:1', '... ; ; .')], [seg('para:1', '. . .')]],
      [[], [seg('para:1', 'Only the version has this unit, with two sentences of some length. Here is the second of them, also long.')]],
      [[seg('para:1', 'The pivot has two sentences of a decent length in this unit. Here comes the second one of the pivot.')], []],
    ];
    for (const [a, b] of cells) {
      const grid = { pivot: 0, documents: [{ lang: 'ro' as const, name: 'ro', official: true }, { lang: 'en' as const, name: 'en', official: false }], rows: [{ key: 'para:1', kind: 'paragraph' as const, cells: [a, b], confidence: 1, flags: [] }] };
      const ctx = { grid, docs: [], options: {}, lang: (d: number) => grid.documents[d].lang, unit: () => undefined, entities: () => [], lengthRatio: () => null, gridFindings: () => new Map() };
      expect(checkSentences(grid.rows[0], ctx)).toEqual([]);
    }
  });
});

describe('sentence check on unstructured documents', () => {
  it('judges an unpaired sentence of a whole text by its neighbourhood, not by mismatches far from it', async () => {
    // Paragraph 1 loses its second sentence; paragraph 4's third sentence moves to its start (an unpaired sentence
    // on each side, far from the first edit). Whole texts are one row, aligned sentence by sentence.
    const s3 = 'Calls for an independent inquiry into the inspections carried out over the past five years.';
    const s1 = 'Welcomes the government’s decision to suspend the mill’s operations until the investigation is concluded. ';
    const en = edit(edit(edit(EN, EN_P1_S2, ''), ` ${s3}`, ''), s1, `${s3} ${s1}`);
    const docs = [{ ...(await parse(RO, 'ro', true)), unstructured: true }, { ...(await parse(en, 'en')), unstructured: true }];
    const grid = alignDocuments(docs);
    expect(grid.rows.map((r) => r.key)).toEqual(['text']);
    const found = sentenceFindings(checkGrid(grid, docs));
    expect(found.map((f) => `${f.type} ${f.spans[0].text}`)).toEqual([`omission ${RO_P1_S2}`]);
  });
});

describe('sentence check on the bundled corpus', () => {
  const LANGS: LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg'];
  const load = () => Promise.all(LANGS.map((l) => parse(readFileSync(`corpus/2022-2505-RSP/${l}.txt`, 'utf8'), l, l === 'ro')));

  it('finds no omitted or added sentence in the six untouched versions, and finds one removed from them', { timeout: 60_000 }, async () => {
    const docs = await load();
    const grid = alignDocuments(docs);
    const findings = checkGrid(grid, docs);
    expect(findings.filter((f) => f.type === 'omission' || f.type === 'addition').map((f) => `${f.message.key} ${f.row} ${f.langs.join('-')}`)).toEqual([]);
    // Control: the French paragraph 16 without its last sentence.
    const fr = docs[2];
    const para = fr.units.find((u) => u.id === 'para:16')!;
    const cut = para.text.slice(0, para.text.lastIndexOf('; ') + 1);
    expect(cut.length).toBeGreaterThan(40);
    const edited = docs.map((d, i) => (i === 2 ? { ...d, units: d.units.map((u) => (u.id === 'para:16' ? { ...u, text: cut, calls: u.calls.filter((c) => c.offset <= cut.length) } : u)) } : d));
    const editedGrid = alignDocuments(edited);
    const row = editedGrid.rows.find((r) => r.key === 'para:16')!;
    const again = checkGrid(editedGrid, edited);
    expect(sentenceFindings(again).map((f) => `${f.type} ${f.row} ${f.langs.join('-')}`)).toEqual(['omission para:16 ro-fr']);
    expect(row.cells[2].map((s) => s.id)).toEqual(['para:16']);
    expect(checkSentences(row, { grid: editedGrid, docs: edited, options: {}, lang: (d) => edited[d].lang, unit: () => undefined, entities: () => [], lengthRatio: () => null, gridFindings: () => new Map() })).toHaveLength(1);
  });
});
