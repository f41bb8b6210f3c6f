import * as m0010 from './0010-create-project.js';
import * as m0020 from './0020-create-team.js';

export interface PgMigration {
  /** The file name without extension; its number equals `version`. */
  readonly name: string;
  readonly version: number;
  readonly sql: string;
}

/** Append-only, in version order. Never edit a shipped migration: add a new file. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  { name: '0010-create-project', ...m0010 },
  { name: '0020-create-team', ...m0020 },
];

export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
