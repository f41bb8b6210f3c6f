// `concordia project push` / `project pull` (issue #13): a project file moves to a team database and back, as
// one snapshot written in one transaction — all of it or nothing.
import { existsSync, rmSync } from 'node:fs';
import { InvalidInputError } from '../../core/index.js';
import { openWritable } from '../../electron/main/db/open-database.js';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import type { ProjectSnapshot } from '../../electron/main/store/snapshot.js';
import { readSnapshot, writeSnapshot } from '../../electron/main/store/snapshot.js';
import { SqliteStore } from '../../electron/main/store/sqlite-store.js';
import { recordActivity } from '../../electron/main/team/team-repo.js';

/** "2 documents, 3 annotations, …" */
export function describeSnapshot(s: ProjectSnapshot): string {
  return [
    `${s.documents.length} document(s)`,
    `${s.annotations.length} annotation(s)`,
    `${s.corrections.length} correction(s)`,
    `${s.reviews.length} finding review(s)`,
    `${s.acceptedSpellings.length} accepted spelling(s)`,
    `${Object.keys(s.settings).length} setting(s)`,
    `${s.journal.length} undo step(s)`,
  ].join(', ');
}

/** Copies a project file into an empty team database. @throws InvalidInputError when the database holds a project. */
export async function pushProject(path: string, dbUrl: string): Promise<string> {
  const local = new SqliteStore(openWritable(path));
  try {
    const snapshot = await readSnapshot(local);
    const team = await PgStore.connect(dbUrl, { max: 2 });
    try {
      await team.transaction(async (tx) => {
        await writeSnapshot(tx, snapshot, 'the team database');
        await recordActivity(tx, { username: '(command line)', action: 'project.push', targetKind: 'project', targetId: path, summary: `pushed ${describeSnapshot(snapshot)}` });
      });
    } finally {
      await team.close();
    }
    return describeSnapshot(snapshot);
  } finally {
    await local.close();
  }
}

/** Copies the team database's project into a new project file. @throws InvalidInputError when the file exists. */
export async function pullProject(dbUrl: string, path: string): Promise<string> {
  if (existsSync(path)) throw new InvalidInputError(`${path}: already exists; pull into a new file`);
  const team = await PgStore.connect(dbUrl, { max: 2 });
  try {
    const snapshot = await readSnapshot(team);
    const local = new SqliteStore(openWritable(path, { create: true }));
    try {
      await writeSnapshot(local, snapshot, path);
    } catch (e) {
      await local.close();
      for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
      throw e;
    }
    await local.close();
    return describeSnapshot(snapshot);
  } finally {
    await team.close();
  }
}
