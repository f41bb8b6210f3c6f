import type { AlignmentGrid } from '../model/alignment.js';
import type { ParsedDocument, Unit } from '../model/document.js';
import type { Finding, NameEntity } from '../model/findings.js';
import { extractNames } from '../names/extract.js';
import { checkDates } from './dates.js';
import { checkFootnotes } from './footnotes.js';
import { checkNames } from './names.js';
import { checkNumbers } from './numbers.js';
import { checkQuotations } from './quotations.js';
import { checkReferences } from './references.js';
import { checkStructure } from './structure.js';
import { checkLengthUnlessSentences, checkSentences } from './sentences.js';
import type { Check, CheckContext, CheckOptions } from './types.js';

export type { AcceptedSpellings, Check, CheckContext, CheckOptions } from './types.js';
export { EN as MESSAGES_EN, MESSAGE_KEYS, renderMessage } from './messages.js';
export type { MessageKey } from './messages.js';

/** The registered checks, in report order. Explicit: a new check is one file plus one line here. */
export const CHECKS: Readonly<Record<string, Check>> = {
  structure: checkStructure,
  numbers: checkNumbers,
  dates: checkDates,
  references: checkReferences,
  footnotes: checkFootnotes,
  quotations: checkQuotations,
  // The length check yields to the sentence check where both report a version's row (see sentences.ts).
  length: checkLengthUnlessSentences,
  sentences: checkSentences,
  names: checkNames,
};

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function makeContext(grid: AlignmentGrid, docs: readonly ParsedDocument[], options: CheckOptions): CheckContext {
  const units = docs.map((d) => new Map<string, Unit>(d.units.map((u) => [u.id, u])));
  let entities: readonly NameEntity[] | undefined = options.names;
  const ratios = new Map<number, number | null>();
  const gridCache = new Map<string, ReadonlyMap<string, readonly Finding[]>>();
  return {
    grid,
    docs,
    options,
    lang: (doc) => docs[doc]?.lang ?? grid.documents[doc].lang,
    unit: (doc, id) => units[doc]?.get(id),
    entities: () => (entities ??= extractNames(grid, docs)),
    lengthRatio(doc) {
      if (!ratios.has(doc)) {
        const rs: number[] = [];
        for (const row of grid.rows) {
          const a = row.cells[grid.pivot].reduce((s, x) => s + x.text.length, 0);
          const b = row.cells[doc].reduce((s, x) => s + x.text.length, 0);
          if (a >= 40 && b > 0) rs.push(b / a);
        }
        ratios.set(doc, median(rs));
      }
      return ratios.get(doc) ?? null;
    },
    gridFindings(name, compute) {
      let byRow = gridCache.get(name);
      if (!byRow) {
        const m = new Map<string, Finding[]>();
        for (const f of compute()) m.set(f.row, [...(m.get(f.row) ?? []), f]);
        gridCache.set(name, (byRow = m));
      }
      return byRow;
    },
  };
}

/**
 * Runs every registered check on every row of an aligned grid and returns the findings in row order, then check
 * order. `docs` are the parsed versions in `grid.documents` order (footnote calls and units come from them).
 * Identical versions produce no finding; one version alone produces only within-version findings (name variants
 * and transliteration conventions). Finding ids are deterministic (see `makeFinding`). Never throws on input.
 */
export function checkGrid(grid: AlignmentGrid, docs: readonly ParsedDocument[], options: CheckOptions = {}): Finding[] {
  const ctx = makeContext(grid, docs, options);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const row of grid.rows) {
    for (const check of Object.values(CHECKS)) {
      for (const f of check(row, ctx)) {
        if (seen.has(f.id)) continue;
        seen.add(f.id);
        out.push(f);
      }
    }
  }
  return out;
}
