// The team grid and the core vocabulary: a project pushed with the vocabulary turned off still aligns with it on
// the team server (the team database has no per-project switch; the setter is refused there), and its grid says
// so where sentences were aligned.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/main/services/project-service.js';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import { TeamService } from '../../electron/main/team/team-service.js';
import { run } from '../../scripts/commands/project.js';
import type { TestDatabase } from './support/pg.js';
import { createTestDatabase, PG_UNAVAILABLE } from './support/pg.js';

const enc = (s: string) => new TextEncoder().encode(s);
const EN = `On the market\n\nThe European Parliament,\n\n1. Notes that the bread was fresh in the morning. Welcomes the cheap apples.\n\n2. Instructs its President to forward this resolution to the Council.\n`;
const RO = `Despre piață\n\nParlamentul European,\n\n1. constată că pâinea era proaspătă dimineața. Salută merele ieftine.\n\n2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.\n`;

describe.skipIf(PG_UNAVAILABLE !== null)(`team grid and the core vocabulary${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let dir: string;
  let db: TestDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concordia-team-vocab-'));
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the vocabulary on for a project pushed with it off, and says so at the sentence level only', async () => {
    const local = join(dir, 'market.concordia');
    const p = await createProject(local, { backup: false });
    await p.addDocument(enc(EN), { fileName: 'en.txt', lang: 'en' });
    await p.addDocument(enc(RO), { fileName: 'ro.txt', lang: 'ro' });
    p.setVocabulary(false);
    expect(p.grid({ level: 'sentence' }).vocabulary).toBe(false);
    p.close();
    let err = '';
    expect(await run(['push', local, '--db', db.url], { out: () => undefined, err: (t) => void (err += t) }), err).toBe(0);
    const team = await PgStore.connect(db.url, { max: 2 });
    try {
      const service = new TeamService(team);
      expect((await service.grid('sentence')).vocabulary).toBe(true);
      expect((await service.grid('unit')).vocabulary).toBeUndefined();
    } finally {
      await team.close();
    }
  });
});
