// The one dispatcher both transports share: channel → handler, every input safeParsed with the contract's zod
// schema, every failure mapped by toIpcFailure. Handlers stay thin: they call the project service and core.
import { CoreError, detectFormat, ImportError, parseDocument } from '../../core/index.js';
import { isAlignedFormat, readAlignedFile } from '../../core/parsers/aligned.js';
import type { LangCode } from '../../core/index.js';
import type { ApiName } from '../ipc/channels.js';
import { apiNameOf } from '../ipc/channels.js';
import type { ExportFormat, ExportedFile, IpcErrorCode, IpcFailure, IpcResult, Outputs, ParsedInput } from '../ipc/contract.js';
import { describeIssues, inputs } from '../ipc/contract.js';
import type { AnnotationId, DocumentId, ProjectService } from '../ipc/project-api.js';
import { FetchJobs } from './services/fetch-jobs.js';

/** Writes one export format of the open project; provided by the process that wires core/export in. */
export type ProjectExporter = (project: ProjectService, options: { langs?: readonly LangCode[]; uiLang?: string }) => Promise<ExportedFile>;

export interface HandlerContext {
  readonly mode: 'electron' | 'browser';
  readonly version: string;
  /** The open project; throws NoProjectError when none is open. */
  project(): ProjectService;
  readonly exporters: Partial<Record<ExportFormat, ProjectExporter>>;
  /** Runs of "Get official versions"; a fresh registry (env base addresses, default timing) when not given. */
  readonly fetchJobs?: FetchJobs;
}

/** No project file is open (Electron before File › Open, or a server started without one). */
export class NoProjectError extends Error {
  readonly code = 'no-project' as const;
  constructor() {
    super('No project is open: use File › Open project, or start with a project file.');
    this.name = 'NoProjectError';
  }
}

export type Handlers = { [K in ApiName]: (input: ParsedInput<K>) => Promise<Outputs[K]> | Outputs[K] };

const fromBase64 = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));

export function createHandlers(ctx: HandlerContext): Handlers {
  const p = () => ctx.project();
  const fetchJobs = ctx.fetchJobs ?? new FetchJobs();
  const history = (changed: Outputs['undo']['changed']) => ({ canUndo: p().canUndo(), canRedo: p().canRedo(), changed });
  return {
    appInfo: () => ({
      mode: ctx.mode,
      version: ctx.version,
      exportFormats: (Object.keys(ctx.exporters) as ExportFormat[]).filter((f) => ctx.exporters[f] !== undefined),
    }),
    projectInfo: () => p().info(),
    listDocuments: () => p().listDocuments(),
    getDocument: ({ id }) => p().getDocument(id as DocumentId),
    previewImport: async ({ fileName, dataBase64, lang, allowUnstructured }) => {
      const bytes = fromBase64(dataBase64);
      // A TMX or an XLIFF holds several languages: read it once, show the pivot's version and list them all.
      const tmx = lang === undefined && isAlignedFormat(detectFormat(bytes, fileName)) ? readAlignedFile(bytes, { fileName }) : null;
      if (tmx && tmx.documents.length === 0) throw new ImportError(`${fileName}: the file holds no segments in an EU language`, { params: { variant: 'no-eu-language' } });
      const doc = tmx ? tmx.documents[tmx.grid.pivot] : await parseDocument(bytes, { fileName, lang, allowUnstructured });
      const languages = tmx?.documents.map((d) => d.lang);
      return {
        ...(languages ? { languages } : {}),
        fileName,
        format: doc.format,
        lang: doc.lang,
        langSource: doc.langSource,
        title: doc.title,
        unitCount: doc.units.length,
        unstructured: doc.unstructured,
        warnings: doc.warnings,
      };
    },
    importDocument: async ({ fileName, dataBase64, replaceId, lang, official, allowUnstructured }) => {
      const bytes = fromBase64(dataBase64);
      const options = { fileName, lang, official, allowUnstructured };
      return replaceId ? p().replaceDocument(replaceId as DocumentId, bytes, options) : p().addDocument(bytes, options);
    },
    importTranslationMemory: ({ fileName, dataBase64, official }) => p().addTranslationMemory(fromBase64(dataBase64), { fileName, official }),
    removeDocument: ({ id }) => (p().removeDocument(id as DocumentId), null),
    setPivot: ({ id }) => (p().setPivot(id as DocumentId), null),
    grid: ({ level }) => p().grid({ level }),
    applyCorrection: ({ correction }) => p().applyCorrection(correction),
    findings: () => p().findings(),
    dismissFinding: ({ id, reason }) => (p().dismissFinding(id, reason), null),
    restoreFinding: ({ id }) => (p().restoreFinding(id), null),
    findingToAnnotation: ({ id, ...rest }) => p().findingToAnnotation(id, rest),
    annotations: () => p().annotations(),
    createAnnotation: (input) => p().createAnnotation({ ...input, spans: input.spans.map((s) => ({ ...s, docId: s.docId as DocumentId })) }),
    updateAnnotation: ({ id, patch }) =>
      p().updateAnnotation(id as AnnotationId, { ...patch, addSpans: patch.addSpans?.map((s) => ({ ...s, docId: s.docId as DocumentId })) }),
    deleteAnnotation: ({ id }) => (p().deleteAnnotation(id as AnnotationId), null),
    names: () => p().names(),
    setAcceptedSpelling: ({ entityId, lang, text }) => (p().setAcceptedSpelling(entityId, lang, text), null),
    undo: () => history(p().undo()),
    redo: () => history(p().redo()),
    historyState: () => history(null),
    getSetting: ({ key }) => p().getSetting(key),
    setSetting: ({ key, value }) => (p().setSetting(key, value), null),
    exportFile: ({ format, langs, uiLang }) => {
      const exporter = ctx.exporters[format];
      if (!exporter) throw new ExportUnavailableError(format);
      return exporter(p(), { langs, uiLang });
    },
    startFetch: ({ ref, langs, refresh }) => fetchJobs.start(p(), { ref, langs, refresh }),
    fetchStatus: ({ jobId }) => fetchJobs.status(jobId),
    cancelFetch: ({ jobId }) => fetchJobs.cancel(jobId),
    listDictionaries: () => p().listDictionaries(),
    addDictionary: ({ files, from, to }) => p().addDictionary(files.map((f) => ({ fileName: f.fileName, bytes: fromBase64(f.dataBase64) })), { from, to }),
    removeDictionary: ({ id }) => (p().removeDictionary(id), null),
    getVocabulary: () => p().getVocabulary(),
    setVocabulary: ({ enabled }) => (p().setVocabulary(enabled), null),
  };
}

class ExportUnavailableError extends CoreError {
  readonly code = 'export' as const;
  constructor(format: string) {
    super(`Export to ${format.toUpperCase()} is not available in this build`, { params: { variant: 'unavailable', format: format.toUpperCase() } });
  }
}

export type Logger = (message: string, error: unknown) => void;

const defaultLogger: Logger = (message, error) => {
  console.error(message, error);
  if (error instanceof Error && error.cause) console.error('caused by', error.cause);
};

/**
 * CoreError → its code, message and params (when it has them); NoProjectError → `no-project`; anything else is
 * logged and `internal`.
 */
export function toIpcFailure(e: unknown, log: Logger = defaultLogger): IpcFailure {
  if (e instanceof CoreError) return { ok: false, error: { code: e.code, message: e.message, ...(e.params ? { params: { ...e.params } } : {}) } };
  if (e instanceof NoProjectError) return { ok: false, error: { code: e.code, message: e.message } };
  log('Concordia: internal error in an API handler', e);
  return { ok: false, error: { code: 'internal', message: 'Internal error; see the log for details.' } };
}

export function failure(code: IpcErrorCode, message: string): IpcFailure {
  return { ok: false, error: { code, message } };
}

/**
 * Validates `raw` against the method's schema and runs its handler. Never throws: every outcome is an
 * IpcResult. `channel` is the wire name (`area:verb-noun`).
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown, log?: Logger): Promise<IpcResult<unknown>> {
  const name = apiNameOf(channel);
  if (!name) return failure('unknown-method', `Unknown API channel ${JSON.stringify(channel)}`);
  const parsed = inputs[name].safeParse(raw ?? {});
  if (!parsed.success) return failure('invalid-input', `${channel}: ${describeIssues(parsed.error)}`);
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (e) {
    return toIpcFailure(e, log);
  }
}
