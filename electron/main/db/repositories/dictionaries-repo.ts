import { NotFoundError } from '../../../../core/index.js';
import type { LangCode } from '../../../../core/index.js';
import type { Dictionary } from '../../../../core/align/sentence-dictionary.js';
import type { ReadableDb, WritableDb } from '../handles.js';

export type DictionaryFormat = 'word-list' | 'dictd';

/** A stored dictionary without its entries. */
export interface DictionaryRecord {
  readonly id: number;
  readonly name: string;
  readonly format: DictionaryFormat;
  /** The headword side. */
  readonly from: LangCode;
  readonly to: LangCode;
  readonly pairs: number;
  /** Multi-word entries the file had, left out. */
  readonly phrases: number;
  readonly addedAt: string;
}

interface DictionaryRow {
  id: number;
  name: string;
  format: string;
  source_lang: string;
  target_lang: string;
  pairs: number;
  phrases: number;
  added_at: string;
}

function fromRow(r: DictionaryRow): DictionaryRecord {
  return {
    id: r.id,
    name: r.name,
    format: r.format as DictionaryFormat,
    from: r.source_lang as LangCode,
    to: r.target_lang as LangCode,
    pairs: r.pairs,
    phrases: r.phrases,
    addedAt: r.added_at,
  };
}

/** Stores a dictionary and its word pairs; returns the new id. */
export function insertDictionary(db: WritableDb, r: Omit<DictionaryRecord, 'id'>, dictionary: Dictionary): number {
  const info = db
    .prepare(
      `INSERT INTO dictionaries (name, format, source_lang, target_lang, pairs, phrases, added_at)
       VALUES (@name, @format, @source_lang, @target_lang, @pairs, @phrases, @added_at)`,
    )
    .run({ name: r.name, format: r.format, source_lang: r.from, target_lang: r.to, pairs: r.pairs, phrases: r.phrases, added_at: r.addedAt });
  const id = Number(info.lastInsertRowid);
  const entry = db.prepare(`INSERT OR IGNORE INTO dictionary_entries (dictionary_id, source, target) VALUES (@id, @source, @target)`);
  for (const [source, targets] of dictionary) for (const target of targets) entry.run({ id, source, target });
  return id;
}

/** Oldest first. */
export function listDictionaries(db: ReadableDb): DictionaryRecord[] {
  return (db.prepare(`SELECT * FROM dictionaries ORDER BY id`).all() as DictionaryRow[]).map(fromRow);
}

/** The word pairs of one dictionary: source word → its target words. */
export function readDictionaryEntries(db: ReadableDb, id: number): Dictionary {
  const rows = db.prepare(`SELECT source, target FROM dictionary_entries WHERE dictionary_id = @id`).all({ id }) as { source: string; target: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.source);
    if (list) list.push(r.target);
    else out.set(r.source, [r.target]);
  }
  return out;
}

/** Removes a dictionary and its entries. @throws NotFoundError when there is no such dictionary. */
export function deleteDictionary(db: WritableDb, id: number): void {
  const { changes } = db.prepare(`DELETE FROM dictionaries WHERE id = @id`).run({ id });
  if (changes === 0) throw new NotFoundError(`dictionary ${id}: not in this project`, { params: { variant: 'dictionary' } });
}
