import type { LangCode } from './language.js';

export const FINDING_TYPES = [
  'number',
  'date',
  'reference',
  'footnote',
  'quotation',
  'omission',
  'addition',
  'name-variant',
  'name-missing',
  'name-convention',
  'name-accepted',
  'structure',
] as const;
/**
 * `number`, `date`, `reference`: a value present in one version differs from or is absent in another;
 * `footnote`: footnote calls differ in count or position; `quotation`: a quoted passage in one version only;
 * `omission`/`addition`: a unit much shorter/longer than the language pair's usual ratio, or a sentence of one
 * version with no counterpart in the other (core/checks/sentences.ts); `name-variant`: one
 * entity spelled two ways inside one version; `name-missing`: an entity in one version's row but not another's;
 * `name-convention`: a spelling that breaks the version's transliteration convention; `name-accepted`: differs
 * from the spelling a terminologist accepted; `structure`: the aligner flagged the row.
 */
export type FindingType = (typeof FINDING_TYPES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Exact text in one version: `start`/`end` are offsets into the unit's clean text. */
export interface Span {
  readonly lang: LangCode;
  /** Index of the document in the checked set (two versions may share a language). */
  readonly doc: number;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A message in any UI language: `key` names a template in the locale files (and in core's English fallback),
 * `params` fills it.
 */
export interface MessageRef {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Finding {
  /** Deterministic from type, row and spans, so a dismissal survives a re-check. */
  readonly id: string;
  readonly type: FindingType;
  readonly severity: Severity;
  readonly row: string;
  readonly langs: readonly LangCode[];
  readonly message: MessageRef;
  readonly spans: readonly Span[];
}

export type EntityType = 'person' | 'place' | 'organisation' | 'other';

export interface NameOccurrence {
  readonly doc: number;
  readonly row: string;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
}

export interface NameForm {
  readonly lang: LangCode;
  readonly doc: number;
  readonly text: string;
  readonly count: number;
  /** Whether the spelling follows the version's transliteration convention; null where no rule applies. */
  readonly conventional: boolean | null;
  /** The spelling the convention gives, when it differs. */
  readonly expected?: string;
  /** How sure the verdict in `conventional` is (see core/names/translit); absent when `conventional` is null. */
  readonly confidence?: ConventionConfidence;
  /** The Cyrillic (bg) or Greek (el) spellings of the same name the verdict was derived from; absent when inferred from the form alone. */
  readonly sources?: readonly ConventionSource[];
  readonly occurrences: readonly NameOccurrence[];
}

/**
 * How sure a transliteration verdict is: `certain` when derived from the name's Cyrillic or Greek spelling in the
 * loaded versions, `likely` when inferred from the form alone (no plausible Russian spelling gives it, or one does),
 * `possible` when the loaded source spellings disagree or break their own convention.
 */
export type ConventionConfidence = 'certain' | 'likely' | 'possible';

/** A source spelling a transliteration verdict was derived from. */
export interface ConventionSource {
  readonly lang: LangCode;
  readonly text: string;
}

/** One real-world entity linked across versions and scripts. `id` is derived from its skeleton key. */
export interface NameEntity {
  readonly id: string;
  readonly type: EntityType;
  /** Script-independent key used to link spellings (see core/names). */
  readonly key: string;
  readonly forms: readonly NameForm[];
}
