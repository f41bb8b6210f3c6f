// "Get official versions" through the real dispatcher: official:start-fetch → official:fetch-status polled until
// the job ends, into a real SQLite project, from the fixture stand-in for the EP and EUR-Lex on 127.0.0.1 (base
// addresses through the same environment variables the app reads).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { FetchJobStatus, IpcResult } from '../../electron/ipc/contract.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import { FetchJobs } from '../../electron/main/services/fetch-jobs.js';
import type { HttpSettings } from '../../electron/main/services/fetch-service.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { FixtureServer } from '../fetch/fixture-server.js';

// Short waits; the logic is the production one.
const FAST: Partial<HttpSettings> = { timeoutMs: 3000, retries: 1, backoffMs: 5, maxBackoffMs: 20, minIntervalMs: 0, maxRetryAfterMs: 1000 };
const TA = 'P9_TA(2022)0012';
const ENV = ['CONCORDIA_EP_BASE_URL', 'CONCORDIA_EURLEX_BASE_URL'] as const;

let server: FixtureServer;
let dir: string;
let project: ProjectService;
let handlers: Handlers;
const savedEnv: Partial<Record<(typeof ENV)[number], string>> = {};
const logged: unknown[] = [];
const log = (_m: string, e: unknown) => void logged.push(e);

beforeAll(async () => {
  server = await FixtureServer.start();
  for (const k of ENV) {
    savedEnv[k] = process.env[k];
    process.env[k] = server.base;
  }
});

afterAll(async () => {
  await server.stop();
  for (const k of ENV) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-fetch-jobs-'));
  project = await openProject(join(dir, 'p.concordia'), { create: true });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: {}, fetchJobs: new FetchJobs({ http: FAST }) });
});

afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
  expect(logged).toEqual([]);
});

async function call<T>(channel: string, input: unknown): Promise<IpcResult<T>> {
  return (await dispatch(handlers, channel, input, log)) as IpcResult<T>;
}

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const r = await call<T>(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** Polls official:fetch-status as the dialog does until the job is no longer running. */
async function pollUntilDone(jobId: string, deadlineMs = 20_000): Promise<{ final: FetchJobStatus; polls: number }> {
  const end = Date.now() + deadlineMs;
  let polls = 0;
  for (;;) {
    const s = await ok<FetchJobStatus>(CHANNELS.fetchStatus, { jobId });
    polls++;
    if (s.state !== 'running') return { final: s, polls };
    if (Date.now() > end) throw new Error(`job ${jobId} still running after ${deadlineMs} ms: ${JSON.stringify(s.events.at(-1))}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

const outcome = (s: FetchJobStatus, lang: string) => s.report?.find((o) => o.lang === lang);

describe('official:start-fetch and official:fetch-status', () => {
  it('runs in the background, reports progress, and imports the languages into the open project', async () => {
    const { jobId } = await ok<{ jobId: string }>(CHANNELS.startFetch, { ref: TA, langs: ['ro', 'en'] });
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const { final } = await pollUntilDone(jobId);
    expect(final.state).toBe('done');
    expect(final.error).toBeNull();
    expect(final.document).toBe(TA);
    expect(outcome(final, 'ro')).toMatchObject({ status: 'imported', url: `${server.base}/doceo/document/TA-9-2022-0012_RO.html` });
    expect(outcome(final, 'en')?.status).toBe('imported');
    expect(outcome(final, 'en')?.bytes).toBeGreaterThan(500);
    // Each language went through requesting → downloading (with byte counts) → importing → done.
    for (const lang of ['ro', 'en']) {
      const phases = final.events.filter((e) => e.lang === lang).map((e) => e.phase);
      expect(phases).toEqual(expect.arrayContaining(['requesting', 'downloading', 'importing', 'done']));
      expect(phases.indexOf('requesting')).toBeLessThan(phases.indexOf('done'));
      const bytes = final.events.find((e) => e.lang === lang && e.phase === 'downloading');
      expect(bytes?.received).toBeGreaterThan(0);
    }
    const docs = await ok<{ lang: string; id: string; official: boolean }[]>(CHANNELS.listDocuments, {});
    expect(docs.map((d) => d.lang).sort()).toEqual(['en', 'ro']);
    expect(docs.every((d) => d.official)).toBe(true);
    expect(docs.map((d) => d.id).sort()).toEqual([outcome(final, 'en')?.documentId, outcome(final, 'ro')?.documentId].sort());
    // The grid now has both columns.
    const grid = await ok<{ grid: { documents: { lang: string }[] } }>(CHANNELS.grid, { level: 'unit' });
    expect(grid.grid.documents.map((d) => d.lang).sort()).toEqual(['en', 'ro']);

    // Asking again finds them already in the project and downloads nothing.
    const before = server.requests.length;
    const again = await pollUntilDone((await ok<{ jobId: string }>(CHANNELS.startFetch, { ref: 'TA-9-2022-0012', langs: ['ro'] })).jobId);
    expect(outcome(again.final, 'ro')?.status).toBe('cached');
    expect(server.requests.length).toBe(before);
  });

  it('answers invalid-input for a bad reference or language list, before starting anything', async () => {
    const requestsBefore = server.requests.length;
    const bad: unknown[] = [
      { ref: '', langs: ['ro'] },
      { ref: '   ', langs: ['ro'] },
      { ref: 'x'.repeat(201), langs: ['ro'] },
      { ref: TA, langs: [] },
      { ref: TA, langs: ['ro', 'xx'] },
      { ref: TA, langs: ['ro', 'ro'] },
      { ref: TA, langs: Array.from({ length: 25 }, () => 'ro') },
      { ref: TA, langs: ['ro'], extra: true },
      { ref: 12, langs: ['ro'] },
    ];
    for (const input of bad) {
      const r = await call(CHANNELS.startFetch, input);
      expect(r, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const dup = await call(CHANNELS.startFetch, { ref: TA, langs: ['ro', 'ro'] });
    if (!dup.ok) expect(dup.error.message).toMatch(/langs/);
    // A reference the fetch code cannot read is refused with the accepted forms, not started as a job.
    const unreadable = await call(CHANNELS.startFetch, { ref: 'the Kazakhstan resolution', langs: ['ro'] });
    expect(unreadable).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!unreadable.ok) expect(unreadable.error.message).toContain('P9_TA(2022)0012');
    expect(server.requests).toHaveLength(requestsBefore);
    expect(await call(CHANNELS.fetchStatus, { jobId: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(CHANNELS.cancelFetch, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('marks a language the sites do not have as failed with its message, and stores nothing for it', async () => {
    const { jobId } = await ok<{ jobId: string }>(CHANNELS.startFetch, { ref: TA, langs: ['fr', 'ga'] });
    const { final } = await pollUntilDone(jobId);
    expect(final.state).toBe('done');
    expect(outcome(final, 'fr')?.status).toBe('imported');
    const ga = outcome(final, 'ga');
    expect(ga).toMatchObject({ status: 'failed', reason: 'not-found', documentId: null, bytes: 0 });
    expect(ga?.message).toMatch(/^GA: /);
    expect(ga?.message).toContain(TA);
    expect(final.events.some((e) => e.lang === 'ga' && e.phase === 'failed' && e.message === ga?.message)).toBe(true);
    const docs = await ok<{ lang: string }[]>(CHANNELS.listDocuments, {});
    expect(docs.map((d) => d.lang)).toEqual(['fr']);
    // Nothing half-written next to the project either.
    const spill = `${project.path}.downloads`;
    if (existsSync(spill)) expect(readdirSync(spill).filter((f) => /_GA\.|\.part$/.test(f))).toEqual([]);
  });

  it('cancels a running job: the slow language is left unstored and the job ends cancelled', async () => {
    server.script('/doceo/document/TA-9-2022-0012_EN.html', { delayMs: 10_000 });
    const { jobId } = await ok<{ jobId: string }>(CHANNELS.startFetch, { ref: TA, langs: ['en'] });
    // Wait until the request is out, as a user would see "requesting" before pressing Cancel.
    const end = Date.now() + 5000;
    while (!(await ok<FetchJobStatus>(CHANNELS.fetchStatus, { jobId })).events.some((e) => e.phase === 'requesting')) {
      if (Date.now() > end) throw new Error('the job never sent its request');
      await new Promise((r) => setTimeout(r, 20));
    }
    const started = Date.now();
    const afterCancel = await ok<FetchJobStatus>(CHANNELS.cancelFetch, { jobId });
    expect(['running', 'cancelled']).toContain(afterCancel.state);
    const { final } = await pollUntilDone(jobId, 5000);
    expect(Date.now() - started).toBeLessThan(5000); // it did not sit out the 10 s answer
    expect(final.state).toBe('cancelled');
    expect(outcome(final, 'en')?.status).toBe('cancelled');
    expect(await ok<unknown[]>(CHANNELS.listDocuments, {})).toEqual([]);
    // Cancelling a finished job changes nothing.
    expect((await ok<FetchJobStatus>(CHANNELS.cancelFetch, { jobId })).state).toBe('cancelled');
  });

  it('fails the whole job, with the reason, when a procedure cannot be resolved', async () => {
    const { jobId } = await ok<{ jobId: string }>(CHANNELS.startFetch, { ref: '2022/2999(RSP)', langs: ['ro'] });
    const { final } = await pollUntilDone(jobId);
    expect(final.state).toBe('failed');
    expect(final.report).toBeNull();
    expect(final.error?.message).toContain('procedure 2022/2999(RSP) has no text adopted or joint motion yet');
    expect(final.events.some((e) => e.lang === null && e.phase === 'resolving')).toBe(true);
    expect(await ok<unknown[]>(CHANNELS.listDocuments, {})).toEqual([]);
  });
});
