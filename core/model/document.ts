import type { LangCode } from './language.js';

/**
 * Kinds of structural units of an EP resolution, in document order: the title, the opening line
 * ("Parlamentul European,"), citations ("– având în vedere …"), recitals ("A. întrucât …"), numbered paragraphs,
 * and the closing paragraph ("încredințează Președintei …", numbered like the paragraphs before it).
 * A document without recognisable structure holds one `paragraph` per block of text.
 */
export const UNIT_KINDS = ['title', 'opening', 'citation', 'recital', 'paragraph', 'closing'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A footnote call inside a unit's text: footnote `n` is called right after `text[offset - 1]`. */
export interface FootnoteCall {
  readonly n: number;
  readonly offset: number;
}

/**
 * One structural unit. `id` is stable across re-parses of the same structure (`citation:4`, `recital:6`,
 * `para:18`, `title`, `opening`, `closing`). `label` is the label as printed (`A`, `Α`, `А`, `ΣΤ`, `12`) after
 * look-alike letters from other scripts were normalised to the version's own script; `ordinal` is the 1-based
 * position among units of the same kind. `text` is clean: no label, no footnote digits, no page furniture,
 * lines joined, hyphenation across line ends undone.
 */
export interface Unit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly label: string | null;
  readonly ordinal: number;
  readonly text: string;
  readonly calls: readonly FootnoteCall[];
}

export interface Footnote {
  readonly n: number;
  readonly text: string;
}

export type SourceFormat = 'txt' | 'docx' | 'html' | 'pdf' | 'tmx' | 'xliff';

/**
 * Something the parser noticed and worked around; shown to the user, never fatal. `message` is English (CLI, logs,
 * exports); the UI translates `code` with `params`: the values the message interpolates (labels, counts, languages,
 * quoted text), and `params.variant`, when present, names which wording of the code's message applies (the UI looks
 * up `warnings.<code>_<variant>` before `warnings.<code>`).
 */
export interface ParseWarning {
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * A parsed language version. `procedure` is e.g. `2022/2505(RSP)`; `references` lists document references
 * found in the text or its furniture (`RC-B9-0065/2022`, `P9_TA(2022)0012`, `PE702.845v01-00`).
 */
export interface ParsedDocument {
  readonly lang: LangCode;
  /** How the language was decided: found by detection, or given by the caller. */
  readonly langSource: 'detected' | 'given';
  readonly title: string;
  readonly procedure: string | null;
  readonly references: readonly string[];
  readonly format: SourceFormat;
  readonly official: boolean;
  /** True when no EP structure was recognised and units are plain blocks of text. */
  readonly unstructured: boolean;
  readonly units: readonly Unit[];
  readonly footnotes: readonly Footnote[];
  readonly warnings: readonly ParseWarning[];
}

/** Unit id for a kind and ordinal; the one place that spells the id scheme. */
export function unitId(kind: UnitKind, ordinal: number): string {
  switch (kind) {
    case 'title':
    case 'opening':
    case 'closing':
      return kind;
    case 'citation':
      return `citation:${ordinal}`;
    case 'recital':
      return `recital:${ordinal}`;
    case 'paragraph':
      return `para:${ordinal}`;
    default: {
      const never: never = kind;
      throw new Error(`Unhandled unit kind ${String(never)}`);
    }
  }
}

export function footnoteId(n: number): string {
  return `footnote:${n}`;
}
