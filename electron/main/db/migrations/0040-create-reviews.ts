import type { WritableDb } from '../handles.js';

export const version = 40;

/**
 * Review state of findings, keyed by the deterministic finding id so a dismissal survives a re-check, and the
 * spellings of name entities a terminologist accepted, per language.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE finding_reviews (
      finding_id    TEXT PRIMARY KEY,
      state         TEXT NOT NULL CHECK (state IN ('dismissed', 'annotated')),
      reason        TEXT NOT NULL,
      annotation_id TEXT REFERENCES annotations(id) ON DELETE SET NULL,
      reviewed_at   TEXT NOT NULL
    ) STRICT;
    CREATE TABLE accepted_spellings (
      entity_id  TEXT NOT NULL,
      lang       TEXT NOT NULL,
      text       TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (entity_id, lang)
    ) STRICT;
  `);
}
