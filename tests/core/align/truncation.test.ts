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

// The other mirror: the pivot is the text that starts late (a paste beginning at recital F or paragraph 7, or
// inside a unit, whose fragment the parser leaves out). The versions' units before its first one must come out as
// rows across the versions flagged `missing` for the pivot (the fragment's unit `truncated` for it), not as one
// `extra` row per version and unit, and every row from the pivot's first unit on must pair as in the whole text.
describe('a pivot that starts late', async () => {
  const ro = read('ro');
  const at = (text: string, label: string) => {
    const m = new RegExp(`^\\s?${label}\\. `, 'm').exec(text);
    if (!m) throw new Error(`no unit ${label}. in the text`);
    return m.index;
  };
  /** The text from the unit printed with `label` on (its label line first). */
  const from = (text: string, label: string) => text.slice(at(text, label)).trimStart();
  /** The text from about `chars` characters into the unit printed with `label` (at a word start): its end only. */
  const fromInside = (text: string, label: string, chars: number) => text.slice(at(text, label) + chars).replace(/^\S*\s+/u, '');
  const versions = async () => [await parse(read('en'), 'en'), await parse(read('fr'), 'fr'), await parse(read('de'), 'de')];
  const citations = Array.from({ length: 10 }, (_, k) => `citation:${k + 1}`);
  const recitals = (to: number) => Array.from({ length: to }, (_, k) => `recital:${k + 1}`);
  const paras = (to: number) => Array.from({ length: to }, (_, k) => `para:${k + 1}`);
  const footnotes = ['footnote:1', 'footnote:2', 'footnote:3', 'footnote:4', 'footnote:5'];

  /**
   * Checks a grid whose pivot (0) starts at row `firstKey`: the rows before it hold, one to one, the versions'
   * units `head` (the same unit in every version, flagged `missing` for the pivot only, with a detail saying where
   * the pivot starts, or `truncated` for the unit `cutId` its text starts inside); every pivot row from `firstKey`
   * on pairs each version with the unit of the same id and no flag; footnote rows the pivot lacks (`lostNotes`)
   * are flagged like the head; no row is `extra`.
   */
  const expectPivotStart = (grid: AlignmentGrid, firstKey: string, head: readonly string[], cutId: string | null, lostNotes: readonly string[], pivotRowsUpTo?: string) => {
    const lang = grid.documents[0].lang;
    const first = grid.rows.findIndex((r) => r.key === firstKey);
    expect(first).toBe(head.length);
    const headRows = grid.rows.slice(0, first);
    expect(headRows.map((r) => r.cells[1].map((s) => s.id).join('+'))).toEqual(head);
    const where = cutId ? `inside ${cutId}` : `at ${firstKey}`;
    for (const r of [...headRows, ...grid.rows.filter((x) => x.kind === 'footnote' && x.cells[0].length === 0)]) {
      const id = r.cells[1][0].id;
      expect(r.cells[0]).toEqual([]);
      for (let d = 1; d < grid.documents.length; d++) expect([id, d, r.cells[d].map((s) => s.id)]).toEqual([id, d, [id]]);
      if (id === cutId) {
        expect(r.flags.map((f) => [f.flag, f.doc])).toEqual([['truncated', 0]]);
        expect(r.flags[0].detail).toMatch(new RegExp(`^the pivot \\(${lang}\\) starts inside ${id}\\b.* with “\\S.*…”: only the end of it is there`, 'u'));
        expect(r.confidence).toBeLessThanOrEqual(0.5);
      } else {
        expect(r.flags.map((f) => [f.flag, f.doc])).toEqual([['missing', 0]]);
        expect(r.flags[0].detail).toMatch(new RegExp(`^the pivot \\(${lang}\\) starts ${where}\\b.*: its text before that is missing; [a-z, ]+ have it$`, 'u'));
      }
    }
    expect(grid.rows.filter((r) => r.kind === 'footnote' && r.cells[0].length === 0).map((r) => r.cells[1][0].id)).toEqual(lostNotes);
    // From the pivot's first unit on (up to `pivotRowsUpTo` when it also ends early), one to one and unflagged.
    const last = pivotRowsUpTo ? grid.rows.findIndex((r) => r.key === pivotRowsUpTo) : grid.rows.length - 1;
    for (const r of grid.rows.slice(first, last + 1)) {
      if (r.cells[0].length === 0) continue; // footnotes the pivot lost, checked above
      for (let d = 1; d < grid.documents.length; d++) expect([r.key, d, r.cells[d].map((s) => s.id)]).toEqual([r.key, d, [r.key]]);
      if (r.key !== pivotRowsUpTo) expect([r.key, r.flags]).toEqual([r.key, []]);
    }
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'extra')).toEqual([]);
  };

  it('the official pivot starting at recital F: title, opening, citations, recitals A–E and the footnotes they call', async () => {
    const pivot = await parse(from(ro, 'F'), 'ro', true);
    expect(pivot.units[0].id).toBe('recital:6');
    const grid = alignDocuments([pivot, ...(await versions())]);
    expectPivotStart(grid, 'recital:6', ['title', 'opening', ...citations, ...recitals(5)], null, footnotes);
    expect(grid.rows[0].flags[0].detail).toBe('the pivot (ro) starts at recital:6 (F): its text before that is missing; en, fr, de have it');
  });

  it('the official pivot starting at paragraph 7', async () => {
    const grid = alignDocuments([await parse(from(ro, '7'), 'ro', true), ...(await versions())]);
    expectPivotStart(grid, 'para:7', ['title', 'opening', ...citations, ...recitals(18), ...paras(6)], null, footnotes);
  });

  it('the official pivot starting inside paragraph 6: paragraph 6 is truncated for the pivot, the rest missing', async () => {
    const pivot = await parse(fromInside(ro, '6', 70), 'ro', true);
    expect(pivot.warnings.map((w) => w.params?.variant)).toContain('cut-off-paragraph');
    const grid = alignDocuments([pivot, ...(await versions())]);
    expectPivotStart(grid, 'para:7', ['title', 'opening', ...citations, ...recitals(18), ...paras(6)], 'para:6', footnotes);
    const para6 = grid.rows.find((r) => r.cells[1][0]?.id === 'para:6')!;
    expect(para6.flags[0].detail).toMatch(/^the pivot \(ro\) starts inside para:6 \(6\) with “\S.*…”: only the end of it is there, and the parser left it out; en, fr, de have it whole$/u);
  });

  it('says which version also lacks a unit before the pivot\'s start', async () => {
    const fr = perturb(read('fr'), 'fr', { kind: 'drop-recital', at: 3 });
    const grid = alignDocuments([await parse(from(ro, 'F'), 'ro', true), await parse(read('en'), 'en'), await parse(fr.text, 'fr')]);
    const recital3 = grid.rows.find((r) => r.cells[1][0]?.id === 'recital:3')!;
    expect([recital3.cells[2], recital3.flags.map((f) => [f.flag, f.doc])]).toEqual([[], [['missing', 0], ['missing', 2]]]);
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'extra')).toEqual([]);
  });

  it('a pivot chosen by the caller (EN) starting late, inside a unit, or late and ending early, against the official RO', async () => {
    const en = read('en');
    const cases = [
      // EN's footnotes are printed at its end: a paste from recital F keeps them (their calls went with citation 1).
      { text: from(en, 'F'), first: 'recital:6', head: ['title', 'opening', ...citations, ...recitals(5)], cut: null, notes: [] },
      { text: fromInside(en, 'E', 200), first: 'recital:6', head: ['title', 'opening', ...citations, ...recitals(5)], cut: 'recital:5', notes: [] },
      { text: from(en, '7'), first: 'para:7', head: ['title', 'opening', ...citations, ...recitals(18), ...paras(6)], cut: null, notes: [] },
    ];
    for (const c of cases) {
      const grid = alignDocuments([await parse(c.text, 'en'), await parse(ro, 'ro', true), await parse(read('fr'), 'fr')], { pivot: 0 });
      expectPivotStart(grid, c.first, c.head, c.cut, c.notes);
    }
    // Late and early: from paragraph 7 to inside paragraph 18; RO's footnotes are called from citation 1 (head).
    const both = perturb(en, 'en', { kind: 'missing-beginning', start: 'paragraphs', at: 6, to: 18 });
    const grid = alignDocuments([await parse(both.text, 'en'), await parse(ro, 'ro', true), await parse(read('fr'), 'fr')], { pivot: 0 });
    expectPivotStart(grid, 'para:7', ['title', 'opening', ...citations, ...recitals(18), ...paras(6)], null, footnotes, 'para:18');
    expect(grid.rows.find((r) => r.key === 'para:18')!.flags.map((f) => [f.flag, f.doc])).toEqual([['truncated', 0]]);
    const tail = grid.rows.filter((r) => r.cells[0].length === 0 && r.kind !== 'footnote' && grid.rows.indexOf(r) > grid.rows.findIndex((x) => x.key === 'para:18'));
    expect(tail.map((r) => r.cells[1][0].id)).toEqual([...paras(26).slice(18), 'closing']);
    for (const r of tail) expect(r.flags[0].detail).toMatch(/^the pivot \(en\) ends before /u);
  });

  it('flags nothing for the pivot when its text is whole (RO, or EN chosen as pivot)', async () => {
    const whole = alignDocuments([await parse(ro, 'ro', true), ...(await versions())]);
    expect(whole.rows.flatMap((r) => r.flags)).toEqual([]);
    const en = alignDocuments([await parse(read('en'), 'en'), await parse(ro, 'ro', true), await parse(read('fr'), 'fr')], { pivot: 0 });
    expect(en.rows.flatMap((r) => r.flags).filter((f) => f.doc === 0 || f.flag === 'extra')).toEqual([]);
  });

  it('does not flag the pivot when a version starts late (that is the version\'s missing beginning)', async () => {
    const grid = alignDocuments([await parse(ro, 'ro', true), await parse(from(read('en'), '7'), 'en')]);
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.doc === 0 || f.flag === 'extra')).toEqual([]);
    expect(grid.rows.find((r) => r.key === 'para:6')!.flags.map((f) => [f.flag, f.doc])).toEqual([['missing', 1]]);
  });
});

describe('tailRows on the head side', () => {
  const item = (id: string, slot: number | null): Item => ({
    seg: { id, kind: slot === null ? 'citation' : 'paragraph', label: slot === null ? null : String(slot), ordinal: 0, text: id },
    features: featuresOf(id, 'en'),
    slot,
  });
  const ids = (rows: ReturnType<typeof tailRows>) => rows.map((r) => r.cells.map((c) => c?.seg.id ?? '-').join(' '));

  it('pairs unlabelled units by their distance from the pivot\'s start (the last before it first), in document order', () => {
    const lists = [[], [{ item: item('a', null), confidence: 1 }, { item: item('b', null), confidence: 1 }], [{ item: item('x', null), confidence: 1 }]];
    expect(ids(tailRows(lists, 'head'))).toEqual(['- a -', '- b x']);
    expect(ids(tailRows(lists))).toEqual(['- a x', '- b -']);
  });

  it('groups labelled units by slot, in slot order', () => {
    const rows = tailRows([[], [{ item: item('en5', 5), confidence: 0.9 }, { item: item('en6', 6), confidence: 0.8 }], [{ item: item('fr6', 6), confidence: 0.4 }]], 'head');
    expect(ids(rows)).toEqual(['- en5 -', '- en6 fr6']);
    expect(rows[1].confidence).toBe(0.4);
  });
});
