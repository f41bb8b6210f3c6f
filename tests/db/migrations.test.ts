import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, ProjectFileError } from '../../electron/main/db/errors.js';
import type { WritableDb } from '../../electron/main/db/handles.js';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations/index.js';
import { APPLICATION_ID, migrate, openReadOnly, openWritable, schemaVersion } from '../../electron/main/db/open-database.js';
import { createProject } from '../../electron/main/services/project-service.js';
import { fixture, fixturePath, useTempDir } from './support/temp.js';

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
const isStrict = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT strict FROM pragma_table_list WHERE name = @table`).get({ table }) as { strict: number }).strict === 1;

describe('migration list', () => {
  it('steps by 10 in increasing order, and names match files and versions', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe((i + 1) * 10);
      expect(m.name.slice(0, 4)).toBe(String(m.version).padStart(4, '0'));
      expect(m.name).toMatch(/^\d{4}-[a-z]+-[a-z-]+$/);
    });
    const dir = join(import.meta.dirname, '..', '..', 'electron', 'main', 'db', 'migrations');
    const files = readdirSync(dir).filter((f) => /^\d{4}-/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(MIGRATIONS.map((m) => m.name));
    expect(LATEST_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
  });

  it('brings an empty database to the latest version with STRICT tables and the Concordia application id', () => {
    const db = openWritable(':memory:');
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    for (const t of tables(db).filter((t) => !t.startsWith('sqlite_'))) expect(isStrict(db, t), t).toBe(true);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is idempotent: migrating a migrated database changes nothing', () => {
    const db = openWritable(':memory:');
    expect(migrate(db, ':memory:')).toBe(LATEST_VERSION);
    db.close();
  });
});

/** What each migration must add, checked after migrating from the version before it. */
const EXPECTED: Record<number, { tables: string[]; check: (db: WritableDb) => void }> = {
  10: {
    tables: ['documents', 'units', 'footnotes', 'sentences'],
    check: (db) => {
      // units belong to a document: no orphan rows
      expect(() => db.prepare(`INSERT INTO units VALUES ('nope', 0, 'title', 'title', NULL, 1, 't', '[]')`).run()).toThrow(/FOREIGN KEY/);
      // STRICT: a text in an integer column is refused
      expect(() => db.prepare(`INSERT INTO footnotes VALUES ('x', 'one', 't')`).run()).toThrow();
    },
  },
  20: {
    tables: ['settings', 'alignment_corrections'],
    check: (db) => {
      expect(() => db.prepare(`INSERT INTO alignment_corrections (op, doc_id, body_json, created_at) VALUES ('swap', NULL, '{}', 'now')`).run()).toThrow(/CHECK/);
      db.prepare(`INSERT INTO alignment_corrections (op, doc_id, body_json, created_at) VALUES ('merge', NULL, '{}', 'now')`).run();
    },
  },
  30: {
    tables: ['annotations', 'annotation_spans'],
    check: (db) => {
      db.prepare(`INSERT INTO annotations VALUES ('a', 'number', 'open', '', '', NULL, 'now', 'now')`).run();
      expect(() => db.prepare(`INSERT INTO annotation_spans VALUES ('s', 'a', 0, 'd', 'en', 'para:1', 'para:1', 5, 2, 'q', '', '', 'attached')`).run()).toThrow(/CHECK/);
      db.prepare(`INSERT INTO annotation_spans VALUES ('s', 'a', 0, 'd', 'en', 'para:1', 'para:1', 2, 5, 'q', '', '', 'attached')`).run();
      db.prepare(`DELETE FROM annotations WHERE id = 'a'`).run();
      expect(db.prepare(`SELECT count(*) AS n FROM annotation_spans`).get()).toEqual({ n: 0 });
    },
  },
  40: {
    tables: ['finding_reviews', 'accepted_spellings'],
    check: (db) => {
      expect(() => db.prepare(`INSERT INTO finding_reviews VALUES ('f', 'ignored', '', NULL, 'now')`).run()).toThrow(/CHECK/);
      db.prepare(`INSERT INTO accepted_spellings VALUES ('e', 'ro', 'Zhanaozen', 'now')`).run();
      expect(() => db.prepare(`INSERT INTO accepted_spellings VALUES ('e', 'ro', 'Janaozen', 'now')`).run()).toThrow(/UNIQUE/);
    },
  },
  50: {
    tables: ['journal'],
    check: (db) => {
      expect(() => db.prepare(`INSERT INTO journal (kind, undo_json, redo_json, created_at) VALUES ('document', '{}', '{}', 'now')`).run()).toThrow(/CHECK/);
    },
  },
  60: {
    tables: ['dictionaries', 'dictionary_entries'],
    check: (db) => {
      const add = db.prepare(`INSERT INTO dictionaries (name, format, source_lang, target_lang, pairs, phrases, added_at) VALUES (@name, 'word-list', @from, @to, 1, 0, 'now')`);
      expect(() => add.run({ name: 'ro-ro.txt', from: 'ro', to: 'ro' })).toThrow(/CHECK/);
      const id = Number(add.run({ name: 'ro-en.txt', from: 'ro', to: 'en' }).lastInsertRowid);
      db.prepare(`INSERT INTO dictionary_entries VALUES (@id, 'cal', 'horse')`).run({ id });
      expect(() => db.prepare(`INSERT INTO dictionary_entries VALUES (@id, 'cal', 'horse')`).run({ id })).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => db.prepare(`INSERT INTO dictionary_entries VALUES (999, 'cal', 'horse')`).run()).toThrow(/FOREIGN KEY/);
      db.prepare(`DELETE FROM dictionaries WHERE id = @id`).run({ id });
      expect(db.prepare(`SELECT count(*) AS n FROM dictionary_entries`).get()).toEqual({ n: 0 });
      // AUTOINCREMENT: a removed dictionary's id is not given to the next one (the grid cache keys on ids).
      expect(Number(add.run({ name: 'ro-en.txt', from: 'ro', to: 'en' }).lastInsertRowid)).toBe(id + 1);
    },
  },
};

describe.each(MIGRATIONS.map((m) => [m.name, m.version] as const))('migration %s', (_name, version) => {
  it('adds its tables on top of the previous version and enforces its constraints', () => {
    const db = openWritable(':memory:', { targetVersion: version - 10 });
    expect(schemaVersion(db)).toBe(version - 10);
    const before = tables(db);
    migrate(db, ':memory:', version);
    expect(schemaVersion(db)).toBe(version);
    const added = tables(db).filter((t) => !before.includes(t) && !t.startsWith('sqlite_'));
    expect(added.sort()).toEqual([...EXPECTED[version].tables].sort());
    EXPECTED[version].check(db);
    db.close();
  });
});

describe('opening files that are not usable', () => {
  const tmp = useTempDir();

  it('refuses a file from a newer Concordia, naming both versions, and leaves it byte-identical', async () => {
    const path = join(tmp(), 'future.concordia');
    (await createProject(path)).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 70}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const bytes = readFileSync(path);
    let err: unknown;
    try {
      openWritable(path);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatabaseFromFutureError);
    expect((err as Error).message).toContain(String(LATEST_VERSION + 70));
    expect((err as Error).message).toContain(String(LATEST_VERSION));
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(() => openReadOnly(path)).toThrow(DatabaseFromFutureError);
  });

  it('refuses a text file renamed .concordia with ProjectFileError', () => {
    const dir = tmp();
    const path = join(dir, 'notes.concordia');
    copyFileSync(fixturePath('not-a-project.concordia'), path);
    expect(() => openWritable(path)).toThrow(ProjectFileError);
    expect(() => openWritable(path)).toThrow(/not an SQLite database/);
    expect(readFileSync(path, 'utf8')).toBe('this is not a project, just some text\n');
  });

  it('refuses a truncated project file with ProjectFileError', async () => {
    const path = join(tmp(), 'cut.concordia');
    const p = await createProject(path);
    await p.addDocument(fixture('en-v1.txt'), { fileName: 'en-v1.txt' });
    await p.addDocument(fixture('ro-v1.txt'), { fileName: 'ro-v1.txt' });
    // enough rows to span many pages
    const ro = p.listDocuments()[1];
    for (let i = 0; i < 300; i++) p.setSetting(`pref:${i}`, 'x'.repeat(200));
    p.close();
    expect(ro.lang).toBe('ro');
    const size = readFileSync(path).length;
    truncateSync(path, Math.floor(size / 2));
    expect(() => openWritable(path)).toThrow(ProjectFileError);
    truncateSync(path, 50);
    expect(() => openWritable(path)).toThrow(ProjectFileError);
  });

  it("refuses another program's SQLite database", () => {
    const path = join(tmp(), 'other.concordia');
    const raw = new Database(path);
    raw.exec(`CREATE TABLE contacts (name TEXT)`);
    raw.close();
    expect(() => openWritable(path)).toThrow(/not a Concordia project/);
  });

  it('reports a missing file as not found, and creates one only when asked', () => {
    const dir = tmp();
    expect(() => openWritable(join(dir, 'none.concordia'))).toThrow(/no such project file/);
    const db = openWritable(join(dir, 'new.concordia'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    writeFileSync(join(dir, 'empty.concordia'), '');
    const e = openWritable(join(dir, 'empty.concordia'));
    expect(schemaVersion(e)).toBe(LATEST_VERSION);
    e.close();
  });
});
