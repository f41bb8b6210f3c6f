import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS } from '../../electron/main/store/pg/migrations/index.js';
import { TeamDatabaseFromFutureError } from '../../electron/main/store/pg/migrate.js';
import { hashPassword, verifyPassword } from '../../electron/main/team/passwords.js';
import { FailureLimiter } from '../../electron/main/team/rate-limit.js';
import { createTestDatabase, PG_UNAVAILABLE } from './support/pg.js';

describe('PostgreSQL migrations: the list', () => {
  it('steps by 10 in file order, names match the files, and every file is listed', () => {
    expect(PG_MIGRATIONS.map((m) => m.version)).toEqual(PG_MIGRATIONS.map((_, i) => (i + 1) * 10));
    for (const m of PG_MIGRATIONS) expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    const files = readdirSync(join(import.meta.dirname, '..', '..', 'electron', 'main', 'store', 'pg', 'migrations'))
      .filter((f) => /^\d{4}-.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(PG_MIGRATIONS.map((m) => m.name)).toEqual(files);
  });
});

describe.skipIf(PG_UNAVAILABLE !== null)(`PostgreSQL migrations: a real database${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  it('brings an empty database to the latest version once, and a second connect changes nothing', async () => {
    const db = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([PgStore.connect(db.url, { max: 2 }), PgStore.connect(db.url, { max: 2 })]);
      const rows = await a.query<{ version: number }>('SELECT version FROM concordia_schema ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
      await Promise.all([a.close(), b.close()]);
    } finally {
      await db.drop();
    }
  });

  it('refuses a database from a newer Concordia, naming both versions, and changes nothing', async () => {
    const db = await createTestDatabase();
    try {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      await c.query(`CREATE TABLE concordia_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      await c.query(`INSERT INTO concordia_schema (version, name) VALUES (990, '0990-from-the-future')`);
      const err = await PgStore.connect(db.url).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TeamDatabaseFromFutureError);
      expect((err as Error).message).toMatch(new RegExp(`schema version 990; this Concordia knows up to ${PG_LATEST_VERSION}`));
      const tables = await c.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.rows[0].n).toBe(1);
      await c.end();
    } finally {
      await db.drop();
    }
  });
});

describe('team passwords and login limiter', () => {
  it('hashes with scrypt and a per-password salt; verifies only the right password; a malformed hash never matches', async () => {
    const h1 = await hashPassword('correct horse battery');
    const h2 = await hashPassword('correct horse battery');
    expect(h1).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(h1).not.toBe(h2);
    expect(await verifyPassword('correct horse battery', h1)).toBe(true);
    expect(await verifyPassword('correct horse batterY', h1)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$99999999$8$1$AAAA$AAAA')).toBe(false);
  });

  it('blocks a key after `limit` failures inside the window, for as long as the oldest stays in it', () => {
    let now = 0;
    const l = new FailureLimiter({ limit: 3, windowMs: 1000, now: () => now });
    l.fail('a');
    now = 100;
    l.fail('a');
    expect(l.blockedFor('a')).toBe(0);
    now = 200;
    l.fail('a');
    expect(l.blockedFor('a')).toBe(800);
    expect(l.blockedFor('b')).toBe(0);
    now = 1001;
    expect(l.blockedFor('a')).toBe(0);
    l.fail('a');
    l.reset('a');
    expect(l.blockedFor('a')).toBe(0);
  });
});
