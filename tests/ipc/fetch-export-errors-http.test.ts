// Fetch and export errors, and the per-language fetch outcomes, cross the browser-mode HTTP transport with their
// code and params (and the outcomes with their causes), English messages unchanged: the real API server, read
// through the renderer's own HTTP transport and ApiError, with a real SQLite project and stand-ins for the EP and
// EUR-Lex on 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api, FetchJobStatus, IpcResult } from '../../electron/ipc/contract.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers } from '../../electron/main/handlers.js';
import { startApiServer } from '../../electron/main/server/http-server.js';
import type { ApiServer } from '../../electron/main/server/http-server.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { FetchJobs } from '../../electron/main/services/fetch-jobs.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { FixtureServer } from '../fetch/fixture-server.js';
import { loadRenderer } from '../renderer/load-renderer.js';

const TA = 'P9_TA(2022)0012';
const corpus = (file: string) => new Uint8Array(readFileSync(join('corpus/2022-2505-RSP', file)));

let dir: string;
let project: ProjectService;
let site: FixtureServer;
let server: ApiServer;
let api: Api;
let ApiError: new (code: string, message: string, params?: unknown) => Error & { code: string; params?: unknown };
let wireParams: (x: unknown) => unknown;
const logged: unknown[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-fetch-export-http-'));
  project = await openProject(join(dir, 't.concordia'), { create: true });
  await project.addDocument(corpus('ro.txt'), { fileName: 'ro.txt', lang: 'ro', official: true });
  await project.addDocument(corpus('en.txt'), { fileName: 'en.txt', lang: 'en', official: false });
  site = await FixtureServer.start();
  const fetchJobs = new FetchJobs({ bases: { ep: site.base, eurlex: site.base }, http: { timeoutMs: 3000, retries: 1, backoffMs: 5, maxBackoffMs: 10, minIntervalMs: 0 } });
  const handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS, fetchJobs });
  server = await startApiServer({ handlers, staticDir: dir, log: (_m, e) => void logged.push(e) });
  let createHttpApi: (base: string, token: string | null) => Api;
  ({ createHttpApi, ApiError, wireParams } = await loadRenderer<{ createHttpApi: typeof createHttpApi; ApiError: typeof ApiError; wireParams: typeof wireParams }>('api.ts'));
  api = createHttpApi(`http://127.0.0.1:${server.port}`, server.token);
});

afterAll(async () => {
  await server.close();
  await site.stop();
  project.close();
  rmSync(dir, { recursive: true, force: true });
  expect(logged).toEqual([]);
});

/** The failed call's error as the renderer's call() keeps it on its ApiError. */
function apiErrorOf<T>(r: IpcResult<T>) {
  if (r.ok) throw new Error('expected the call to fail');
  return new ApiError(r.error.code, r.error.message, wireParams(r.error.params));
}

/** Polls official:fetch-status over HTTP until the job has finished. */
async function settled(jobId: string): Promise<FetchJobStatus> {
  for (;;) {
    const r = await api.fetchStatus({ jobId });
    if (!r.ok) throw new Error(r.error.message);
    if (r.value.state !== 'running') return r.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('export errors over HTTP', () => {
  it('an XLIFF of three languages fails with export, its wording and params', async () => {
    const r = await api.exportFile({ format: 'xliff', langs: ['ro', 'en', 'fr'] });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'export',
        message: 'XLIFF export: an XLIFF file holds one pair; 3 languages were chosen (ro, en, fr) — choose one target',
        params: { variant: 'xliff-too-many', count: 3, languages: 'ro, en, fr' },
      },
    });
    expect(apiErrorOf(r).params).toEqual({ variant: 'xliff-too-many', count: 3, languages: 'ro, en, fr' });
  });

  it('a TMX of a language the project lacks names it and the languages it has', async () => {
    const r = await api.exportFile({ format: 'tmx', langs: ['ro', 'de'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'export', params: { variant: 'missing-language', lang: 'de', languages: 'ro, en' } } });
  });
});

describe('fetch errors and outcomes over HTTP', () => {
  it('a reference Concordia cannot read fails the start with invalid-input and the text it was given', async () => {
    const r = await api.startFetch({ ref: 'résolution du 5 mai', langs: ['ro'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { variant: 'reference', text: 'résolution du 5 mai' } } });
    expect(apiErrorOf(r).params).toMatchObject({ variant: 'reference', text: 'résolution du 5 mai' });
  });

  it('an unknown job is not-found with its id', async () => {
    const r = await api.fetchStatus({ jobId: 'gone' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'fetch job gone: no such job (finished jobs are kept for a while only)', params: { variant: 'fetch-job', jobId: 'gone' } },
    });
  });

  it('a job whose procedure the Observatory does not know fails with fetch and the procedure', async () => {
    const r = await api.startFetch({ ref: '2021/9999(RSP)', langs: ['en'] });
    if (!r.ok) throw new Error(r.error.message);
    const status = await settled(r.value.jobId);
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({
      code: 'fetch',
      message: 'the Legislative Observatory has no procedure 2021/9999(RSP) (its page does not mention it)',
      params: { variant: 'procedure-not-mentioned', procedure: '2021/9999(RSP)' },
    });
  });

  it('each language’s outcome carries its wording, params and causes', async () => {
    site.script('/doceo/document/TA-9-2022-0012_DE.pdf', { headers: { 'content-type': 'text/html' }, body: '<html><body>Service notice</body></html>', times: 1 });
    const r = await api.startFetch({ ref: TA, langs: ['ga', 'de', 'fr'] });
    if (!r.ok) throw new Error(r.error.message);
    const status = await settled(r.value.jobId);
    const by = (lang: string) => status.report?.find((o) => o.lang === lang);
    expect(by('ga')).toMatchObject({
      status: 'failed',
      message: `GA: the GA version of ${TA} does not exist (404 for HTML, DOCX, PDF on ${site.host})`,
      params: { variant: 'not-found', document: TA, formats: 'HTML, DOCX, PDF', host: site.host },
      causes: [],
    });
    const pdf = `${site.base}/doceo/document/TA-9-2022-0012_DE.pdf`;
    expect(by('de')).toMatchObject({ status: 'failed', params: { variant: 'failed', document: TA } });
    expect(by('de')?.causes).toEqual([
      {
        site: 'ep',
        code: 'fetch',
        message: `${pdf}: wrong content type: expected a PDF file, the server sent text/html (an error or notice page?)`,
        params: { variant: 'wrong-type-page', format: 'PDF', type: 'text/html', url: pdf },
      },
      { site: 'eurlex', code: 'fetch', message: 'not found (404 for HTML, PDF)', params: { variant: 'site-not-found', formats: 'HTML, PDF' } },
    ]);
    expect(by('fr')).toMatchObject({ status: 'imported', params: { variant: 'imported', file: 'TA-9-2022-0012_FR.html', url: `${site.base}/doceo/document/TA-9-2022-0012_FR.html` }, causes: [] });
  });
});
