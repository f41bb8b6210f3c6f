import type { WritableDb } from '../handles.js';

export const version = 20;

/**
 * Project settings (pivot, UI preferences) and the user's alignment corrections, in the order they were made.
 * A correction names its document by id (`doc_id`), not by column index, so adding or removing a version does
 * not shift it onto another document.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE alignment_corrections (
      seq        INTEGER PRIMARY KEY,
      op         TEXT NOT NULL CHECK (op IN ('link', 'unlink', 'merge', 'split')),
      doc_id     TEXT REFERENCES documents(id) ON DELETE CASCADE,
      body_json  TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
