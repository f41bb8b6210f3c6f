// A pivot that kept its title but lost its first citations: citations carry no labels, so the parser sees no late
// start, and the versions' citations before the pivot's first used to come out as one `extra` row per version.
// When two or more versions (and more than half of them) have a citation there, it is a row across the versions
// flagged `missing` for the pivot; what only one version has stays that version's `extra`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { parseDocument } from '../../../core/index.js';
import type { AlignmentGrid, LangCode } from '../../../core/index.js';

const CORPUS = new URL('../../../corpus/2022-2505-RSP/', import.meta.url);
const read = (lang: string) => readFileSync(new URL(`${lang}.txt`, CORPUS), 'utf8');
const parse = (text: string, lang: string, official = false) => parseDocument(new TextEncoder().encode(text), { fileName: `${lang}.txt`, lang: lang as LangCode, official });

/** The text without its first `k` citations (blocks starting with the dash), everything else as it was. */
function dropCitations(text: string, k: number): string {
  let n = 0;
  return text
    .split(/\n\s*\n/)
    .filter((b) => !(b.trimStart().startsWith('–') && n++ < k))
    .join('\n\n');
}

/** The text with `block` as a citation of its own right after the opening line. */
function addFirstCitation(text: string, opening: string, block: string): string {
  const at = text.indexOf(opening);
  if (at < 0) throw new Error(`no opening line ${opening}`);
  return `${text.slice(0, at + opening.length)}\n\n${block}${text.slice(at + opening.length)}`;
}

const ro = read('ro');
const versions = (langs = ['en', 'fr', 'de']) => Promise.all(langs.map((l) => parse(read(l), l)));
const cellIds = (r: AlignmentGrid['rows'][number]) => r.cells.map((c) => c.map((s) => s.id).join('+') || '-');
const flagsOf = (r: AlignmentGrid['rows'][number]) => r.flags.map((f) => `${f.flag}@${f.doc}`);
const citations = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `citation:${from + k}`);

describe('a pivot that lost its first citations', () => {
  it('flags the versions’ citations before its first as missing for the pivot, one row each, and pairs the rest', async () => {
    const pivot = await parse(dropCitations(ro, 3), 'ro', true);
    expect(pivot.warnings.map((w) => w.code)).not.toContain('missing-beginning');
    expect(pivot.units.filter((u) => u.kind === 'citation')).toHaveLength(7);
    const grid = alignDocuments([pivot, ...(await versions())]);
    const lost = grid.rows.slice(2, 5);
    expect(grid.rows.slice(0, 2).map((r) => [r.key, flagsOf(r)])).toEqual([['title', []], ['opening', []]]);
    expect(lost.map(cellIds)).toEqual(citations(1, 3).map((id) => ['-', id, id, id]));
    for (const r of lost) {
      expect(flagsOf(r)).toEqual(['missing@0']);
      expect(r.key).toMatch(/^extra:citation:\d+@en$/);
      expect(r.flags[0].detail).toMatch(/^the pivot \(ro\) lacks citation:\d+: its citations start at “având în vedere articolul 2, articolul 3.*…”; en, fr, de have it$/u);
    }
    // from the pivot's first citation on, one to one with the versions' 4th on, and nothing else flagged
    const rest = grid.rows.slice(5);
    expect(rest.filter((r) => r.kind === 'citation').map(cellIds)).toEqual(citations(1, 7).map((id, k) => [id, ...Array(3).fill(`citation:${k + 4}`)]));
    expect(rest.flatMap((r) => r.flags)).toEqual([]);
  });

  it('with no citations left, every citation is missing for the pivot', async () => {
    const grid = alignDocuments([await parse(dropCitations(ro, 10), 'ro', true), ...(await versions())]);
    const lost = grid.rows.filter((r) => r.kind === 'citation');
    expect(lost.map((r) => r.cells[1][0].id)).toEqual(citations(1, 10));
    for (const r of lost) expect([r.cells[0], flagsOf(r), r.flags[0].detail]).toEqual([[], ['missing@0'], `the pivot (ro) lacks ${r.cells[1][0].id}: it has no citations; en, fr, de have it`]);
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'extra')).toEqual([]);
  });

  it('takes the opening line along when the pivot lost that too, and the footnotes called only from lost citations', async () => {
    // RO prints its five footnotes (all called from citation 1) at the bottom of its first page: gone with it.
    const text = dropCitations(ro, 2)
      .replace('Parlamentul European,\n', '')
      .split('\n')
      .filter((l) => !/^[1-5] (Texte adoptate|JO C)/.test(l))
      .join('\n');
    const pivot = await parse(text, 'ro', true);
    expect([pivot.units[0].kind, pivot.units[1].kind, pivot.footnotes.length]).toEqual(['title', 'citation', 0]);
    const grid = alignDocuments([pivot, ...(await versions())]);
    const lost = grid.rows.filter((r) => r.cells[0].length === 0);
    expect(lost.map((r) => r.cells[1][0].id)).toEqual(['opening', 'citation:1', 'citation:2', ...Array.from({ length: 5 }, (_, k) => `footnote:${k + 1}`)]);
    for (const r of lost) expect(flagsOf(r)).toEqual(['missing@0']);
    expect(lost.at(-1)!.flags[0].detail).toMatch(/^the pivot \(ro\) lacks footnote:5 \(5\), called from a citation it lacks: /u);
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'extra')).toEqual([]);
  });

  it('says which version lacks a citation too, when most have it', async () => {
    const [en, de] = await versions(['en', 'de']);
    const fr = await parse(dropCitations(read('fr'), 1), 'fr');
    const grid = alignDocuments([await parse(dropCitations(ro, 2), 'ro', true), en, fr, de]);
    const first = grid.rows.find((r) => r.cells[1][0]?.id === 'citation:1')!;
    expect([cellIds(first), flagsOf(first)]).toEqual([['-', 'citation:1', '-', 'citation:1'], ['missing@0', 'missing@2']]);
    expect(first.flags[1].detail).toBe('fr has nothing for citation:1 either');
    expect(first.flags[0].detail).toMatch(/; en, de have it$/u);
    expect(grid.rows.flatMap((r) => r.flags).filter((f) => f.flag === 'extra')).toEqual([]);
  });

  it('leaves a citation only one version has as that version’s extra, whatever the pivot lost', async () => {
    const own = '– having regard to the joint statement of 3 March 2021 by the river commissions of Central Asia,';
    const en = await parse(addFirstCitation(read('en'), 'The European Parliament,', own), 'en');
    const [fr, de] = await versions(['fr', 'de']);
    // the pivot whole: EN's own citation is EN's extra, nothing is flagged for the pivot
    const whole = alignDocuments([await parse(ro, 'ro', true), en, fr, de]);
    expect(whole.rows.flatMap((r) => r.flags).map((f) => `${f.flag}@${f.doc}`)).toEqual(['extra@1']);
    // the pivot lost two citations: those are missing for it, EN's own citation stays EN's extra
    const grid = alignDocuments([await parse(dropCitations(ro, 2), 'ro', true), en, fr, de]);
    const head = grid.rows.slice(2, 5);
    expect(head.map((r) => [cellIds(r), flagsOf(r)])).toEqual([
      [['-', 'citation:1', '-', '-'], ['extra@1']],
      [['-', 'citation:2', 'citation:1', 'citation:1'], ['missing@0']],
      [['-', 'citation:3', 'citation:2', 'citation:2'], ['missing@0']],
    ]);
    expect(grid.rows.slice(5).flatMap((r) => r.flags)).toEqual([]);
  });

  it('with one version, cannot tell a lost citation from the version’s own: extra, as before', async () => {
    const grid = alignDocuments([await parse(dropCitations(ro, 2), 'ro', true), await parse(read('en'), 'en')]);
    expect(grid.rows.flatMap((r) => r.flags).map((f) => `${f.flag}@${f.doc}`)).toEqual(['extra@1', 'extra@1']);
  });

  it('flags nothing when the pivot is whole, against all five versions', async () => {
    const grid = alignDocuments([await parse(ro, 'ro', true), ...(await versions(['en', 'fr', 'de', 'el', 'bg']))]);
    expect(grid.rows.flatMap((r) => r.flags)).toEqual([]);
  });
});
