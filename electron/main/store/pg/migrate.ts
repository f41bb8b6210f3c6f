import type { Pool } from 'pg';
import { CoreError } from '../../../../core/index.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS } from './migrations/index.js';

/** The team database was migrated by a newer Concordia; nothing was changed. */
export class TeamDatabaseFromFutureError extends CoreError {
  readonly code = 'project-from-future' as const;
  constructor(found: number, known: number) {
    super(`the team database has schema version ${found}; this Concordia knows up to ${known}. Update Concordia on the server.`);
  }
}

// Any constant works; it only has to be the same in every server process migrating the same database.
const MIGRATION_LOCK = 0x436f6e63;

/**
 * Brings the database to the latest schema, each migration in its own transaction together with its row in
 * `concordia_schema`. A session advisory lock makes two servers starting at once migrate one after the other.
 * @throws TeamDatabaseFromFutureError before any change when the database is newer than this build.
 */
export async function migratePg(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS concordia_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM concordia_schema');
      const current = rows[0]?.v ?? 0;
      if (current > PG_LATEST_VERSION) throw new TeamDatabaseFromFutureError(current, PG_LATEST_VERSION);
      let reached = current;
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO concordia_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
        reached = m.version;
      }
      return reached;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
