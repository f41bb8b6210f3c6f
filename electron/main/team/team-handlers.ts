// Browser mode's own API (electron/ipc/contract.ts) answered from the team database, so the app's full interface
// — the aligned grid, findings, names — opens on the team server for every signed-in user (issue #13).
// This API's contract carries no row versions, so the edits that could overwrite someone else's (changing or
// deleting an annotation, setting an accepted spelling, reviewing a finding: dismiss, restore, annotate) are
// refused here; the renderer makes them through the versioned team API instead (renderer/team/team-client.ts),
// with the versions these reads hand it: each annotation carries `version`, each finding `reviewVersion`, each
// name `acceptedVersions`, and appInfo `team` (who is signed in and the activity cursor the app polls
// `changes?after=` from). Edits that only add (annotations, corrections) go through here, with the actor's role
// checked and the activity recorded like every team edit.
import { CoreError } from '../../../core/index.js';
import type { LangCode } from '../../../core/index.js';
import type { ApiName } from '../../ipc/channels.js';
import { apiNameOf } from '../../ipc/channels.js';
import type { IpcResult, Outputs } from '../../ipc/contract.js';
import { describeIssues, inputs } from '../../ipc/contract.js';
import type { DocumentId, ProjectInfo } from '../../ipc/project-api.js';
import { toIpcFailure } from '../handlers.js';
import { documentSummary } from '../services/document-summary.js';
import type { DocumentMeta } from '../store/project-store.js';
import { PG_LATEST_VERSION } from '../store/pg/migrations/index.js';
import * as repo from './team-repo.js';
import type { TeamUser } from './team-repo.js';
import { ConflictError, ForbiddenError } from './team-service.js';
import type { TeamService } from './team-service.js';


class NotInTeamModeError extends ForbiddenError {}

const onTeamPage = (what: string) =>
  new NotInTeamModeError(`${what} is done on the team page (/) in team mode: it checks that nobody changed the row since you loaded it`);
const needsVersion = (what: string, route: string) =>
  new NotInTeamModeError(`${what} is not available in the app in team mode yet: it needs the row's version, so use ${route} of the team API`);
const unavailable = (what: string) => new NotInTeamModeError(`${what} is not available on the team server; use a local project and \`concordia project push\``);

type Impl = { [K in ApiName]: (input: never) => Promise<Outputs[K]> };

function handlersFor(service: TeamService, user: TeamUser, version: string): Impl {
  const pivotId = async (metas: readonly DocumentMeta[]) => {
    const chosen = await service.store.getSetting('pivot');
    const i = metas.findIndex((m) => m.id === chosen);
    const p = i >= 0 ? i : Math.max(0, metas.findIndex((m) => m.official));
    return (metas[p]?.id as DocumentId | undefined) ?? null;
  };
  return {
    // `team` is beyond the contract's AppInfo: the renderer reads it to know it runs over a team database.
    appInfo: async () => ({
      mode: 'browser',
      version,
      exportFormats: [],
      team: { username: user.username, role: user.role, languages: user.languages, cursor: await repo.latestActivitySeq(service.store) },
    }),
    projectInfo: async (): Promise<ProjectInfo> => {
      const metas = await service.listDocuments();
      const [annotations, findings] = await Promise.all([service.annotations(), service.findings()]);
      return {
        path: 'team database',
        schemaVersion: PG_LATEST_VERSION,
        documents: metas.map(documentSummary),
        pivot: await pivotId(metas),
        annotationCount: annotations.length,
        orphanedSpanCount: annotations.flatMap((a) => a.spans).filter((s) => s.state === 'orphaned').length,
        findingCount: findings.length,
        dismissedCount: findings.filter((f) => f.review === 'dismissed').length,
        sizeBytes: 0,
      };
    },
    listDocuments: async () => (await service.listDocuments()).map(documentSummary),
    getDocument: async ({ id }: { id: string }) => service.getDocument(id),
    grid: async ({ level }: { level: 'unit' | 'sentence' }) => service.grid(level),
    findings: async () => service.findings(),
    annotations: async () => service.annotations(),
    names: async () =>
      (await service.names()).map(({ accepted, ...e }) => ({
        ...e,
        accepted: Object.fromEntries(accepted.map((s) => [s.lang, s.text])) as Partial<Record<LangCode, string>>,
        // The version of each accepted spelling, sent back with the next change to it (PUT /api/team/spellings).
        acceptedVersions: Object.fromEntries(accepted.map((s) => [s.lang, s.version])) as Partial<Record<LangCode, number>>,
      })),
    historyState: async () => ({ canUndo: false, canRedo: false, changed: null }),
    undo: async () => ({ canUndo: false, canRedo: false, changed: null }),
    redo: async () => ({ canUndo: false, canRedo: false, changed: null }),
    // Interface preferences belong to each browser in team mode, not to the shared project.
    getSetting: async () => null,
    setSetting: async () => null,
    createAnnotation: async (input: { category: never; status?: never; comment?: string; spans: { docId: string; rowKey: string; unitId: string; start: number; end: number }[] }) =>
      service.createAnnotation(user, { category: input.category, status: input.status, comment: input.comment, spans: input.spans.map((s) => ({ ...s, docId: s.docId as DocumentId })) }),
    applyCorrection: async ({ correction }: { correction: never }) => {
      const docIds = (await service.listDocuments()).map((m) => m.id);
      await service.applyCorrection(user, correction, docIds);
      return service.grid('unit');
    },
    // Taking the review's version at save time would overwrite a review someone made after this user loaded the
    // findings: the app sends the version it showed to the team API instead.
    dismissFinding: async () => {
      throw needsVersion('Dismissing a finding', 'PUT /api/team/finding-reviews');
    },
    restoreFinding: async () => {
      throw needsVersion('Re-opening a finding', 'PUT /api/team/finding-reviews');
    },
    updateAnnotation: async () => {
      throw onTeamPage('Changing an annotation');
    },
    deleteAnnotation: async () => {
      throw onTeamPage('Deleting an annotation');
    },
    setAcceptedSpelling: async () => {
      throw needsVersion('Setting an accepted spelling', 'PUT /api/team/spellings');
    },
    findingToAnnotation: async () => {
      throw needsVersion('Annotating a finding', 'POST /api/team/finding-annotations');
    },
    previewImport: async () => {
      throw unavailable('Importing a document');
    },
    importDocument: async () => {
      throw unavailable('Importing a document');
    },
    importTranslationMemory: async () => {
      throw unavailable('Importing a translation memory');
    },
    removeDocument: async () => {
      throw unavailable('Removing a document');
    },
    setPivot: async () => {
      throw unavailable('Changing the pivot');
    },
    exportFile: async () => {
      throw unavailable('Exporting');
    },
    startFetch: async () => {
      throw unavailable('Fetching official versions');
    },
    fetchStatus: async () => {
      throw unavailable('Fetching official versions');
    },
    cancelFetch: async () => {
      throw unavailable('Fetching official versions');
    },
    // The team database has no dictionary table (dictionaries live in a project file): refused, not an empty list.
    listDictionaries: async () => {
      throw unavailable('Bilingual dictionaries');
    },
    addDictionary: async () => {
      throw unavailable('Bilingual dictionaries');
    },
    removeDictionary: async () => {
      throw unavailable('Bilingual dictionaries');
    },
    // The team grid aligns with the aligner's default, the core vocabulary on; it has no setting to change that.
    getVocabulary: async () => true,
    setVocabulary: async () => {
      throw unavailable('Changing the core vocabulary setting');
    },
  };
}

/**
 * Runs one browser-mode API call for `user`: the contract's zod schema first, as the single-user server does,
 * then the team implementation. Never throws: every outcome is an IpcResult (a 409 conflict becomes `invalid-input`
 * with the server's message, as the contract has no conflict code).
 */
export async function dispatchTeam(service: TeamService, user: TeamUser, version: string, channel: string, raw: unknown, log: (m: string, e: unknown) => void): Promise<IpcResult<unknown>> {
  const name = apiNameOf(channel);
  if (!name) return { ok: false, error: { code: 'unknown-method', message: `Unknown API channel ${JSON.stringify(channel)}` } };
  const parsed = inputs[name].safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: `${channel}: ${describeIssues(parsed.error)}` } };
  try {
    const handler = handlersFor(service, user, version)[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: (await handler(parsed.data)) ?? null };
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, error: { code: 'forbidden', message: e.message } };
    if (e instanceof ConflictError) return { ok: false, error: { code: 'invalid-input', message: e.message } };
    // Code, message and params, as the app's own API sends them: the renderer words the error in the UI language.
    if (e instanceof CoreError) return toIpcFailure(e, log);
    log('Concordia team server: browser-mode call failed', e);
    return { ok: false, error: { code: 'internal', message: 'Internal error; see the server log' } };
  }
}
