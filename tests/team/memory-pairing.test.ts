// A project holding another tool's TMX, pushed to the team database: the team grid keeps the file's pairing too
// (one row per TU), because the pushed versions keep the checksum of the file they came from.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/main/services/project-service.js';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import { TeamService } from '../../electron/main/team/team-service.js';
import { run } from '../../scripts/commands/project.js';
import type { TestDatabase } from './support/pg.js';
import { createTestDatabase, PG_UNAVAILABLE } from './support/pg.js';

describe.skipIf(PG_UNAVAILABLE !== null)(`team grid of another tool's memory${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let dir: string;
  let db: TestDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concordia-team-memory-'));
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('one row per TU, with the cell a TU lacks left empty', async () => {
    const local = join(dir, 'okapi.concordia');
    const p = await createProject(local, { backup: false });
    await p.addTranslationMemory(new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/tmx-tools/okapi.tmx'))), { fileName: 'okapi.tmx' });
    p.close();
    let err = '';
    expect(await run(['push', local, '--db', db.url], { out: () => undefined, err: (t) => void (err += t) }), err).toBe(0);
    const team = await PgStore.connect(db.url, { max: 2 });
    try {
      const { grid } = await new TeamService(team).grid('unit');
      expect(grid.documents.map((d) => d.lang)).toEqual(['en', 'fr', 'de']);
      expect(grid.rows.map((r) => [r.key, ...r.cells.map((c) => c.length)])).toEqual([
        ['para:1', 1, 1, 1],
        ['para:2', 1, 0, 1],
        ['para:3', 0, 1, 1],
      ]);
    } finally {
      await team.close();
    }
  });
});
