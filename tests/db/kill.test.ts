// Issue #6 safety test: a writer is SIGKILLed at random moments; nothing it reported as written may be lost and
// the file must stay intact. ROUNDS=300 runs more rounds (default 50); KILL_SEED picks another sequence.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWritable } from '../../electron/main/db/open-database.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import { killRound, seeded } from './support/kill-rounds.js';
import { fixture, useTempDir } from './support/temp.js';

const ROUNDS = Number(process.env.ROUNDS ?? 50);
const SEED = Number(process.env.KILL_SEED ?? 20220120);
const tmp = useTempDir();

describe('killing a writer', () => {
  it(`loses nothing it reported as written (${ROUNDS} rounds, seed ${SEED})`, { timeout: 20_000 + ROUNDS * 3_000 }, async () => {
    const path = join(tmp(), 'kill.concordia');
    const p = await createProject(path);
    await p.addDocument(fixture('en-v1.txt'), { fileName: 'en-v1.txt' });
    p.close();
    const random = seeded(SEED);
    let reported = 0;
    let previousTotal = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // mostly mid-stream, sometimes right at the start
      const delay = random() < 0.15 ? Math.floor(random() * 3) : Math.floor(random() * 120);
      const r = await killRound(path, delay);
      expect(r.integrity, `round ${round}, delay ${delay} ms`).toBe('ok');
      expect(r.missing, `round ${round}, delay ${delay} ms`).toEqual([]);
      expect(r.total).toBeGreaterThanOrEqual(previousTotal + r.printed);
      previousTotal = r.total;
      reported += r.printed;
    }
    expect(reported).toBeGreaterThan(ROUNDS);
    console.info(`kill test: ${ROUNDS} rounds, ${reported} writes reported, ${previousTotal} annotations on disk, none lost`);
    // the project still opens through the normal path, quick_check included
    const q = await openProject(path, { backup: false });
    expect(q.annotations().length).toBe(previousTotal);
    q.close();
    openWritable(path).close();
  });
});
