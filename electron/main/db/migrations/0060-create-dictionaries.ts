import type { WritableDb } from '../handles.js';

export const version = 60;

/**
 * Bilingual dictionaries a project holds for the sentence aligner (hunalign's word list, a TSV, a FreeDict dictd
 * pair): the parsed word pairs, not the file, so the project stays self-contained once the file is gone.
 * `source_lang` is the headword side (hunalign's right of "@", a TSV's first column, a dictd index's headwords).
 * AUTOINCREMENT: an id is never reused, so a cached grid keyed by ids cannot mistake a new dictionary for a
 * removed one. The entries are one row per word pair, lower-case as core/align/sentence-dictionary.ts keeps them.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE dictionaries (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      name        TEXT NOT NULL,
      format      TEXT NOT NULL CHECK (format IN ('word-list', 'dictd')),
      source_lang TEXT NOT NULL,
      target_lang TEXT NOT NULL,
      pairs       INTEGER NOT NULL CHECK (pairs > 0),
      phrases     INTEGER NOT NULL CHECK (phrases >= 0),
      added_at    TEXT NOT NULL,
      CHECK (source_lang <> target_lang)
    ) STRICT;
    CREATE TABLE dictionary_entries (
      dictionary_id INTEGER NOT NULL REFERENCES dictionaries(id) ON DELETE CASCADE,
      source        TEXT NOT NULL,
      target        TEXT NOT NULL,
      PRIMARY KEY (dictionary_id, source, target)
    ) STRICT, WITHOUT ROWID;
  `);
}
