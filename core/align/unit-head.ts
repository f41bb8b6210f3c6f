// The versions' units before the pivot's first one, when the pivot is the text that lacks them: the footnotes
// that go with them, and the citations a pivot lost while keeping its title (which the parser cannot see).
import type { AlignedRow, RowFlag } from '../model/alignment.js';
import type { ParsedDocument } from '../model/document.js';
import type { LangCode } from '../model/language.js';
import type { GroupAlignment, Item } from './units.js';
import { describeSegment, GROUPS, tailRows } from './units.js';

/** Per group (`GROUPS` order), per document: the version items placed before the pivot's first item. */
export type HeadItems = readonly (readonly (readonly { readonly item: Item; readonly confidence: number }[])[])[];

/** The rows the versions' units before the pivot's start become, and the items they take. */
export interface PivotHead {
  /** The version items these rows take: the caller (and `pivotEnd`) leave them out of the `extra` rows. */
  readonly claimed: ReadonlySet<Item>;
  /** The rows of group `gi` (`GROUPS` index) that go before the pivot's first item in it. */
  rows(gi: number, key: (id: string, lang: LangCode) => string): AlignedRow[];
}

/**
 * The footnotes of the versions that go with their head units (`heads`, the unit groups): per document, the
 * footnotes placed before the pivot's first footnote whose call is in one of those units (the footnotes of a lost
 * first page). Footnotes called from text the pivot has stay where the alignment put them. Deterministic.
 */
export function headFootnotes(docs: readonly ParsedDocument[], aligned: readonly (readonly (GroupAlignment | null)[])[], heads: HeadItems): GroupAlignment['extras'][number][][] {
  const fn = GROUPS.indexOf('footnote');
  return aligned[fn].map((ga, d) => {
    if (!ga) return [];
    const before = new Set(heads.flatMap((h, gi) => (gi === fn ? [] : (h[d] ?? []).map((e) => e.item.seg.id))));
    const callers = new Map<number, string>();
    for (const u of docs[d].units) for (const c of u.calls) if (!callers.has(c.n)) callers.set(c.n, u.id);
    return ga.extras.filter((e) => e.after === -1 && e.item.slot !== null && before.has(callers.get(e.item.slot) ?? ''));
  });
}

/**
 * Where the pivot kept its title but lost its first citations (an incomplete paste, a page dropped in a PDF
 * whose first page held only the title block), or null when nothing says so. Citations carry no labels, so the
 * parser sees no late start (no `missing-beginning` warning, see `pivotStart` in index.ts) and the versions'
 * citations before the pivot's first come out of the alignment as their own. With one version there is no telling
 * that from a citation the version added, so they stay `extra`; with two or more, the versions decide: a citation
 * before the pivot's first is missing for the pivot when at least two versions have it, and more than half of
 * them (versions' citations pair by their distance from the pivot's first, as `tailRows` does on the head side).
 * When the pivot has no opening line either, the versions' opening lines go the same way. Those rows, and the
 * footnotes called only from them, are rows across the versions flagged `missing` for the pivot (and for a
 * version without that unit); a citation fewer versions have stays one `extra` row per version, placed among
 * them in document order. Deterministic.
 */
export function pivotLostCitations(
  docs: readonly ParsedDocument[],
  pivot: number,
  own: Readonly<Record<(typeof GROUPS)[number], readonly Item[]>>,
  aligned: readonly (readonly (GroupAlignment | null)[])[],
): PivotHead | null {
  const others = docs.length - 1;
  if (others < 2) return null;
  const ci = GROUPS.indexOf('citation');
  const oi = GROUPS.indexOf('opening');
  const fn = GROUPS.indexOf('footnote');
  const agreed = (cells: readonly (Item | null)[]) => {
    const n = cells.filter((c, d) => d !== pivot && c !== null).length;
    return n >= 2 && 2 * n > others;
  };
  const items = (cells: readonly (Item | null)[]) => cells.filter((c): c is Item => c !== null);
  const headRows = GROUPS.map((_, gi) => {
    if (gi !== ci && !(gi === oi && own.opening.length === 0)) return [];
    return tailRows(aligned[gi].map((ga) => (ga ? ga.extras.filter((e) => e.after === -1) : [])), 'head').map((r) => ({ ...r, agreed: agreed(r.cells) }));
  });
  if (!headRows[ci].some((r) => r.agreed)) return null;
  const lostUnits = new Set(headRows.flat().flatMap((r) => (r.agreed ? items(r.cells) : [])));
  const heads: HeadItems = aligned.map((per, gi) => per.map((ga) => (ga && gi !== fn ? ga.extras.filter((e) => e.after === -1 && lostUnits.has(e.item)) : [])));
  headRows[fn] = tailRows(headFootnotes(docs, aligned, heads), 'head').map((r) => ({ ...r, agreed: true }));
  // The rows fewer versions have are theirs (`extra`), but they are placed here, among the lost ones, in document order.
  const claimed = new Set(headRows.flat().flatMap((r) => items(r.cells)));
  const extraConfidence = new Map(aligned.flatMap((per) => per.flatMap((ga) => (ga ? ga.extras.map((e) => [e.item, e.confidence] as const) : []))));
  const lang = docs[pivot].lang;
  const first = own.citation[0];
  const start = first ? `its citations start at “${first.seg.text.slice(0, 40).trimEnd()}…”` : 'it has no citations';
  return {
    claimed,
    rows: (gi, key) =>
      headRows[gi].flatMap(({ cells, confidence, agreed: lost }): AlignedRow[] => {
        if (!lost) {
          return cells.flatMap((c, d) =>
            c === null
              ? []
              : [{ key: key(c.seg.id, docs[d].lang), kind: c.seg.kind, cells: docs.map((_, x) => (x === d ? [c.seg] : [])), confidence: extraConfidence.get(c) ?? confidence, flags: [{ flag: 'extra', doc: d, detail: `only ${docs[d].lang} has ${describeSegment(c.seg)}` }] }],
          );
        }
        const seg = cells.find((c) => c !== null)!.seg;
        const firstDoc = cells.findIndex((c) => c !== null);
        const have = docs.filter((_, d) => cells[d] !== null).map((d) => d.lang);
        const what = gi === fn ? `${describeSegment(seg)}, called from a citation it lacks` : describeSegment(seg);
        const flags: RowFlag[] = [
          { flag: 'missing', doc: pivot, detail: `the pivot (${lang}) lacks ${what}: ${start}; ${have.join(', ')} ${have.length === 1 ? 'has' : 'have'} it` },
        ];
        cells.forEach((c, d) => {
          if (d !== pivot && c === null) flags.push({ flag: 'missing', doc: d, detail: `${docs[d].lang} has nothing for ${describeSegment(seg)} either` });
        });
        return [{ key: key(seg.id, docs[firstDoc].lang), kind: seg.kind, cells: cells.map((c) => (c ? [c.seg] : [])), confidence, flags }];
      }),
  };
}
