import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Api } from '../../electron/ipc/contract.js';
import type { Handlers } from '../../electron/main/handlers.js';
import type { IpcMainLike } from '../../electron/main/ipc/register.js';
import { registerIpc, rendererSenderCheck } from '../../electron/main/ipc/register.js';
import { startApiServer } from '../../electron/main/server/http-server.js';
import type { ApiServer } from '../../electron/main/server/http-server.js';
import { loadRenderer } from '../renderer/load-renderer.js';

type Log = (message: string, error?: unknown) => void;

/** The browser-mode server on `handlers` (a one-page static folder under `dir`) and the renderer's own HTTP client for it. */
export async function startBrowserApi(handlers: Handlers, dir: string, log: Log): Promise<{ server: ApiServer; api: Api }> {
  const staticDir = join(dir, 'web');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const server = await startApiServer({ handlers, staticDir, log });
  const { createHttpApi } = await loadRenderer<{ createHttpApi: (base: string, token: string | null) => Api }>('api.ts');
  return { server, api: createHttpApi(`http://127.0.0.1:${server.port}`, server.token) };
}

/**
 * `handlers` registered as the desktop app registers them, with the sender check for the app's own page: `call`
 * invokes a channel as that page (`fromApp`) or as another one; `off` unregisters.
 */
export function registeredIpc(handlers: Handlers, log: Log): { call: (channel: string, input: unknown, fromApp?: boolean) => Promise<unknown>; off: () => void } {
  const map = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const ipc: IpcMainLike = { handle: (c, l) => void map.set(c, l as never), removeHandler: (c) => void map.delete(c) };
  const rendererFile = pathToFileURL('/app/out/renderer/index.html').href;
  const off = registerIpc(ipc, handlers, rendererSenderCheck({ rendererFileUrl: rendererFile }), log);
  return { call: (channel, input, fromApp = true) => map.get(channel)!({ senderFrame: { url: fromApp ? rendererFile : 'https://example.org/' } }, input), off };
}
