import type { WritableDb } from '../handles.js';

export const version = 10;

/**
 * Language versions: the original bytes exactly as imported (re-parsed only on re-import), their parsed units and
 * footnotes, and an optional per-unit sentence cache.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE documents (
      id              TEXT PRIMARY KEY,
      position        INTEGER NOT NULL,
      name            TEXT NOT NULL,
      lang            TEXT NOT NULL,
      lang_source     TEXT NOT NULL CHECK (lang_source IN ('detected', 'given')),
      format          TEXT NOT NULL,
      official        INTEGER NOT NULL CHECK (official IN (0, 1)),
      unstructured    INTEGER NOT NULL CHECK (unstructured IN (0, 1)),
      title           TEXT NOT NULL,
      procedure       TEXT,
      references_json TEXT NOT NULL,
      warnings_json   TEXT NOT NULL,
      bytes           BLOB NOT NULL,
      checksum        TEXT NOT NULL,
      source_url      TEXT,
      fetched_at      TEXT,
      added_at        TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    ) STRICT;
    CREATE TABLE units (
      doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      unit_id    TEXT NOT NULL,
      kind       TEXT NOT NULL,
      label      TEXT,
      ordinal    INTEGER NOT NULL,
      text       TEXT NOT NULL,
      calls_json TEXT NOT NULL,
      PRIMARY KEY (doc_id, position)
    ) STRICT;
    CREATE INDEX units_by_id ON units(doc_id, unit_id);
    CREATE TABLE footnotes (
      doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      n      INTEGER NOT NULL,
      text   TEXT NOT NULL,
      PRIMARY KEY (doc_id, n)
    ) STRICT;
    CREATE TABLE sentences (
      doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      unit_id TEXT NOT NULL,
      idx     INTEGER NOT NULL,
      text    TEXT NOT NULL,
      PRIMARY KEY (doc_id, unit_id, idx)
    ) STRICT;
  `);
}
