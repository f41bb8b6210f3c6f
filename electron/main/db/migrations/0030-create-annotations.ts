import type { WritableDb } from '../handles.js';

export const version = 30;

/**
 * Annotations and their spans. A span keeps its anchor (row, unit, offsets) plus the quoted words and context,
 * so it can re-attach after a re-import. `doc_id` is deliberately not a foreign key: removing a document
 * orphans its spans instead of deleting a translator's notes.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE annotations (
      id         TEXT PRIMARY KEY,
      category   TEXT NOT NULL,
      status     TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'resolved', 'rejected')),
      comment    TEXT NOT NULL,
      author     TEXT NOT NULL,
      finding_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE annotation_spans (
      id            TEXT PRIMARY KEY,
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      position      INTEGER NOT NULL,
      doc_id        TEXT NOT NULL,
      lang          TEXT NOT NULL,
      row_key       TEXT NOT NULL,
      unit_id       TEXT NOT NULL,
      start         INTEGER NOT NULL CHECK (start >= 0),
      "end"         INTEGER NOT NULL CHECK ("end" >= start),
      quote         TEXT NOT NULL,
      prefix        TEXT NOT NULL,
      suffix        TEXT NOT NULL,
      state         TEXT NOT NULL CHECK (state IN ('attached', 'moved', 'orphaned'))
    ) STRICT;
    CREATE INDEX annotation_spans_by_annotation ON annotation_spans(annotation_id, position);
    CREATE INDEX annotation_spans_by_doc ON annotation_spans(doc_id);
  `);
}
