// The typed API shared by main, preload, renderer and the browser-mode server: one zod schema per method for its
// input, one output type, and the result envelope. zod and types only (house style §3).
import { z } from 'zod';
import { LANGUAGES } from '../../core/model/language.js';
import type { CoreErrorCode, LangCode, ParsedDocument, ParseWarning, SourceFormat } from '../../core/index.js';
import type {
  Annotation,
  DictionarySummary,
  DocumentSummary,
  FindingView,
  ImportResult,
  NameEntityView,
  ProjectGrid,
  ProjectInfo,
  UndoableKind,
} from './project-api.js';
import type { ApiName } from './channels.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from './project-api.js';

export { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES };
export type * from './project-api.js';

export const EXPORT_FORMATS = ['tmx', 'xliff', 'xliff12', 'tbx', 'csv', 'xlsx', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const SOURCE_FORMATS = ['txt', 'docx', 'html', 'pdf', 'tmx', 'xliff'] as const satisfies readonly SourceFormat[];

const Id = z.string().min(1).max(200);
const Lang = z.enum(LANGUAGES);
const Empty = z.object({}).strict();
/** File contents travel as base64 so that IPC and HTTP carry the same JSON. 70 MB of base64 ≈ 50 MB of bytes. */
const Base64 = z.string().max(70 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
const Category = z.enum(ANNOTATION_CATEGORIES);
const Status = z.enum(ANNOTATION_STATUSES);
const Offset = z.number().int().min(0);

const SpanInput = z
  .object({ docId: Id, rowKey: Id, unitId: Id, start: Offset, end: Offset })
  .strict()
  .refine((s) => s.end > s.start, { message: 'end must be after start' });

const Correction = z.discriminatedUnion('op', [
  z.object({ op: z.literal('link'), doc: Offset, rowKey: Id, unitIds: z.array(Id).min(1).readonly() }).strict(),
  z.object({ op: z.literal('unlink'), doc: Offset, rowKey: Id }).strict(),
  z.object({ op: z.literal('merge'), rowKeys: z.array(Id).min(2).readonly() }).strict(),
  z.object({ op: z.literal('split'), rowKey: Id, doc: Offset, at: z.array(Id).min(1).readonly() }).strict(),
]);

/** Input schema of every API method; main and the server safeParse with these before calling a handler. */
export const inputs = {
  appInfo: Empty,
  projectInfo: Empty,
  listDocuments: Empty,
  getDocument: z.object({ id: Id }).strict(),
  previewImport: z
    .object({ fileName: z.string().min(1).max(500), dataBase64: Base64, lang: Lang.optional(), allowUnstructured: z.boolean().optional() })
    .strict(),
  importDocument: z
    .object({
      fileName: z.string().min(1).max(500),
      dataBase64: Base64,
      lang: Lang.optional(),
      official: z.boolean().optional(),
      allowUnstructured: z.boolean().optional(),
      replaceId: Id.optional(),
    })
    .strict(),
  importTranslationMemory: z.object({ fileName: z.string().min(1).max(500), dataBase64: Base64, official: z.boolean().optional() }).strict(),
  removeDocument: z.object({ id: Id }).strict(),
  setPivot: z.object({ id: Id }).strict(),
  grid: z.object({ level: z.enum(['unit', 'sentence']) }).strict(),
  applyCorrection: z.object({ correction: Correction }).strict(),
  findings: Empty,
  dismissFinding: z.object({ id: Id, reason: z.string().max(2000).optional() }).strict(),
  restoreFinding: z.object({ id: Id }).strict(),
  findingToAnnotation: z.object({ id: Id, category: Category.optional(), status: Status.optional(), comment: z.string().max(10000).optional() }).strict(),
  annotations: Empty,
  createAnnotation: z
    .object({
      category: Category,
      status: Status.optional(),
      comment: z.string().max(10000).optional(),
      author: z.string().max(200).optional(),
      spans: z.array(SpanInput).min(1).max(100),
      findingId: Id.nullable().optional(),
    })
    .strict(),
  updateAnnotation: z
    .object({
      id: Id,
      patch: z
        .object({
          category: Category.optional(),
          status: Status.optional(),
          comment: z.string().max(10000).optional(),
          addSpans: z.array(SpanInput).max(100).optional(),
          removeSpanIds: z.array(Id).max(100).optional(),
        })
        .strict(),
    })
    .strict(),
  deleteAnnotation: z.object({ id: Id }).strict(),
  names: Empty,
  setAcceptedSpelling: z.object({ entityId: Id, lang: Lang, text: z.string().min(1).max(500).nullable() }).strict(),
  undo: Empty,
  redo: Empty,
  historyState: Empty,
  getSetting: z.object({ key: z.string().min(1).max(100) }).strict(),
  setSetting: z.object({ key: z.string().min(1).max(100), value: z.string().max(10000) }).strict(),
  exportFile: z
    .object({ format: z.enum(EXPORT_FORMATS), langs: z.array(Lang).optional(), uiLang: z.string().max(10).optional() })
    .strict(),
  startFetch: z
    .object({
      ref: z.string().trim().min(1).max(200),
      langs: z
        .array(Lang)
        .min(1)
        .max(LANGUAGES.length)
        .refine((l) => new Set(l).size === l.length, { message: 'languages must not repeat' }),
      refresh: z.boolean().optional(),
    })
    .strict(),
  fetchStatus: z.object({ jobId: Id }).strict(),
  cancelFetch: z.object({ jobId: Id }).strict(),
  listDictionaries: Empty,
  // One word list, or the .index and .dict.dz of one dictd dictionary; the languages when the name gives none.
  addDictionary: z
    .object({
      files: z.array(z.object({ fileName: z.string().min(1).max(500), dataBase64: Base64 }).strict()).min(1).max(2),
      from: Lang.optional(),
      to: Lang.optional(),
    })
    .strict(),
  removeDictionary: z.object({ id: z.number().int().positive() }).strict(),
  getVocabulary: Empty,
  // Whether the sentence level uses Concordia's core vocabulary (ProjectService.setVocabulary).
  setVocabulary: z.object({ enabled: z.boolean() }).strict(),
} satisfies Record<ApiName, z.ZodType>;

export interface AppInfo {
  readonly mode: 'electron' | 'browser';
  readonly version: string;
  /** Export formats the running build can write. */
  readonly exportFormats: readonly ExportFormat[];
}

export interface ImportPreview {
  readonly fileName: string;
  readonly format: SourceFormat;
  readonly lang: LangCode;
  readonly langSource: 'detected' | 'given';
  readonly title: string;
  readonly unitCount: number;
  readonly unstructured: boolean;
  /** The parser's warnings with code and params, so the renderer can show them in the UI language. */
  readonly warnings: readonly ParseWarning[];
  /** For a TMX or an XLIFF: every language it holds (all are imported together with importTranslationMemory). */
  readonly languages?: readonly LangCode[];
}

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** What the last undo/redo call changed, or null when there was nothing to do. */
  readonly changed: UndoableKind | null;
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly dataBase64: string;
}

/** Phases of an official-version download as the fetch service reports them. */
export const FETCH_PHASES = ['resolving', 'requesting', 'retrying', 'waiting', 'redirected', 'downloading', 'importing', 'done', 'failed', 'cancelled'] as const;
export type FetchPhase = (typeof FETCH_PHASES)[number];
/** imported / cached (already in the project) / saved / unparsed (downloaded, not readable) / failed / cancelled. */
export const FETCH_OUTCOMES = ['imported', 'saved', 'unparsed', 'cached', 'failed', 'cancelled'] as const;
export type FetchOutcomeStatus = (typeof FETCH_OUTCOMES)[number];
export type FetchJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface FetchJobEvent {
  /** Null while the reference itself is being resolved. */
  readonly lang: LangCode | null;
  readonly phase: FetchPhase;
  /** In English, the fallback. */
  readonly message: string;
  /** `message` for the UI, as an outcome's (`fetch.detail.<variant>`), with the errors it names. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly causes?: readonly FetchOutcomeCause[];
  readonly received?: number;
  readonly total?: number | null;
}

/** An error a language's outcome names: a site's worst failure (`site`: ep, eurlex) or an import error. */
export interface FetchOutcomeCause {
  readonly site?: string;
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface FetchJobOutcome {
  readonly lang: LangCode;
  readonly status: FetchOutcomeStatus;
  /** In English, the fallback. */
  readonly message: string;
  /** `message` for the UI: `variant` names the wording (`fetch.detail.<variant>`), the rest its values. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The errors the line names, each worded in the UI language after it. */
  readonly causes: readonly FetchOutcomeCause[];
  /** Why a language failed: not-found, offline, import, … (the fetch service's reason), else null. */
  readonly reason: string | null;
  readonly url: string | null;
  readonly bytes: number;
  readonly documentId: string | null;
}

export interface FetchJobStatus {
  readonly jobId: string;
  readonly state: FetchJobState;
  /** Progress events so far, oldest first (the oldest are dropped past a few hundred). */
  readonly events: readonly FetchJobEvent[];
  /** Printed form of the document, once the reference is resolved (P9_TA(2022)0012). */
  readonly document: string | null;
  /** Per-language outcome, once the run has finished (done or cancelled). */
  readonly report: readonly FetchJobOutcome[] | null;
  /**
   * Why the whole run failed (state failed): a reference that cannot be resolved, an unreachable site, … With the
   * CoreError's params when it has them, as an IpcFailure's error, so the UI can word it in its own language.
   */
  readonly error: IpcFailure['error'] | null;
}

/** Output type of every API method. */
export interface Outputs {
  appInfo: AppInfo;
  projectInfo: ProjectInfo;
  listDocuments: readonly DocumentSummary[];
  getDocument: ParsedDocument;
  previewImport: ImportPreview;
  importDocument: ImportResult;
  importTranslationMemory: readonly ImportResult[];
  removeDocument: null;
  setPivot: null;
  grid: ProjectGrid;
  applyCorrection: ProjectGrid;
  findings: readonly FindingView[];
  dismissFinding: null;
  restoreFinding: null;
  findingToAnnotation: Annotation;
  annotations: readonly Annotation[];
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: null;
  names: readonly NameEntityView[];
  setAcceptedSpelling: null;
  undo: HistoryState;
  redo: HistoryState;
  historyState: HistoryState;
  getSetting: string | null;
  setSetting: null;
  exportFile: ExportedFile;
  startFetch: { readonly jobId: string };
  fetchStatus: FetchJobStatus;
  cancelFetch: FetchJobStatus;
  listDictionaries: readonly DictionarySummary[];
  addDictionary: DictionarySummary;
  removeDictionary: null;
  getVocabulary: boolean;
  setVocabulary: null;
}

/** Codes a failed call carries: a CoreError's code, or one of the transport's own. */
export type IpcErrorCode = CoreErrorCode | 'forbidden' | 'unauthorized' | 'unknown-method' | 'no-project' | 'internal';

/**
 * A failed call: the code, the English message, and for a CoreError that has them its `params` (the values the
 * message interpolates, `variant` naming its wording) so the renderer can show it in the UI language.
 */
export type IpcFailure = {
  readonly ok: false;
  readonly error: { readonly code: IpcErrorCode; readonly message: string; readonly params?: Readonly<Record<string, string | number>> };
};
export type IpcResult<T> = { readonly ok: true; readonly value: T } | IpcFailure;

export type ApiInput<K extends ApiName> = z.input<(typeof inputs)[K]>;
export type ParsedInput<K extends ApiName> = z.output<(typeof inputs)[K]>;

/** The API as the renderer sees it, whatever the transport. */
export type Api = { [K in ApiName]: (input: ApiInput<K>) => Promise<IpcResult<Outputs[K]>> };

/** Formats zod issues as `path: message` lines joined by "; ". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`).join('; ');
}
