// The IPC boundary, channel by channel: every channel the main process serves checks the sender's frame before
// anything else and validates the payload with the contract's zod schema before its handler runs; the sandboxed
// preload exposes only `api` and `events`, each a function per channel, never ipcRenderer itself; the renderer's
// CSP is strict. No Electron binary: only the `electron` module boundary is replaced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_NAMES, CHANNELS } from '../../electron/ipc/channels.js';
import { EVENTS } from '../../electron/ipc/events.js';
import type { Handlers } from '../../electron/main/handlers.js';
import type { IpcMainLike } from '../../electron/main/ipc/register.js';
import { registerIpc, rendererSenderCheck } from '../../electron/main/ipc/register.js';

const preloadBoundary = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; input: unknown }[] = [];
  const subscribed: string[] = [];
  return {
    exposed,
    invoked,
    subscribed,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => (invoked.push({ channel, input }), Promise.resolve({ ok: true, value: null })),
      on: (channel: string) => void subscribed.push(channel),
      removeListener: () => undefined,
    },
  };
});
vi.mock('electron', () => ({ contextBridge: preloadBoundary.contextBridge, ipcRenderer: preloadBoundary.ipcRenderer }));

type Listener = (event: { senderFrame?: { url: string } | null }, input?: unknown) => Promise<unknown>;

const RENDERER = 'file:///opt/concordia/out/renderer/index.html';

function setUp() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void listeners.set(channel, listener as unknown as Listener),
    removeHandler: (channel) => void listeners.delete(channel),
  };
  const ran: string[] = [];
  // Every handler records that it ran; none should run for a refused call.
  const handlers = Object.fromEntries(API_NAMES.map((name) => [name, () => (ran.push(name), null)])) as unknown as Handlers;
  const off = registerIpc(ipc, handlers, rendererSenderCheck({ rendererFileUrl: RENDERER }), () => undefined);
  return { listeners, ran, off };
}

describe('IPC registration', () => {
  it('serves exactly the contract’s channels, and removes them all again', () => {
    const { listeners, off } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    off();
    expect(listeners.size).toBe(0);
  });

  it.each(API_NAMES.map((name) => [name, CHANNELS[name]]))('%s (%s) refuses a sender that is not the Concordia window', async (_name, channel) => {
    const { listeners, ran } = setUp();
    const listener = listeners.get(channel)!;
    for (const url of ['https://evil.test/', 'file:///tmp/evil.html', 'data:text/html,x', 'about:blank', 'not a url']) {
      expect(await listener({ senderFrame: { url } }, {}), url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await listener({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await listener({}, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ran).toEqual([]);
  });

  it.each(API_NAMES.map((name) => [name, CHANNELS[name]]))('%s (%s) validates its payload before its handler runs', async (_name, channel) => {
    const { listeners, ran } = setUp();
    const listener = listeners.get(channel)!;
    const trusted = { senderFrame: { url: RENDERER } };
    for (const bad of [42, 'x', [], { __proto__: { polluted: true }, unexpected: 1 }, { unexpected: 'field' }]) {
      expect(await listener(trusted, bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(ran).toEqual([]);
  });

  it('runs the handler for the renderer with a valid payload', async () => {
    const { listeners, ran } = setUp();
    const result = await listeners.get(CHANNELS.appInfo)!({ senderFrame: { url: RENDERER } }, {});
    expect(result).toEqual({ ok: true, value: null });
    expect(ran).toEqual(['appInfo']);
  });
});

describe('preload', () => {
  it('exposes only api and events: one function per channel, no ipcRenderer, no Node', async () => {
    await import('../../electron/preload/index.js');
    const { exposed, invoked, subscribed } = preloadBoundary;
    expect([...exposed.keys()].sort()).toEqual(['api', 'events']);

    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_NAMES].sort());
    for (const name of API_NAMES) {
      expect(typeof api[name]).toBe('function');
      await (api[name] as (input: unknown) => Promise<unknown>)({});
    }
    expect(invoked.map((c) => c.channel).sort()).toEqual(Object.values(CHANNELS).sort());

    const events = exposed.get('events') as Record<string, unknown>;
    expect(Object.keys(events).sort()).toEqual(Object.keys(EVENTS).sort());
    for (const name of Object.keys(events)) {
      const unsubscribe = (events[name] as (l: () => void) => unknown)(() => undefined);
      expect(typeof unsubscribe).toBe('function');
    }
    expect(subscribed.sort()).toEqual(Object.values(EVENTS).sort());

    // Nothing that could reach ipcRenderer or Node is handed over.
    for (const value of [...Object.values(api), ...Object.values(events)]) {
      expect(Object.keys(value as object)).toEqual([]);
    }
    expect(JSON.stringify([...exposed.keys()])).not.toMatch(/ipc|require|process/i);
  });
});

describe('renderer CSP', () => {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  const directives = new Map(
    (meta?.[1] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0], parts.slice(1)]),
  );

  it('is set in the page', () => {
    expect(meta).not.toBeNull();
  });

  it('denies by default and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('has no inline script, eval, wildcard or remote source anywhere', () => {
    for (const [name, sources] of directives) {
      for (const s of sources) {
        expect(s, `${name} ${s}`).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|^\*$|^https?:|^http:|^ws:/);
      }
    }
    // Frames and plugins fall under default-src 'none': nothing may loosen them.
    for (const name of ['frame-src', 'child-src', 'object-src', 'worker-src']) {
      expect(directives.has(name) ? directives.get(name) : ["'none'"], name).toEqual(["'none'"]);
    }
  });
});
