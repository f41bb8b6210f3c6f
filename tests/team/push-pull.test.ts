// `concordia project push` a real project file into PostgreSQL, edit it there as a team, `project pull` it back:
// nothing lost, in both directions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LangCode } from '../../core/index.js';
import type { DocumentId } from '../../electron/ipc/project-api.js';
import { openWritable } from '../../electron/main/db/open-database.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import { readSnapshot } from '../../electron/main/store/snapshot.js';
import { SqliteStore } from '../../electron/main/store/sqlite-store.js';
import { TeamService } from '../../electron/main/team/team-service.js';
import { run } from '../../scripts/commands/project.js';
import { FIXTURES } from './support/fixtures.js';
import type { TestDatabase } from './support/pg.js';
import { createTestDatabase, PG_UNAVAILABLE } from './support/pg.js';

function cli(args: string[]) {
  let out = '';
  let err = '';
  return run(args, { out: (t) => void (out += t), err: (t) => void (err += t) }).then(
    (code) => ({ code, out, err }),
    (e: unknown) => ({ code: -1, out, err: (e as Error).message }),
  );
}

async function snapshotOf(path: string) {
  const s = new SqliteStore(openWritable(path));
  try {
    return await readSnapshot(s);
  } finally {
    await s.close();
  }
}

describe.skipIf(PG_UNAVAILABLE !== null)(`project push / pull${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let dir: string;
  let db: TestDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concordia-push-'));
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves a project to the team database and back with nothing lost, team edits included', async () => {
    const local = join(dir, 'resolution.concordia');
    const p = await createProject(local, { backup: false });
    const en = await p.addDocument(new Uint8Array(readFileSync(join(FIXTURES, 'en.txt'))), { fileName: 'en.txt', lang: 'en' as LangCode, official: true });
    const fr = await p.addDocument(new Uint8Array(readFileSync(join(FIXTURES, 'fr.txt'))), { fileName: 'fr.txt', lang: 'fr' as LangCode });
    p.setPivot(en.document.id);
    const frUnit = p.getDocument(fr.document.id).units.find((u) => u.id === 'recital:2')!;
    const start = frUnit.text.indexOf('91');
    const note = p.createAnnotation({ category: 'number', comment: 'EN: 19 jours — « 91 » ?', author: 'ana', spans: [{ docId: fr.document.id, rowKey: 'recital:2', unitId: 'recital:2', start, end: start + 2 }] });
    p.applyCorrection({ op: 'unlink', doc: 1, rowKey: 'para:2' });
    const finding = p.findings()[0];
    expect(finding, 'the fixtures disagree on a number').toBeDefined();
    p.dismissFinding(finding.id, 'checked');
    p.setAcceptedSpelling('name-danube', 'fr' as LangCode, 'Danube');
    p.setSetting('ui.lang', 'fr');
    p.undo(); // the correction: leaves a redo step in the journal
    p.close();
    const before = await snapshotOf(local);

    const pushed = await cli(['push', local, '--db', db.url]);
    expect(pushed, pushed.err).toMatchObject({ code: 0 });
    expect(pushed.out).toMatch(/pushed .*: 2 document\(s\), 1 annotation\(s\), 0 correction\(s\), 1 finding review\(s\), 1 accepted spelling\(s\), 2 setting\(s\), 2 undo step\(s\)/);
    const team = await PgStore.connect(db.url, { max: 2 });
    try {
      expect(await readSnapshot(team)).toEqual(before);
      // a second push would mix two projects: refused, nothing changed
      const again = await cli(['push', local, '--db', db.url]);
      expect(again.code).not.toBe(0);
      expect(again.err).toMatch(/the team database already holds a project/);
      expect(await readSnapshot(team)).toEqual(before);

      // the team edits it
      const service = new TeamService(team);
      const rita = await service.createUser(null, { username: 'rita', password: 'long enough pass', role: 'reviser' });
      await service.updateAnnotation(rita, note.id, 1, { status: 'confirmed', comment: 'confirmed with the FR desk' });
      await service.applyCorrection(rita, { op: 'unlink', doc: 1, rowKey: 'para:1' }, [en.document.id, fr.document.id]);
    } finally {
      await team.close();
    }

    const back = join(dir, 'back.concordia');
    const pulled = await cli(['pull', back, '--db', db.url]);
    expect(pulled, pulled.err).toMatchObject({ code: 0 });
    const after = await snapshotOf(back);
    expect(after.documents).toEqual(before.documents);
    expect(after.settings).toEqual(before.settings);
    expect(after.reviews).toEqual(before.reviews);
    expect(after.acceptedSpellings).toEqual(before.acceptedSpellings);
    expect(after.journal).toEqual(before.journal);
    expect(after.annotations).toEqual([{ ...before.annotations[0], status: 'confirmed', comment: 'confirmed with the FR desk', updatedAt: after.annotations[0].updatedAt }]);
    expect(after.corrections.map((c) => c.body)).toEqual([{ op: 'unlink', rowKey: 'para:1' }]);

    // the pulled file is an ordinary project for the single-user app
    const q = await openProject(back, { backup: false });
    try {
      expect(q.listDocuments().map((d) => d.id)).toEqual([en.document.id as DocumentId, fr.document.id as DocumentId]);
      expect(q.findings().find((x) => x.id === finding.id)?.review).toBe('dismissed');
      expect(q.grid().corrections).toEqual([{ op: 'unlink', doc: 1, rowKey: 'para:1' }]);
      expect(q.canRedo()).toBe(true);
    } finally {
      q.close();
    }

    // pulling over an existing file is refused and leaves it alone
    writeFileSync(join(dir, 'taken.concordia'), 'mine');
    const over = await cli(['pull', join(dir, 'taken.concordia'), '--db', db.url]);
    expect(over.code).not.toBe(0);
    expect(over.err).toMatch(/already exists/);
    expect(readFileSync(join(dir, 'taken.concordia'), 'utf8')).toBe('mine');
  });
});
