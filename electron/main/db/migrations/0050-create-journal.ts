import type { WritableDb } from '../handles.js';

export const version = 50;

/**
 * The undo/redo journal: each entry stores the operation that undoes an edit and the one that redoes it (JSON,
 * see services/journal-ops). Entries with `undone = 1` form the redo stack. Kept in the file, so undo and redo
 * survive closing and reopening the project.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE journal (
      seq        INTEGER PRIMARY KEY,
      kind       TEXT NOT NULL CHECK (kind IN ('alignment', 'annotation')),
      undo_json  TEXT NOT NULL,
      redo_json  TEXT NOT NULL,
      undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
