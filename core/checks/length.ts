import { makeFinding } from './finding.js';
import { langLabel } from './compare-values.js';
import type { Check } from './types.js';

/** A cell this many times shorter or longer than the pair's usual ratio is reported. */
export const LENGTH_FACTOR = 1.6;
/** Rows shorter than this (pivot characters) are too short for a ratio to mean anything. */
export const MIN_LENGTH = 60;

/**
 * Likely omissions or additions: the version's cell length against the pivot's, compared with the median ratio of
 * the pair over the whole grid (so FR being longer than EN is not a finding).
 */
export const checkLength: Check = (row, ctx) => {
  const pivot = ctx.grid.pivot;
  const len = (doc: number) => row.cells[doc].reduce((s, seg) => s + seg.text.length, 0);
  const pl = len(pivot);
  if (pl < MIN_LENGTH) return [];
  return row.cells.flatMap((cell, doc) => {
    const usual = ctx.lengthRatio(doc);
    if (doc === pivot || cell.length === 0 || usual === null) return [];
    const rel = len(doc) / pl / usual;
    if (rel >= 1 / LENGTH_FACTOR && rel <= LENGTH_FACTOR) return [];
    const key = rel < 1 ? 'length.omission' : 'length.addition';
    const spans = cell.map((seg) => ({ lang: ctx.lang(doc), doc, unit: seg.id, start: 0, end: seg.text.length, text: seg.text }));
    return [makeFinding(rel < 1 ? 'omission' : 'addition', 'warning', row.key, spans, { key, params: { ratio: rel.toFixed(2), langA: langLabel(ctx, pivot), langB: langLabel(ctx, doc) } }, [{ doc: pivot, lang: ctx.lang(pivot) }])];
  });
};
