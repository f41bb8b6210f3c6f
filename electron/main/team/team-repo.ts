// SQL of team mode beyond the project rows: accounts, sessions, the activity list, and the versioned writes of
// accepted spellings and finding reviews. $n parameters only.
import type { LangCode } from '../../../core/index.js';
import type { PgStore } from '../store/pg/pg-store.js';

export const ROLES = ['admin', 'reviser', 'translator', 'read-only'] as const;
export type Role = (typeof ROLES)[number];

export interface TeamUser {
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  /** For translators: the languages whose annotations they may edit. */
  readonly languages: readonly LangCode[];
}

interface UserRow {
  id: number;
  username: string;
  role: string;
  languages: string[];
  password_hash: string;
}

const toUser = (r: UserRow): TeamUser => ({ id: r.id, username: r.username, role: r.role as Role, languages: r.languages as LangCode[] });

/** @returns false when the name is taken. */
export async function insertUser(db: PgStore, u: { username: string; passwordHash: string; role: Role; languages: readonly string[] }): Promise<TeamUser | null> {
  const rows = await db.query<UserRow>(
    `INSERT INTO team_users (username, password_hash, role, languages) VALUES ($1, $2, $3, $4)
     ON CONFLICT (username) DO NOTHING RETURNING *`,
    [u.username, u.passwordHash, u.role, [...u.languages]],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

export async function setUserPassword(db: PgStore, username: string, passwordHash: string): Promise<boolean> {
  return (await db.query('UPDATE team_users SET password_hash = $2 WHERE username = $1 RETURNING id', [username, passwordHash])).length === 1;
}

export async function findUserWithHash(db: PgStore, username: string): Promise<{ user: TeamUser; passwordHash: string } | undefined> {
  const [row] = await db.query<UserRow>('SELECT * FROM team_users WHERE username = $1', [username]);
  return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function listUsers(db: PgStore): Promise<TeamUser[]> {
  return (await db.query<UserRow>('SELECT * FROM team_users ORDER BY username')).map(toUser);
}

export async function countUsers(db: PgStore): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM team_users'))[0].n;
}

export async function insertSession(db: PgStore, s: { tokenHash: string; userId: number; csrfToken: string; ttlSeconds: number }): Promise<void> {
  await db.query(`INSERT INTO team_sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`, [
    s.tokenHash,
    s.userId,
    s.csrfToken,
    s.ttlSeconds,
  ]);
}

export async function findSession(db: PgStore, tokenHash: string): Promise<{ user: TeamUser; csrfToken: string } | undefined> {
  const [row] = await db.query<UserRow & { csrf_token: string }>(
    `SELECT u.*, s.csrf_token FROM team_sessions s JOIN team_users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  );
  return row ? { user: toUser(row), csrfToken: row.csrf_token } : undefined;
}

export async function deleteSession(db: PgStore, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM team_sessions WHERE token_hash = $1 OR expires_at <= now()', [tokenHash]);
}

// --- activity ------------------------------------------------------------------------------------------------------

export interface ActivityEntry {
  readonly seq: number;
  readonly at: string;
  readonly username: string;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly summary: string;
}

interface ActivityRow {
  seq: string;
  at: Date;
  username: string;
  action: string;
  target_kind: string;
  target_id: string;
  summary: string;
}

const toActivity = (r: ActivityRow): ActivityEntry => ({
  seq: Number(r.seq),
  at: r.at.toISOString(),
  username: r.username,
  action: r.action,
  targetKind: r.target_kind,
  targetId: r.target_id,
  summary: r.summary,
});

// Taken by every writing transaction just before it records its activity entry and held until it commits: entries
// then commit in seq order, so a client polling "after seq N" can never miss a smaller seq committed late.
const ACTIVITY_LOCK = 0x54656164;

/** Call inside the write transaction, as its last statement, so the entry commits with the change. */
export async function recordActivity(db: PgStore, e: Omit<ActivityEntry, 'seq' | 'at'>): Promise<ActivityEntry> {
  await db.query('SELECT pg_advisory_xact_lock($1)', [ACTIVITY_LOCK]);
  const [row] = await db.query<ActivityRow>(
    'INSERT INTO team_activity (username, action, target_kind, target_id, summary) VALUES ($1, $2, $3, $4, $5) RETURNING *',
    [e.username, e.action, e.targetKind, e.targetId, e.summary],
  );
  return toActivity(row);
}

/** Newest first, at most `limit`. */
export async function listActivity(db: PgStore, limit: number): Promise<ActivityEntry[]> {
  return (await db.query<ActivityRow>('SELECT * FROM team_activity ORDER BY seq DESC LIMIT $1', [limit])).map(toActivity);
}

/** Entries after `after`, oldest first (see ACTIVITY_LOCK for why none can appear later below it). */
export async function activitySince(db: PgStore, after: number, limit: number): Promise<ActivityEntry[]> {
  return (await db.query<ActivityRow>('SELECT * FROM team_activity WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit])).map(toActivity);
}

export async function latestActivitySeq(db: PgStore): Promise<number> {
  return Number((await db.query<{ s: string | null }>('SELECT max(seq) AS s FROM team_activity'))[0].s ?? 0);
}

// --- versioned accepted spellings and reviews ----------------------------------------------------------------------

export interface SpellingRow {
  readonly entityId: string;
  readonly lang: LangCode;
  readonly text: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
}

export async function listSpellingRows(db: PgStore): Promise<SpellingRow[]> {
  const rows = await db.query<{ entity_id: string; lang: string; text: string; updated_at: string; updated_by: string | null; version: number }>(
    'SELECT * FROM accepted_spellings ORDER BY entity_id, lang',
  );
  return rows.map((r) => ({ entityId: r.entity_id, lang: r.lang as LangCode, text: r.text, updatedAt: r.updated_at, updatedBy: r.updated_by, version: r.version }));
}

export async function findSpellingRow(db: PgStore, entityId: string, lang: string): Promise<SpellingRow | undefined> {
  return (await listSpellingRowsWhere(db, entityId, lang))[0];
}

async function listSpellingRowsWhere(db: PgStore, entityId: string, lang: string): Promise<SpellingRow[]> {
  const rows = await db.query<{ entity_id: string; lang: string; text: string; updated_at: string; updated_by: string | null; version: number }>(
    'SELECT * FROM accepted_spellings WHERE entity_id = $1 AND lang = $2',
    [entityId, lang],
  );
  return rows.map((r) => ({ entityId: r.entity_id, lang: r.lang as LangCode, text: r.text, updatedAt: r.updated_at, updatedBy: r.updated_by, version: r.version }));
}

/**
 * Sets (text) or clears (null) a spelling only if the row is as the client saw it: `expected` null means "there was
 * none", a number the version it had. @returns false on a conflict, with nothing written.
 */
export async function setSpellingIfVersion(
  db: PgStore,
  s: { entityId: string; lang: string; text: string | null; at: string; by: string; expected: number | null },
): Promise<boolean> {
  if (s.expected === null) {
    if (s.text === null) return (await findSpellingRow(db, s.entityId, s.lang)) === undefined;
    const rows = await db.query(
      `INSERT INTO accepted_spellings (entity_id, lang, text, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (entity_id, lang) DO NOTHING RETURNING version`,
      [s.entityId, s.lang, s.text, s.at, s.by],
    );
    return rows.length === 1;
  }
  if (s.text === null) {
    return (await db.query('DELETE FROM accepted_spellings WHERE entity_id = $1 AND lang = $2 AND version = $3 RETURNING version', [s.entityId, s.lang, s.expected])).length === 1;
  }
  const rows = await db.query(
    `UPDATE accepted_spellings SET text = $3, updated_at = $4, updated_by = $5, version = version + 1
     WHERE entity_id = $1 AND lang = $2 AND version = $6 RETURNING version`,
    [s.entityId, s.lang, s.text, s.at, s.by, s.expected],
  );
  return rows.length === 1;
}

export interface ReviewRow {
  readonly findingId: string;
  readonly state: 'dismissed' | 'annotated';
  readonly reason: string;
  readonly annotationId: string | null;
  readonly reviewedAt: string;
  readonly reviewedBy: string | null;
  readonly version: number;
}

export async function listReviewRows(db: PgStore, findingId?: string): Promise<ReviewRow[]> {
  const rows = await db.query<{
    finding_id: string;
    state: string;
    reason: string;
    annotation_id: string | null;
    reviewed_at: string;
    reviewed_by: string | null;
    version: number;
  }>(findingId === undefined ? 'SELECT * FROM finding_reviews ORDER BY finding_id' : 'SELECT * FROM finding_reviews WHERE finding_id = $1', findingId === undefined ? [] : [findingId]);
  return rows.map((r) => ({
    findingId: r.finding_id,
    state: r.state as ReviewRow['state'],
    reason: r.reason,
    annotationId: r.annotation_id,
    reviewedAt: r.reviewed_at,
    reviewedBy: r.reviewed_by,
    version: r.version,
  }));
}

/** Dismisses (reason) or re-opens (null) a finding only if its review row is as the client saw it. */
export function setReviewIfVersion(
  db: PgStore,
  r: { findingId: string; dismissReason: string | null; at: string; by: string; expected: number | null },
): Promise<boolean> {
  return putReviewIfVersion(db, {
    findingId: r.findingId,
    review: r.dismissReason === null ? null : { state: 'dismissed', reason: r.dismissReason, annotationId: null },
    at: r.at,
    by: r.by,
    expected: r.expected,
  });
}

/**
 * Sets a finding's review (dismissed with a reason, or annotated with the annotation's id) or removes it (null,
 * the finding is open again), only if the review row is at `expected` — null: the client saw no row. False when
 * someone changed it first; nothing is written then.
 */
export async function putReviewIfVersion(
  db: PgStore,
  r: {
    findingId: string;
    review: { state: ReviewRow['state']; reason: string; annotationId: string | null } | null;
    at: string;
    by: string;
    expected: number | null;
  },
): Promise<boolean> {
  const { review } = r;
  if (r.expected === null) {
    if (review === null) return (await listReviewRows(db, r.findingId)).length === 0;
    const rows = await db.query(
      `INSERT INTO finding_reviews (finding_id, state, reason, annotation_id, reviewed_at, reviewed_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (finding_id) DO NOTHING RETURNING version`,
      [r.findingId, review.state, review.reason, review.annotationId, r.at, r.by],
    );
    return rows.length === 1;
  }
  if (review === null) {
    return (await db.query('DELETE FROM finding_reviews WHERE finding_id = $1 AND version = $2 RETURNING version', [r.findingId, r.expected])).length === 1;
  }
  const rows = await db.query(
    `UPDATE finding_reviews SET state = $2, reason = $3, annotation_id = $4, reviewed_at = $5, reviewed_by = $6, version = version + 1
     WHERE finding_id = $1 AND version = $7 RETURNING version`,
    [r.findingId, review.state, review.reason, review.annotationId, r.at, r.by, r.expected],
  );
  return rows.length === 1;
}
