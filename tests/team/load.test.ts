// 50 simulated users against a real team server on 127.0.0.1 for a bounded time: annotations created and
// edited (with optimistic versions, so some edits meet 409s), alignment corrections, reads of the annotation
// list, the change feed and the grid. Prints throughput and p95 latency (figures, not assertions: timing belongs
// in `npm run bench`), and asserts that every write the server acknowledged is in the database afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionedAnnotation } from '../../electron/main/team/team-service.js';
import { seededRandom } from '../../scripts/lib/random.js';
import { PG_UNAVAILABLE } from './support/pg.js';
import type { TeamClient, TeamFixture } from './support/team-server.js';
import { signedIn, startTeamFixture } from './support/team-server.js';

const USERS = 50;
const DURATION_MS = 8_000;
const names = Array.from({ length: USERS }, (_, i) => `load${String(i + 1).padStart(2, '0')}`);

interface Ack {
  version: number;
  comment: string;
}

describe.skipIf(PG_UNAVAILABLE !== null)(`team server under load${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let f: TeamFixture;
  beforeAll(async () => {
    f = await startTeamFixture({}, names);
  }, 120_000);
  afterAll(async () => {
    await f?.stop();
  });

  it(`serves ${USERS} users for ${DURATION_MS / 1000} s and keeps every acknowledged write`, async () => {
    // Logins in parallel: each costs one scrypt, which runs on libuv's worker threads.
    const clients: TeamClient[] = await Promise.all(names.map((n) => signedIn(f.url, n)));
    const reviser = await signedIn(f.url, 'rita');
    const units = f.fr.parsed.units.filter((u) => u.text.length > 10);
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const acked = new Map<string, Ack>(); // annotation id → the newest acknowledged state
    const ackedCorrections: number[] = [];
    let conflicts = 0;
    let writes = 0;
    const timed = async <T>(call: () => Promise<{ status: number; body: { value?: T } }>) => {
      const t = performance.now();
      const r = await call();
      latencies.push(performance.now() - t);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      return r;
    };
    const ack = (a: VersionedAnnotation) => {
      const prev = acked.get(a.id);
      if (!prev || prev.version < a.version) acked.set(a.id, { version: a.version, comment: a.comment });
    };
    const deadline = Date.now() + DURATION_MS;
    const started = performance.now();

    async function user(c: TeamClient, i: number): Promise<void> {
      const random = seededRandom(1000 + i);
      const mine: { id: string; version: number }[] = [];
      let cursor = 0;
      let n = 0;
      while (Date.now() < deadline) {
        const roll = random();
        n++;
        if (roll < 0.3 || mine.length === 0) {
          const u = units[Math.floor(random() * units.length)];
          const lang = random() < 0.5 ? 'fr' : 'en';
          const doc = lang === 'fr' ? f.fr : f.en;
          const text = doc.parsed.units.find((x) => x.id === u.id)?.text ?? '';
          if (text.length < 4) continue;
          const start = Math.floor(random() * (text.length - 3));
          const r = await timed(() => c.request<VersionedAnnotation>('POST', 'annotations', { category: 'other', comment: `u${i} n${n}`, spans: [{ docId: doc.id, rowKey: u.id, unitId: u.id, start, end: start + 3 }] }));
          if (r.status === 200) {
            writes++;
            ack(r.body.value!);
            mine.push({ id: r.body.value!.id, version: 1 });
          }
        } else if (roll < 0.5) {
          // edit: sometimes one's own, sometimes a neighbour's (whose version we may not know: conflicts happen)
          const target = random() < 0.7 ? mine[Math.floor(random() * mine.length)] : { id: [...acked.keys()][Math.floor(random() * acked.size)], version: 1 };
          const comment = `u${i} edit ${n}`;
          const r = await timed(() => c.request<VersionedAnnotation>('PUT', `annotations/${target.id}`, { version: target.version, change: { comment } }));
          if (r.status === 200) {
            writes++;
            ack(r.body.value!);
            target.version = r.body.value!.version;
          } else if (r.status === 409) {
            conflicts++;
            const current = (r as { body: { current?: VersionedAnnotation } }).body.current;
            if (current) target.version = current.version;
          }
        } else if (roll < 0.53 && i % 10 === 0) {
          const r = await timed(() => reviser.request<{ seq: number }>('POST', 'corrections', { correction: { op: 'unlink', doc: 1, rowKey: units[n % units.length].id }, docIds: [f.en.id, f.fr.id] }));
          if (r.status === 200) {
            writes++;
            ackedCorrections.push(r.body.value!.seq);
          }
        } else if (roll < 0.75) {
          const r = await timed(() => c.get<{ cursor: number }>(`changes?after=${cursor}`));
          if (r.status === 200) cursor = r.body.value!.cursor;
        } else if (roll < 0.95) {
          await timed(() => c.get('annotations'));
        } else {
          await timed(() => c.get('grid'));
        }
      }
    }

    await Promise.all(clients.map((c, i) => user(c, i)));
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    console.log(
      `team load: ${USERS} users, ${seconds.toFixed(1)} s, ${latencies.length} requests = ${(latencies.length / seconds).toFixed(0)} req/s; ` +
        `latency p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms; ` +
        `${writes} acknowledged writes (${acked.size} annotations, ${ackedCorrections.length} corrections), ${conflicts} conflicts (409); ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );

    expect(latencies.length).toBeGreaterThan(USERS);
    expect([...statuses.keys()].filter((s) => s !== 200 && s !== 409), 'only successes and conflicts').toEqual([]);
    // every acknowledged write is in the database, in its newest acknowledged state
    const rows = await f.store.query<{ id: string; version: number; comment: string }>('SELECT id, version, comment FROM annotations');
    const inDb = new Map(rows.map((r) => [r.id, r]));
    const missing = [...acked.entries()].filter(([id, a]) => inDb.get(id)?.version !== a.version || inDb.get(id)?.comment !== a.comment);
    expect(missing, 'acknowledged annotation writes missing or overwritten').toEqual([]);
    const seqs = new Set((await f.store.listCorrections()).map((c) => c.seq));
    expect(ackedCorrections.filter((s) => !seqs.has(s))).toEqual([]);
    // and the activity list holds one entry per acknowledged write (plus the accounts the fixture made)
    const [act] = await f.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM team_activity WHERE action <> 'user.create'`);
    expect(act.n).toBe(writes);
  }, 120_000);
});
