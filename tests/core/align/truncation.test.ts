// The pieces of the aligner that make a version which ends early align as far as it goes (issue 16): how a cut
// text is recognised and compared, the length ratio, and the support a split or merge needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asPartial, defaultExtractors, endsOpen, featuresOf, idfWeights, isCutShort, scorePair } from '../../../core/align/evidence.js';
import type { PairContext } from '../../../core/align/evidence.js';
import { alignSequence } from '../../../core/align/sequence.js';
import { itemsOf, lengthRatio, tailRows } from '../../../core/align/units.js';
import type { Item } from '../../../core/align/units.js';
import { alignDocuments } from '../../../core/align/index.js';
import { parseDocument } from '../../../core/index.js';
import type { AlignmentGrid, LangCode } from '../../../core/index.js';
import { perturb } from '../../../scripts/lib/perturb.js';

const CORPUS = new URL('../../../corpus/2022-2505-RSP/', import.meta.url);
const read = (lang: string) => readFileSync(new URL(`${lang}.txt`, CORPUS), 'utf8');
const parse = (text: string, lang: LangCode, official = false) => parseDocument(new TextEncoder().encode(text), { fileName: `${lang}.txt`, lang, official });
const ctx = (ratio = 1): PairContext => ({ ratio, numberWeight: idfWeights([]), nameWeight: idfWeights([]) });

describe('endsOpen', () => {
  it('is true only for a text that stops after a word', () => {
    expect(endsOpen('calls on the authorities of Kazakhstan to release')).toBe(true);
    expect(endsOpen('having regard to Rule 144(5) of its Rules of Procedure 2')).toBe(true);
    // A bracket or quote is skipped: what counts is whether punctuation comes before it.
    expect(endsOpen('the statement by the spokesperson of the EEAS (European External Action Service)')).toBe(true);
    for (const closed of ['to the Council;', 'of Kazakhstan.', 'as follows:', 'the ‘Fund for the People’.', 'έως το 2031·', 'vu la résolution (2019),', 'the “Fund for the People;”']) {
      expect(endsOpen(closed), closed).toBe(false);
    }
  });
});

describe('scorePair with a cut-off text', () => {
  const whole = featuresOf('calls for the release of the 14 activists detained in Almaty on 5 January 2022 and for an independent inquiry into the 227 deaths;', 'en');
  const start = featuresOf('calls for the release of the 14 activists detained in Almaty', 'en');
  const other = featuresOf('notes that 9 journalists were fined in Nur-Sultan in 2019 and asks the Commission to report by 2025;', 'en');

  it('does not hold the missing end against the start of a unit', () => {
    const asComplete = scorePair(whole, start, ctx()).sim;
    const asCut = scorePair(whole, asPartial(start), ctx()).sim;
    expect(asCut).toBeGreaterThan(asComplete);
    expect(asCut).toBeGreaterThan(0.7);
    // The same from the other side (a cut-off pivot unit).
    expect(scorePair(asPartial(start), whole, ctx()).sim).toBeCloseTo(asCut, 10);
  });

  it('still tells its partner from a unit with other numbers and names', () => {
    expect(scorePair(whole, asPartial(start), ctx()).sim).toBeGreaterThan(scorePair(other, asPartial(start), ctx()).sim + 0.3);
  });

  it('counts a cut text as cut short only when clearly shorter than its partner', () => {
    expect(isCutShort(whole, asPartial(start), 1)).toBe(true);
    expect(isCutShort(whole, asPartial(whole), 1)).toBe(false);
  });
});

describe('alignSequence support for splits and merges', () => {
  it('does not merge two pivot units into a cut-off text no longer than the first', () => {
    // The fragment shares one number with each of the next two units: read together they account for both, and
    // without the length test that would make the merge win, although a text shorter than the first unit
    // cannot reach into the second.
    const a = [
      featuresOf('welcomes the decision of 3 March to free 12 detainees;', 'en'),
      featuresOf('condemns the arrest of 17 journalists and bloggers in the regions and calls on the authorities to stop using the criminal code against peaceful critics and to drop all charges against them;', 'en'),
      featuresOf('urges the government to repeal article 405 of the criminal code and to register the opposition party;', 'en'),
    ];
    const b = [featuresOf('welcomes the decision of 3 March to free 12 detainees;', 'en'), asPartial(featuresOf('condemns the arrest of 17 journalists under article 405', 'en'))];
    const steps = alignSequence(a, b, ctx(), (i, j) => i === j);
    expect(steps.map((s) => `${s.op}:${s.a.join('+')}/${s.b.join('+')}`)).toEqual(['pair:0/0', 'pair:1/1', 'delete:2/']);
  });

  it('still merges when the text read together fits better than either part', () => {
    const a = [
      featuresOf('condemns the arrest of 16 journalists in Almaty;', 'en'),
      featuresOf('calls for the release of the 16 journalists held since 6 January 2022;', 'en'),
    ];
    const b = [featuresOf('condemns the arrest of 16 journalists in Almaty and calls for the release of the 16 journalists held since 6 January 2022;', 'en')];
    const steps = alignSequence(a, b, ctx(), (i, j) => i === j);
    expect(steps.map((s) => s.op)).toEqual(['merge']);
  });
});

describe('lengthRatio', () => {
  it('is about the same for a version and the first part of it', async () => {
    const ro = itemsOf(await parse(read('ro'), 'ro'), defaultExtractors);
    for (const lang of ['en', 'de', 'el'] as const) {
      const full = itemsOf(await parse(read(lang), lang), defaultExtractors);
      const cut = itemsOf(await parse(perturb(read(lang), lang, { kind: 'cut-in-recital', at: 5 }).text, lang), defaultExtractors);
      expect(Math.abs(Math.log(lengthRatio(ro, cut) / lengthRatio(ro, full))), lang).toBeLessThan(0.05);
    }
  });
});

// The mirror case: the pivot (the official Romanian text, or the version chosen as pivot) is the one that ends
// early. The official text is laid out as extracted from its DOCX (lines wrapped, footnotes at page ends), so it
// is cut at a unit found by its printed label rather than with `perturb`, which needs one unit per block.
describe('a pivot that ends early', async () => {
  const ro = read('ro');
  /** The official text up to about `chars` characters into the unit printed with `label` (cut after a word). */
  const cutInside = (label: string, chars: number) => {
    const at = new RegExp(`^\\s?${label}\\. `, 'm').exec(ro);
    if (!at) throw new Error(`no unit ${label}. in ro.txt`);
    const text = ro.slice(0, at.index + chars).replace(/[\s,;.:]*\S*$/u, '');
    expect(endsOpen(text.slice(-60))).toBe(true);
    return text;
  };
  /** The official text up to (without) the unit printed with `label`: the units before it whole. */
  const cutBefore = (label: string) => ro.slice(0, new RegExp(`^\\s?${label}\\. `, 'm').exec(ro)!.index);
  const versions = async () => [await parse(read('en'), 'en'), await parse(read('fr'), 'fr'), await parse(read('de'), 'de')];
  const ids = (grid: AlignmentGrid, d: number) => grid.rows.map((r) => r.cells[d].map((s) => s.id).join('+'));

  /**
   * Checks a grid whose pivot (0) ends at row `lastKey`: rows up to it pair every version one to one with no flag
   * but the pivot's `truncated` where expected; every row after it (the versions' units past the pivot's end, the
   * footnotes included) is one row across the versions, flagged `missing` for the pivot only; no row is `extra`.
   */
  const expectPivotEnd = (grid: AlignmentGrid, lastKey: string, tail: readonly string[], cut: boolean) => {
    const last = grid.rows.findIndex((r) => r.key === lastKey);
    expect(last).toBeGreaterThan(0);
    const pivotRows = grid.rows.slice(0, last + 1).filter((r) => r.cells[0].length > 0);
    for (const r of grid.rows.slice(0, last + 1)) {
      for (let d = 1; d < grid.documents.length; d++) expect([r.key, d, r.cells[d].map((s) => s.id)]).toEqual([r.key, d, [r.key]]);
      if (r.key !== lastKey || !cut) expect([r.key, r.flags]).toEqual([r.key, []]);
    }
    expect(pivotRows.length).toBe(last + 1);
    const lastRow = grid.rows[last];
    if (cut) {
      expect(lastRow.flags.map((f) => [f.flag, f.doc])).toEqual([['truncated', 0]]);
      expect(lastRow.flags[0].detail).toMatch(new RegExp(`^the pivot \\(${grid.documents[0].lang}\\) stops inside ${lastKey}\\b.* after “…\\S.*”: only the start of it is there; the versions go on$`, 'u'));
      expect(lastRow.confidence).toBeLessThanOrEqual(0.5);
    }
    const after = grid.rows.filter((r) => r.cells[0].length === 0 && grid.rows.indexOf(r) > last && r.kind !== 'footnote');
    expect(after.map((r) => r.cells[1].map((s) => s.id).join())).toEqual(tail);
    for (const r of grid.rows.slice(last + 1)) {
      if (r.cells[0].length > 0) continue; // footnotes the pivot kept
      const id = r.cells[1][0].id;
      for (let d = 1; d < grid.documents.length; d++) expect([r.key, d, r.cells[d].map((s) => s.id)]).toEqual([r.key, d, [id]]);
      expect(r.flags.map((f) => [f.flag, f.doc])).toEqual([['missing', 0]]);
      expect(r.flags[0].detail).toMatch(new RegExp(`^the pivot \\(${grid.documents[0].lang}\\) ends before ${id}\\b.*: its text ${cut ? 'stops inside' : 'ends after'} ${lastKey}\\b`, 'u'));
    }
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'extra')).toEqual([]);
  };
  const paragraphs = (from: number) => [...Array.from({ length: 26 - from + 1 }, (_, k) => `para:${from + k}`), 'closing'];

  it('flags nothing when no version is cut', async () => {
    const grid = alignDocuments([await parse(ro, 'ro', true), ...(await versions())]);
    expect(grid.rows.flatMap((r) => r.flags)).toEqual([]);
  });

  it('flags the official pivot cut inside a paragraph, where it stops, and the versions\' rows after it', async () => {
    const text = cutInside('12', 160);
    const grid = alignDocuments([await parse(text, 'ro', true), ...(await versions())]);
    expectPivotEnd(grid, 'para:12', paragraphs(13), true);
    expect(grid.rows.find((r) => r.key === 'para:12')!.flags[0].detail).toContain(`after “…${text.trimEnd().slice(-40).trimStart()}”`);
  });

  it('flags the official pivot cut inside a recital', async () => {
    const grid = alignDocuments([await parse(cutInside('F', 130), 'ro', true), ...(await versions())]);
    const recitals = 'GHIJKLMNOPQR'.split('').map((_, k) => `recital:${7 + k}`);
    expectPivotEnd(grid, 'recital:6', [...recitals, ...paragraphs(1)], true);
  });

  it('flags the official pivot that lost its last paragraphs whole (ends after a paragraph) on the rows after it', async () => {
    const grid = alignDocuments([await parse(cutBefore('13'), 'ro', true), ...(await versions())]);
    expectPivotEnd(grid, 'para:12', paragraphs(13), false);
  });

  it('flags a pivot chosen by the caller, cut inside a paragraph, after one, or with its last paragraphs dropped', async () => {
    const cases = [
      { c: { kind: 'cut-in-paragraph', at: 20 }, last: 'para:20', tail: paragraphs(21), cut: true },
      { c: { kind: 'drop-last-paragraphs', at: 4 }, last: 'para:22', tail: paragraphs(23), cut: false },
      // Paragraph 16 of EN pairs less well with RO's than RO's paragraph 24 does: were the versions' units past
      // the pivot's end priced as gaps in the middle, it would pair with 24 and call 16–23 extra.
      { c: { kind: 'cut-after-paragraph', at: 16 }, last: 'para:16', tail: paragraphs(17), cut: false },
      // Cut inside the closing paragraph: no unit follows, only the footnotes (printed last) are lost.
      { c: { kind: 'cut-in-paragraph', at: 27 }, last: 'closing', tail: [], cut: true },
    ] as const;
    for (const { c, last, tail, cut } of cases) {
      const en = perturb(read('en'), 'en', c);
      const grid = alignDocuments([await parse(en.text, 'en'), await parse(ro, 'ro', true), await parse(read('fr'), 'fr')], { pivot: 0 });
      expectPivotEnd(grid, last, tail, cut);
      // The footnotes the cut pivot lost are rows past its end too.
      const lost = en.expected.filter((e) => e.key?.startsWith('footnote:')).map((e) => e.key);
      expect(grid.rows.filter((r) => r.kind === 'footnote' && r.cells[0].length === 0).map((r) => r.cells[1][0].id)).toEqual(lost);
    }
  });

  it('says which version also lacks a unit past the pivot\'s end', async () => {
    const fr = perturb(read('fr'), 'fr', { kind: 'drop-last-paragraphs', at: 2 });
    const grid = alignDocuments([await parse(cutInside('20', 120), 'ro', true), await parse(read('en'), 'en'), await parse(fr.text, 'fr')]);
    const para25 = grid.rows.find((r) => r.cells[1][0]?.id === 'para:25')!;
    expect([para25.cells[2], para25.flags.map((f) => [f.flag, f.doc])]).toEqual([[], [['missing', 0], ['missing', 2]]]);
    expect(ids(grid, 2).filter((x) => x === 'para:24').length).toBe(1);
  });

  it('does not flag a version whose last unit has an open end when the pivot is whole', async () => {
    // A version cut inside paragraph 12 is the version's truncation (doc 1), never the pivot's.
    const en = perturb(read('en'), 'en', { kind: 'cut-in-paragraph', at: 12 });
    const grid = alignDocuments([await parse(ro, 'ro', true), await parse(en.text, 'en')]);
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.doc === 0)).toEqual([]);
  });
});

describe('tailRows', () => {
  const item = (id: string, slot: number | null): Item => ({
    seg: { id, kind: slot === null ? 'citation' : 'paragraph', label: slot === null ? null : String(slot), ordinal: 0, text: id },
    features: featuresOf(id, 'en'),
    slot,
  });
  const ids = (rows: ReturnType<typeof tailRows>) => rows.map((r) => r.cells.map((c) => c?.seg.id ?? '-').join(' '));

  it('puts the versions\' units of one slot in one row, in slot order, and a unit no other version has in its own', () => {
    const rows = tailRows([
      [],
      [{ item: item('en13', 13), confidence: 0.6 }, { item: item('en14', 14), confidence: 0.7 }],
      [{ item: item('fr14', 14), confidence: 0.5 }, { item: item('fr14b', 14), confidence: 0.9 }, { item: item('fr15', 15), confidence: 0.9 }],
    ]);
    expect(ids(rows)).toEqual(['- en13 -', '- en14 fr14', '- - fr14b', '- - fr15']);
    expect(rows[1].confidence).toBe(0.5);
  });

  it('pairs unlabelled units by their position past the end', () => {
    expect(ids(tailRows([[], [{ item: item('a', null), confidence: 1 }, { item: item('b', null), confidence: 1 }], [{ item: item('x', null), confidence: 1 }]]))).toEqual(['- a x', '- b -']);
  });
});
