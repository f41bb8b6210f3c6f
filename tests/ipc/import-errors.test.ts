// An import error crosses both transports with its code and params (so the renderer can word it in the UI
// language), and its English message unchanged: the shared dispatcher (IPC) and the browser-mode HTTP server
// read through the renderer's own HTTP transport and ApiError.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { Api } from '../../electron/ipc/contract.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch, toIpcFailure } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import { startApiServer } from '../../electron/main/server/http-server.js';
import type { ApiServer } from '../../electron/main/server/http-server.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { ParseError } from '../../core/errors.js';
import { loadRenderer } from '../renderer/load-renderer.js';

const b64 = (s: string | Uint8Array) => Buffer.from(typeof s === 'string' ? new TextEncoder().encode(s) : s).toString('base64');
const BROKEN_TMX = '<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n</tmx>\n';
const KOI8_PAGE = '<html><head><meta charset="koi8-r"></head><body><p>x</p></body></html>';

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const log = () => undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-import-errors-'));
  project = await openProject(join(dir, 't.concordia'), { create: true });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS });
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('import errors over IPC', () => {
  it('toIpcFailure carries a CoreError’s params, and leaves them out when it has none', () => {
    const e = new ParseError('html', 'the page declares the charset "koi8-r"', { code: 'encoding', params: { variant: 'charset', charset: 'koi8-r' } });
    expect(toIpcFailure(e, log)).toEqual({ ok: false, error: { code: 'encoding', message: 'the page declares the charset "koi8-r"', params: { variant: 'charset', charset: 'koi8-r' } } });
    expect(toIpcFailure(new ParseError('txt', 'old', { code: 'parse' }), log)).toEqual({ ok: false, error: { code: 'parse', message: 'old' } });
  });

  it('a broken TMX preview fails with parse, the xml wording, the line and the English message', async () => {
    const r = await dispatch(handlers, CHANNELS.previewImport, { fileName: 'bad.tmx', dataBase64: b64(BROKEN_TMX) }, log);
    expect(r).toEqual({
      ok: false,
      error: { code: 'parse', message: 'bad.tmx, line 4: not well-formed XML: 4:6: unexpected close tag.', params: { variant: 'xml', detail: 'unexpected close tag.', line: 4 } },
    });
  });

  it('an empty file and a text without structure fail with their codes and params on import too', async () => {
    const empty = await dispatch(handlers, CHANNELS.importDocument, { fileName: 'ro.txt', dataBase64: '', lang: 'ro' }, log);
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty-input', message: 'ro.txt: the file is empty', params: {} } });
    const list = await dispatch(handlers, CHANNELS.previewImport, { fileName: 'list.txt', dataBase64: b64('A shopping list for the week.\n\nBread, water and apples.\n'), lang: 'en' }, log);
    expect(list).toMatchObject({ ok: false, error: { code: 'no-structure', params: {} } });
  });
});

describe('import errors over HTTP (browser mode)', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer({ handlers, staticDir: dir, log });
  });
  afterAll(async () => server.close());

  it('the renderer’s HTTP transport gets code and params, and call() keeps them on the ApiError', async () => {
    const { createHttpApi, ApiError, wireParams } = await loadRenderer<{
      createHttpApi: (base: string, token: string | null) => Api;
      ApiError: new (code: string, message: string, params?: unknown) => Error & { code: string; params?: unknown };
      wireParams: (x: unknown) => unknown;
    }>('api.ts');
    const api = createHttpApi(`http://127.0.0.1:${server.port}`, server.token);
    const r = await api.previewImport({ fileName: 'p.html', dataBase64: b64(KOI8_PAGE) });
    expect(r).toEqual({
      ok: false,
      error: { code: 'encoding', message: 'p.html: the page declares the charset "koi8-r", which Concordia does not read; save it as UTF-8', params: { variant: 'charset', charset: 'koi8-r' } },
    });
    if (r.ok) return;
    // What call() does with a failed result (it needs a window to pick the transport, so it is not called here).
    const e = new ApiError(r.error.code, r.error.message, wireParams(r.error.params));
    expect(e.params).toEqual({ variant: 'charset', charset: 'koi8-r' });
  });
});
