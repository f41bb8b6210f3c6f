import type { LangCode } from './language.js';
import type { UnitKind } from './document.js';

/** Kind of an aligned row: a unit kind, or a footnote (footnotes align by number). */
export type SegmentKind = UnitKind | 'footnote';

/** What one version contributes to a row: a unit (or footnote), as the aligner saw it. */
export interface Segment {
  readonly id: string;
  readonly kind: SegmentKind;
  readonly label: string | null;
  readonly ordinal: number;
  readonly text: string;
}

/**
 * Why a row needs a human look. `missing`: a version has nothing here (`doc` may be the pivot: its text ends before
 * the versions' or starts after them, and this row is past its end or before its start); `extra`: only some
 * versions (not the pivot) have it, as text they add; `split`/`merged`: one unit in the pivot matches two in a
 * version or the reverse; `relabelled`: paired by content although the labels differ; `low-confidence`: paired by
 * structure but the content evidence is weak or contradicts it; `truncated`: the version's text (the pivot's too,
 * `doc` = the pivot) stops inside this unit (an incomplete paste, a page cut off), so its cell holds only the start
 * of the unit; or the pivot's text starts inside it (a paste beginning mid-unit): only the end of the unit was
 * there, and the parser left that fragment out, so the pivot's cell is empty.
 */
export const ROW_FLAGS = ['missing', 'extra', 'split', 'merged', 'relabelled', 'low-confidence', 'truncated'] as const;
export type RowFlagKind = (typeof ROW_FLAGS)[number];

export interface RowFlag {
  readonly flag: RowFlagKind;
  /** Index of the document the flag is about, in `AlignmentGrid.documents` order. */
  readonly doc: number;
  readonly detail: string;
}

/** One aligned sentence bead: sentence indexes per document (empty where that version has none). */
export interface SentenceBead {
  readonly sentences: readonly (readonly number[])[];
  readonly confidence: number;
}

export interface AlignedRow {
  /** Stable key (`citation:4`, `recital:6`, `para:18`, `footnote:2`, `title`), taken from the pivot's unit. */
  readonly key: string;
  readonly kind: SegmentKind;
  /** One entry per document, in `documents` order; an empty list where that version has nothing for the row. */
  readonly cells: readonly (readonly Segment[])[];
  /** 0..1: how sure the aligner is that the cells say the same thing. */
  readonly confidence: number;
  readonly flags: readonly RowFlag[];
  /** True where a user's correction (link, unlink, merge, split) decided the row rather than the aligner. */
  readonly manual?: boolean;
  /** Present at sentence level: each document's sentences of this row, and the beads pairing them. */
  readonly sentences?: {
    readonly split: readonly (readonly string[])[];
    readonly beads: readonly SentenceBead[];
  };
}

export interface AlignedDocumentRef {
  readonly lang: LangCode;
  /** A display name: a file name, or a document title in a project. */
  readonly name: string;
  readonly official: boolean;
}

export interface AlignmentGrid {
  /** Index of the pivot in `documents`. */
  readonly pivot: number;
  readonly documents: readonly AlignedDocumentRef[];
  readonly rows: readonly AlignedRow[];
}

/**
 * A manual correction a user made to the automatic alignment; stored in the project and re-applied after every
 * re-alignment. Keys and unit ids are the stable ones from the grid.
 */
export type AlignmentCorrection =
  | { readonly op: 'link'; readonly doc: number; readonly rowKey: string; readonly unitIds: readonly string[] }
  | { readonly op: 'unlink'; readonly doc: number; readonly rowKey: string }
  | { readonly op: 'merge'; readonly rowKeys: readonly string[] }
  | { readonly op: 'split'; readonly rowKey: string; readonly doc: number; readonly at: readonly string[] };
