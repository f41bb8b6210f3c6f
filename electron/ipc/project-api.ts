// The project service contract: what the CLI, the Electron IPC handlers and the browser-mode HTTP server call.
// Types only; the implementation is project-service.ts (SQLite through electron/main/db).
import type {
  AlignmentCorrection,
  AlignmentGrid,
  Finding,
  LangCode,
  NameEntity,
  ParsedDocument,
  SourceFormat,
} from '../../core/index.js';

export type DocumentId = string & { readonly __brand: 'DocumentId' };
export type AnnotationId = string & { readonly __brand: 'AnnotationId' };

export interface DocumentSummary {
  readonly id: DocumentId;
  readonly lang: LangCode;
  /** File name or a name the user gave; shown as the column header together with the language. */
  readonly name: string;
  readonly format: SourceFormat;
  readonly official: boolean;
  readonly title: string;
  readonly unitCount: number;
  readonly checksum: string;
  readonly addedAt: string;
  readonly updatedAt: string;
  /** Where the bytes came from when fetched ("https://…", with the fetch date), else null. */
  readonly sourceUrl: string | null;
}

export const ANNOTATION_CATEGORIES = [
  'transliteration', 'name', 'number', 'date', 'reference', 'omission', 'addition', 'meaning', 'terminology', 'typography', 'other',
] as const;
export type AnnotationCategory = (typeof ANNOTATION_CATEGORIES)[number];
export const ANNOTATION_STATUSES = ['open', 'confirmed', 'resolved', 'rejected'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** Where a selection sits: a unit of a document, by offsets into the unit's clean text. */
export interface SpanInput {
  readonly docId: DocumentId;
  readonly rowKey: string;
  readonly unitId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A stored span: the anchor (row, unit, offsets) plus the quoted words and some context before and after, so it
 * can re-attach after a re-import. `state` says how it is attached now.
 */
export interface AnnotationSpan extends SpanInput {
  readonly id: string;
  readonly lang: LangCode;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly state: 'attached' | 'moved' | 'orphaned';
}

export interface Annotation {
  readonly id: AnnotationId;
  readonly category: AnnotationCategory;
  readonly status: AnnotationStatus;
  readonly comment: string;
  readonly author: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly spans: readonly AnnotationSpan[];
  /** The finding this annotation was made from, if any. */
  readonly findingId: string | null;
}

export interface AnnotationInput {
  readonly category: AnnotationCategory;
  readonly status?: AnnotationStatus;
  readonly comment?: string;
  readonly author?: string;
  readonly spans: readonly SpanInput[];
  readonly findingId?: string | null;
}

export interface AnnotationPatch {
  readonly category?: AnnotationCategory;
  readonly status?: AnnotationStatus;
  readonly comment?: string;
  readonly addSpans?: readonly SpanInput[];
  readonly removeSpanIds?: readonly string[];
}

export type FindingReview = 'open' | 'dismissed' | 'annotated';

export interface FindingView extends Finding {
  readonly review: FindingReview;
  readonly annotationId: AnnotationId | null;
}

/** A name entity with the accepted spelling per language a terminologist recorded. */
export interface NameEntityView extends NameEntity {
  readonly accepted: Readonly<Partial<Record<LangCode, string>>>;
}

/** The grid of a project: `docIds[i]` is the document behind `grid.documents[i]` and every row's `cells[i]`. */
export interface ProjectGrid {
  readonly docIds: readonly DocumentId[];
  readonly grid: AlignmentGrid;
  readonly corrections: readonly AlignmentCorrection[];
  /**
   * The project's dictionaries the sentence level was aligned with (those whose two languages both have a version
   * here); absent at the unit level and where none applies.
   */
  readonly dictionaries?: readonly DictionarySummary[];
  /**
   * Whether the sentences were aligned with Concordia's core vocabulary (the project's setting, see
   * ProjectService.getVocabulary); absent where no sentences were aligned (the unit level of structured texts).
   */
  readonly vocabulary?: boolean;
}

/**
 * Largest dictionary file the app takes, per file (the renderer checks it before uploading, main again). Two files
 * of this size still fit browser mode's 80 MB request once base64 adds its third; FreeDict's .dict.dz files are a
 * few megabytes.
 */
export const MAX_DICTIONARY_FILE_BYTES = 25 * 1024 * 1024;

/** A bilingual dictionary stored in the project for the sentence aligner (its word pairs, not the file). */
export interface DictionarySummary {
  readonly id: number;
  /** The word list's file name, or the dictd index's. */
  readonly name: string;
  readonly format: 'word-list' | 'dictd';
  /** The headword side: hunalign's right of "@", a TSV's first column, a dictd index's headwords. */
  readonly from: LangCode;
  readonly to: LangCode;
  /** Single-word pairs kept. */
  readonly pairs: number;
  /** Multi-word entries of the file, left out (the aligner compares words). */
  readonly phrases: number;
  readonly addedAt: string;
}

/** One uploaded file of a dictionary: a word list, or one half of a dictd pair (.index, .dict.dz). */
export interface DictionaryFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ProjectInfo {
  readonly path: string;
  readonly schemaVersion: number;
  readonly documents: readonly DocumentSummary[];
  readonly pivot: DocumentId | null;
  readonly annotationCount: number;
  readonly orphanedSpanCount: number;
  readonly findingCount: number;
  readonly dismissedCount: number;
  readonly sizeBytes: number;
}

export interface ImportResult {
  readonly document: DocumentSummary;
  /** For a re-import: spans re-attached where the words are still there, and spans now orphaned. */
  readonly reattached: number;
  readonly orphaned: number;
  readonly warnings: readonly string[];
}

export interface ImportOptions {
  readonly fileName: string;
  readonly lang?: LangCode;
  readonly official?: boolean;
  readonly format?: SourceFormat;
  readonly sourceUrl?: string;
  /** Accept a text with no EP structure (read as plain blocks). */
  readonly allowUnstructured?: boolean;
}

export type UndoableKind = 'alignment' | 'annotation';

/**
 * One open project file. Every mutating call is one transaction; reads never block on a long write. Methods
 * throw CoreError subclasses for bad input (unknown id, invalid span) and DatabaseFromFutureError /
 * ProjectFileError when the file cannot be used.
 */
export interface ProjectService {
  readonly path: string;
  info(): ProjectInfo;
  listDocuments(): readonly DocumentSummary[];
  getDocument(id: DocumentId): ParsedDocument;
  /** Original bytes as imported. */
  getDocumentBytes(id: DocumentId): Uint8Array;
  addDocument(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult>;
  /** Import every language of a TMX as its own version, in one transaction. */
  addTranslationMemory(bytes: Uint8Array, options: { readonly fileName: string; readonly official?: boolean }): Promise<readonly ImportResult[]>;
  /** Re-import a new revision of a version: annotations re-attach to the same words or become orphaned. */
  replaceDocument(id: DocumentId, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult>;
  removeDocument(id: DocumentId): void;
  setPivot(id: DocumentId): void;

  grid(options?: { level?: 'unit' | 'sentence'; docIds?: readonly DocumentId[] }): ProjectGrid;
  applyCorrection(correction: AlignmentCorrection): ProjectGrid;

  findings(): readonly FindingView[];
  dismissFinding(id: string, reason?: string): void;
  restoreFinding(id: string): void;
  findingToAnnotation(id: string, input?: Partial<AnnotationInput>): Annotation;

  annotations(): readonly Annotation[];
  createAnnotation(input: AnnotationInput): Annotation;
  updateAnnotation(id: AnnotationId, patch: AnnotationPatch): Annotation;
  deleteAnnotation(id: AnnotationId): void;

  names(): readonly NameEntityView[];
  setAcceptedSpelling(entityId: string, lang: LangCode, text: string | null): void;

  undo(): UndoableKind | null;
  redo(): UndoableKind | null;
  canUndo(): boolean;
  canRedo(): boolean;

  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;

  /** Dictionaries the sentence level aligns with, oldest first. */
  listDictionaries(): readonly DictionarySummary[];
  /**
   * Reads a dictionary (one word list, or a dictd .index with its .dict.dz) and stores its word pairs. Languages
   * from `langs`, else from the file name; a name that gives none is refused, never guessed.
   * @throws InvalidInputError / ParseError with params for a bad file.
   */
  addDictionary(files: readonly DictionaryFile[], langs?: { readonly from?: LangCode; readonly to?: LangCode }): DictionarySummary;
  /** @throws NotFoundError */
  removeDictionary(id: number): void;

  /**
   * Whether the sentence level uses Concordia's core vocabulary as lexical evidence (AlignOptions.vocabulary);
   * true unless turned off, so a project made before the setting existed has it on.
   */
  getVocabulary(): boolean;
  /** Turns the core vocabulary on or off for this project; the next sentence grid is aligned anew. */
  setVocabulary(enabled: boolean): void;
  close(): void;
}
