// The app over a team database (issue #13): knowing that it runs there, polling the activity feed, and the edits
// that need the row version the user saw (change or delete an annotation, set an accepted spelling, dismiss,
// re-open or annotate a finding). Those go to
// the versioned team API (/api/team/…, session cookie plus the session's CSRF token, which is also this app's
// bearer token), so saving over a row someone else saved first is refused with 409, the server's message and the
// current row, and nothing is overwritten. Everywhere else (desktop app, single-user browser mode) the same helpers
// fall back to the ordinary API calls and nothing polls.
import type { Annotation, FindingView, NameEntityView } from '../contract.js';
import { ApiError, call, httpToken, transport } from '../api.js';

export interface TeamInfo {
  readonly username: string;
  readonly role: string;
  /** The activity sequence number at the time the app asked: changes after it are news. */
  readonly cursor: number;
}

/** One entry of the team activity list (GET /api/team/changes). */
export interface TeamChange {
  readonly seq: number;
  readonly at: string;
  readonly username: string;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly summary: string;
}

/** Someone saved the row first; nothing was written. `current` is the row as it is now (null when deleted). */
export class TeamConflictError extends Error {
  readonly current: unknown;
  constructor(message: string, current: unknown) {
    super(message);
    this.name = 'TeamConflictError';
    this.current = current;
  }
}

let probe: Promise<TeamInfo | null> | null = null;

/**
 * Whether this window runs over a team database: the team server's appInfo says who is signed in. Asked once;
 * never over IPC (the desktop app has no team mode), and a single-user browser server answers without `team`.
 */
export function teamInfo(): Promise<TeamInfo | null> {
  probe ??= (async () => {
    if (transport() !== 'http') return null;
    try {
      const info = (await call('appInfo', {})) as { team?: TeamInfo };
      return info.team && typeof info.team.cursor === 'number' ? info.team : null;
    } catch {
      return null;
    }
  })();
  return probe;
}

async function teamRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${window.location.origin}/api/team/${path}`, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': httpToken() ?? '' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError('internal', `The team server did not answer: ${String(e)}`);
  }
  let reply: { ok?: boolean; value?: T; error?: { code?: string; message?: string }; current?: unknown };
  try {
    reply = (await response.json()) as typeof reply;
  } catch {
    throw new ApiError('internal', `HTTP ${response.status} from the team server`);
  }
  if (response.status === 409) throw new TeamConflictError(reply.error?.message ?? 'Someone else changed this first; nothing was saved.', reply.current ?? null);
  if (!reply.ok) {
    const code = response.status === 403 ? 'forbidden' : response.status === 401 ? 'unauthorized' : response.status === 404 ? 'not-found' : response.status >= 500 ? 'internal' : 'invalid-input';
    throw new ApiError(code, reply.error?.message ?? `HTTP ${response.status} from the team server`);
  }
  return reply.value as T;
}

/** Changes after `cursor`, oldest first, and the cursor to ask with next time. */
export function teamChanges(cursor: number): Promise<{ cursor: number; changes: TeamChange[] }> {
  return teamRequest('GET', `changes?after=${cursor}`);
}

/** The row version a team read attached to an annotation (undefined outside team mode). */
export function annotationVersion(a: Annotation): number | undefined {
  const v = (a as Annotation & { version?: unknown }).version;
  return typeof v === 'number' ? v : undefined;
}

/** The version of an accepted spelling as the names read attached it; null when none is set (undefined outside team mode). */
export function spellingVersion(e: NameEntityView, lang: string): number | null | undefined {
  const versions = (e as NameEntityView & { acceptedVersions?: Record<string, number> }).acceptedVersions;
  if (!versions) return undefined;
  return versions[lang] ?? null;
}

/** The version of a finding's review as the findings read attached it; null when it has none (undefined outside team mode). */
export function findingReviewVersion(f: FindingView): number | null | undefined {
  const v = (f as FindingView & { reviewVersion?: unknown }).reviewVersion;
  return typeof v === 'number' || v === null ? v : undefined;
}

export interface AnnotationPatchInput {
  readonly category?: string;
  readonly status?: string;
  readonly comment?: string;
  readonly addSpans?: readonly { docId: string; rowKey: string; unitId: string; start: number; end: number }[];
  readonly removeSpanIds?: readonly string[];
}

/**
 * Changes an annotation. In team mode `version` is the one the user started from; a stale one throws
 * TeamConflictError. Elsewhere the ordinary call (one user, nothing to race).
 */
export async function changeAnnotation(id: string, version: number | undefined, patch: AnnotationPatchInput): Promise<void> {
  if ((await teamInfo()) && version !== undefined) {
    await teamRequest('PUT', `annotations/${encodeURIComponent(id)}`, { version, change: patch });
    return;
  }
  await call('updateAnnotation', { id, patch: patch as never });
}

export async function removeAnnotation(id: string, version: number | undefined): Promise<void> {
  if ((await teamInfo()) && version !== undefined) {
    await teamRequest('DELETE', `annotations/${encodeURIComponent(id)}`, { version });
    return;
  }
  await call('deleteAnnotation', { id });
}

/** Sets (or clears, text null) an accepted spelling; in team mode `version` is the one shown (null: none was set). */
export async function acceptSpelling(entityId: string, lang: string, text: string | null, version: number | null | undefined): Promise<void> {
  if ((await teamInfo()) && version !== undefined) {
    await teamRequest('PUT', 'spellings', { entityId, lang, text, version });
    return;
  }
  await call('setAcceptedSpelling', { entityId, lang: lang as never, text });
}

/**
 * Dismisses a finding (reason) or re-opens it (null). In team mode against the review version the user saw, so a
 * review someone else made meanwhile is not overwritten (TeamConflictError instead).
 */
export async function reviewFinding(f: FindingView, dismissReason: string | null): Promise<void> {
  const version = findingReviewVersion(f);
  if ((await teamInfo()) && version !== undefined) {
    await teamRequest('PUT', 'finding-reviews', { findingId: f.id, dismissReason, version });
    return;
  }
  if (dismissReason === null) await call('restoreFinding', { id: f.id });
  else await call('dismissFinding', { id: f.id, ...(dismissReason ? { reason: dismissReason } : {}) });
}

/** Records a finding as an annotation over its spans; in team mode against the review version the user saw. */
export async function annotateFinding(f: FindingView): Promise<void> {
  const version = findingReviewVersion(f);
  if ((await teamInfo()) && version !== undefined) {
    await teamRequest('POST', 'finding-annotations', { findingId: f.id, version });
    return;
  }
  await call('findingToAnnotation', { id: f.id });
}
