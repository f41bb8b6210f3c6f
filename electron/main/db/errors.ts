import { CoreError } from '../../../core/index.js';

/**
 * The project file was written by a newer Concordia: its schema version is above the one this build knows.
 * Opening it changes nothing in the file.
 */
export class DatabaseFromFutureError extends CoreError {
  readonly code = 'project-from-future' as const;
  readonly fileVersion: number;
  readonly appVersion: number;
  constructor(path: string, fileVersion: number, appVersion: number) {
    super(
      `${path}: the project was saved by a newer Concordia (schema version ${fileVersion}; this version reads up to ${appVersion}). Update Concordia to open it.`,
    );
    this.fileVersion = fileVersion;
    this.appVersion = appVersion;
  }
}

/** The file is not a Concordia project: not SQLite at all, truncated, or damaged. */
export class ProjectFileError extends CoreError {
  readonly code = 'project-file' as const;
  readonly path: string;
  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super(`${path}: ${problem}`, options);
    this.path = path;
  }
}

/**
 * The one better-sqlite3 adapter that looks at SQLite error codes (house style §6): the result codes that mean
 * "this file is not a usable database", as opposed to our bug or a busy lock.
 */
export function isCorruptionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR_SHORT_READ';
}
