import type { AlignedRow, AlignmentGrid } from '../model/alignment.js';
import type { ParsedDocument, Unit } from '../model/document.js';
import type { Finding, NameEntity } from '../model/findings.js';
import type { LangCode } from '../model/language.js';

/**
 * Spellings a terminologist accepted, per entity and language. The outer key is a `NameEntity.id` or its
 * `key` (skeleton), so a record survives re-extraction; the value maps a language to the accepted spelling.
 */
export type AcceptedSpellings = Readonly<Record<string, Partial<Readonly<Record<LangCode, string>>>>>;

export interface CheckOptions {
  readonly accepted?: AcceptedSpellings;
  /** Entities from an earlier `extractNames` run; extracted from the grid when absent. */
  readonly names?: readonly NameEntity[];
}

/** What every check sees besides the row: the grid, the parsed versions, and lazily computed shared facts. */
export interface CheckContext {
  readonly grid: AlignmentGrid;
  readonly docs: readonly ParsedDocument[];
  readonly options: CheckOptions;
  lang(doc: number): LangCode;
  /** The parsed unit behind a segment (for footnote calls), or undefined for footnote rows. */
  unit(doc: number, unitId: string): Unit | undefined;
  /** Name entities of the whole grid, computed once. */
  entities(): readonly NameEntity[];
  /** Median length ratio (doc chars / pivot chars) over the grid's rows, per document; computed once. */
  lengthRatio(doc: number): number | null;
  /** Findings of whole-grid checks (names), grouped by row key; computed once. */
  gridFindings(name: string, compute: () => readonly Finding[]): ReadonlyMap<string, readonly Finding[]>;
}

/** One discrepancy check: one file in core/checks, registered in core/checks/index.ts. */
export type Check = (row: AlignedRow, ctx: CheckContext) => Finding[];
