// The typed API over both transports, on a real SQLite project: the shared dispatcher validates inputs and maps
// errors, the IPC registration refuses untrusted senders, the HTTP server wants the token and binds 127.0.0.1.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import { createHandlers, dispatch, NoProjectError } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import type { IpcMainLike } from '../../electron/main/ipc/register.js';
import { registerIpc, rendererSenderCheck } from '../../electron/main/ipc/register.js';
import { startApiServer } from '../../electron/main/server/http-server.js';
import type { ApiServer } from '../../electron/main/server/http-server.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { openProject } from '../../electron/main/services/project-service.js';
import type { Api } from '../../electron/ipc/contract.js';
import { loadRenderer } from '../renderer/load-renderer.js';

const TEXT_RO = `Rezoluția Parlamentului European referitoare la un caz de test
(2030/0001(RSP))

Parlamentul European,

– având în vedere Regulamentul său de procedură,

A. întrucât la 3 martie 2030 un test a fost pregătit;

1. solicită un test complet;

2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.
`;

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const logged: unknown[] = [];
const log = (_m: string, e: unknown) => void logged.push(e);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-ipc-'));
  project = await openProject(join(dir, 't.concordia'), { create: true });
  await project.addDocument(new TextEncoder().encode(TEXT_RO), { fileName: 'ro.txt', lang: 'ro', official: true });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS });
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('shared dispatcher', () => {
  it('answers a valid call with ok and the value', async () => {
    const r = await dispatch(handlers, CHANNELS.listDocuments, {}, log);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { lang: string }[]).map((d) => d.lang)).toEqual(['ro']);
  });

  it('rejects bad input with invalid-input naming the field', async () => {
    const r = await dispatch(handlers, CHANNELS.grid, { level: 'paragraph' }, log);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toContain('level');
    const extra = await dispatch(handlers, CHANNELS.projectInfo, { sneaky: 1 }, log);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const span = await dispatch(handlers, CHANNELS.createAnnotation, { category: 'name', spans: [{ docId: 'x', rowKey: 'r', unitId: 'u', start: 5, end: 2 }] }, log);
    expect(span).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('maps a CoreError to its code and anything else to internal, logged', async () => {
    const missing = await dispatch(handlers, CHANNELS.getDocument, { id: 'no-such-document' }, log);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
    const broken = createHandlers({
      mode: 'browser',
      version: 'test',
      project: () => {
        throw new TypeError('boom');
      },
      exporters: {},
    });
    const before = logged.length;
    const r = await dispatch(broken, CHANNELS.projectInfo, {}, log);
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    if (!r.ok) expect(r.error.message).not.toContain('boom');
    expect(logged.length).toBe(before + 1);
    const none = createHandlers({ mode: 'browser', version: 't', project: () => { throw new NoProjectError(); }, exporters: {} });
    expect(await dispatch(none, CHANNELS.projectInfo, {}, log)).toMatchObject({ ok: false, error: { code: 'no-project' } });
  });

  it('refuses an unknown channel', async () => {
    expect(await dispatch(handlers, 'fs:read-file', {}, log)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});

describe('IPC registration', () => {
  function recorder() {
    const map = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const ipc: IpcMainLike = {
      handle: (channel, listener) => void map.set(channel, listener as never),
      removeHandler: (channel) => void map.delete(channel),
    };
    return { ipc, map };
  }
  const rendererFile = pathToFileURL('/app/out/renderer/index.html').href;
  const check = rendererSenderCheck({ rendererFileUrl: rendererFile });

  it('registers one handler per channel and removes them again', () => {
    const { ipc, map } = recorder();
    const off = registerIpc(ipc, handlers, check, log);
    expect([...map.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    off();
    expect(map.size).toBe(0);
  });

  it('answers the renderer and refuses an untrusted sender with forbidden', async () => {
    const { ipc, map } = recorder();
    registerIpc(ipc, handlers, check, log);
    const listener = map.get(CHANNELS.projectInfo)!;
    expect(await listener({ senderFrame: { url: rendererFile } }, {})).toMatchObject({ ok: true });
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', 'data:text/html,hi']) {
      expect(await listener({ senderFrame: { url } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await listener({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const grid = map.get(CHANNELS.grid)!;
    expect(await grid({ senderFrame: { url: rendererFile } }, { level: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('browser-mode HTTP server', () => {
  let server: ApiServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = join(dir, 'web');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'secret.txt'), 'TOPSECRET-42');
    server = await startApiServer({ handlers, staticDir, log });
  });
  afterAll(async () => server.close());

  function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    return new Promise<{ status: number; body: string; csp: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: String(res.headers['content-security-policy'] ?? '') }));
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }

  it('listens on 127.0.0.1 only and prints the token in the fragment', () => {
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=`));
  });

  it('rejects API calls without or with a wrong token with 401', async () => {
    const json = { 'content-type': 'application/json' };
    const none = await raw(`/api/${CHANNELS.projectInfo}`, { method: 'POST', headers: json, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await raw(`/api/${CHANNELS.projectInfo}`, { method: 'POST', headers: { ...json, authorization: 'Bearer nope' }, body: '{}' });
    expect(wrong.status).toBe(401);
  });

  it('serves the same API through the renderer’s HTTP transport, validating the same way', async () => {
    const { createHttpApi } = await loadRenderer<{ createHttpApi: (base: string, token: string | null) => Api }>('api.ts');
    const api = createHttpApi(`http://127.0.0.1:${server.port}`, server.token);
    const docs = await api.listDocuments({});
    expect(docs.ok && docs.value.length).toBe(1);
    const bad = await api.grid({ level: 'chapter' as never });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const noToken = await createHttpApi(`http://127.0.0.1:${server.port}`, null).projectInfo({});
    expect(noToken).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('serves the renderer with a CSP, refuses other hosts and paths outside the build', async () => {
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>t</title>');
    expect(page.csp).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await raw(path);
      expect(r.status).not.toBe(200);
      expect(r.body).not.toContain('TOPSECRET-42');
    }
    const rebound = await raw('/', { headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(403);
  });
});
