import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { NotFoundError } from '../../../core/index.js';
import { DatabaseFromFutureError, isCorruptionError, ProjectFileError } from './errors.js';
import type { ReadableDb, WritableDb } from './handles.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';

/** `PRAGMA application_id` of a Concordia project ("Conc"), so another program's SQLite file is told apart. */
export const APPLICATION_ID = 0x436f6e63;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * The addon file better-sqlite3 loads (its `nativeBinding` option); unset, its own build. Electron's main sets the
 * Electron-ABI build kept beside the Node one (electron/main/sqlite-binding.ts) before the first open.
 */
let nativeBinding: string | undefined;
export function useSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}
const bindingOption = (): { nativeBinding?: string } => (nativeBinding ? { nativeBinding } : {});

export interface OpenOptions {
  /** Create the file when it does not exist (default false: a missing file is NotFoundError). */
  readonly create?: boolean;
  /** Migrate only up to this version (tests of a single migration); default the latest. */
  readonly targetVersion?: number;
  /** Run `PRAGMA quick_check` on open (default true); a damaged file is ProjectFileError before anything is written. */
  readonly check?: boolean;
}

function assertSqliteHeader(path: string): void {
  const size = statSync(path).size;
  if (size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 16 || head.toString('latin1') !== SQLITE_MAGIC) {
    throw new ProjectFileError(path, 'not a Concordia project (the file is not an SQLite database)');
  }
}

function wrapOpenFailure(path: string, e: unknown): never {
  if (isCorruptionError(e)) throw new ProjectFileError(path, 'the project file is damaged or truncated and cannot be opened', { cause: e });
  throw e;
}

function checkFile(db: Database.Database, path: string, quick: boolean): number {
  try {
    if (quick) {
      const rows = db.pragma('quick_check') as { quick_check: string }[];
      if (rows.length !== 1 || rows[0].quick_check !== 'ok') {
        throw new ProjectFileError(path, `the project file is damaged (${rows.slice(0, 3).map((r) => r.quick_check).join('; ')})`);
      }
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (version !== 0 || tables !== 0)) {
      throw new ProjectFileError(path, 'an SQLite database, but not a Concordia project');
    }
    return version;
  } catch (e) {
    return wrapOpenFailure(path, e);
  }
}

/**
 * Applies every migration above the file's `user_version`, each in its own transaction together with the new
 * `user_version`. @throws DatabaseFromFutureError (before any change) when the file is newer than this build.
 */
export function migrate(db: WritableDb, path: string, target: number = LATEST_VERSION): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) throw new DatabaseFromFutureError(path, current, LATEST_VERSION);
  let reached = current;
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      if (reached === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    reached = m.version;
  }
  return reached;
}

/**
 * Opens (or creates) a project file for writing: validates it, sets WAL, foreign keys, full sync and a busy
 * timeout, then migrates it. `':memory:'` gives a private in-memory database (tests).
 * @throws NotFoundError, ProjectFileError (not SQLite, another program's database, damaged, truncated),
 *   DatabaseFromFutureError (the file is left untouched).
 */
export function openWritable(path: string, options: OpenOptions = {}): WritableDb {
  const memory = path === ':memory:';
  if (!memory) {
    if (!existsSync(path)) {
      if (!options.create) throw new NotFoundError(`${path}: no such project file`);
    } else {
      assertSqliteHeader(path);
    }
  }
  let raw: Database.Database;
  try {
    raw = new Database(path, { fileMustExist: !memory && !options.create, ...bindingOption() });
  } catch (e) {
    return wrapOpenFailure(path, e);
  }
  try {
    const version = checkFile(raw, path, options.check ?? true);
    // Checked before the first write (journal_mode changes the header): a newer file stays byte-identical.
    if (version > LATEST_VERSION) throw new DatabaseFromFutureError(path, version, LATEST_VERSION);
    raw.pragma('busy_timeout = 5000');
    if (!memory) raw.pragma('journal_mode = WAL');
    // FULL: a committed annotation is on disk even after a power cut, not only after a crash of the app.
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    const db = raw as WritableDb;
    migrate(db, path, options.targetVersion ?? LATEST_VERSION);
    return db;
  } catch (e) {
    raw.close();
    return wrapOpenFailure(path, e);
  }
}

/** A read-only connection to an existing SQLite file, before any Concordia check. @throws like openWritable. */
function openRawReadOnly(path: string): Database.Database {
  if (!existsSync(path)) throw new NotFoundError(`${path}: no such project file`);
  assertSqliteHeader(path);
  try {
    return new Database(path, { readonly: true, fileMustExist: true, ...bindingOption() });
  } catch (e) {
    return wrapOpenFailure(path, e);
  }
}

/**
 * Opens an existing, already migrated project file read-only (exports, reports): a separate connection that can
 * never take the write lock. @throws like openWritable; a file that still needs migrating is ProjectFileError.
 */
export function openReadOnly(path: string): ReadableDb {
  const raw = openRawReadOnly(path);
  try {
    const version = checkFile(raw, path, false);
    if (version > LATEST_VERSION) throw new DatabaseFromFutureError(path, version, LATEST_VERSION);
    if (version < LATEST_VERSION) throw new ProjectFileError(path, `the project needs upgrading (schema ${version} < ${LATEST_VERSION}); open it for writing once first`);
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
    return raw as ReadableDb;
  } catch (e) {
    raw.close();
    return wrapOpenFailure(path, e);
  }
}

/** The schema version stored in the file. */
export function schemaVersion(db: ReadableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The schema version of a project file, read without changing anything. @throws like openReadOnly. */
export function peekSchemaVersion(path: string): number {
  const raw = openRawReadOnly(path);
  try {
    return checkFile(raw, path, false);
  } finally {
    raw.close();
  }
}
