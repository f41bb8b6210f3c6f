// The renderer's team client without a browser: it turns team mode on only when the server's appInfo says so (never
// over IPC, never on the single-user browser server), sends versioned edits to the team API with the session's
// token, turns a 409 into a TeamConflictError carrying the current row, and falls back to the ordinary API elsewhere.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRenderer } from '../renderer/load-renderer.js';

// tsconfig.node.json (which type-checks tests/) does not include renderer/: the modules are loaded at run time
// (see load-renderer.ts) and the parts used here are declared here.
interface TeamChange {
  readonly seq: number;
  readonly at: string;
  readonly username: string;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly summary: string;
}
interface TeamClientModule {
  teamInfo(): Promise<{ username: string; role: string; cursor: number } | null>;
  teamChanges(cursor: number): Promise<unknown>;
  changeAnnotation(id: string, version: number | undefined, patch: { comment?: string }): Promise<void>;
  removeAnnotation(id: string, version: number | undefined): Promise<void>;
  acceptSpelling(entityId: string, lang: string, text: string | null, version: number | null | undefined): Promise<void>;
  reviewFinding(f: { id: string; reviewVersion?: number | null }, dismissReason: string | null): Promise<void>;
  annotateFinding(f: { id: string; reviewVersion?: number | null }): Promise<void>;
  TeamConflictError: new (message: string, current: unknown) => Error & { readonly current: unknown };
}
const client = () => loadRenderer<TeamClientModule>('team/team-client.js');
const feed = () => loadRenderer<{ refreshFor(changes: readonly TeamChange[]): { all: boolean; notes: boolean; names: boolean } }>('hooks/use-team-feed.js');

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

function setUp(opts: { team: boolean; ipc?: boolean; conflict?: boolean }): Sent[] {
  const sent: Sent[] = [];
  const store = new Map<string, string>();
  vi.stubGlobal('window', {
    api: opts.ipc ? { appInfo: async () => ({ ok: true, value: { mode: 'electron', version: '1', exportFormats: [] } }) } : undefined,
    location: { origin: 'http://127.0.0.1:9', hash: '#token=tok-1', search: '', pathname: '/app/' },
    history: { replaceState: () => undefined },
    sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
  });
  vi.stubGlobal('fetch', async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    sent.push({ method: init.method, url, headers: init.headers, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url.endsWith('/api/app:get-info')) {
      return json(200, { ok: true, value: { mode: 'browser', version: '1', exportFormats: [], ...(opts.team ? { team: { username: 'rita', role: 'reviser', cursor: 7 } } : {}) } });
    }
    if (url.includes('/api/team/') && opts.conflict) {
      return json(409, { ok: false, error: { code: 'conflict', message: 'annotation a-1 is now at version 3, last changed by fred' }, current: { id: 'a-1', version: 3, comment: 'fred’s text' } });
    }
    return json(200, { ok: true, value: null });
  });
  return sent;
}

describe('renderer team client', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('on the team server: knows the user and cursor, and sends edits with their version and the session token', async () => {
    const sent = setUp({ team: true });
    const c = await client();
    expect(await c.teamInfo()).toEqual({ username: 'rita', role: 'reviser', cursor: 7 });
    await c.changeAnnotation('a-1', 2, { comment: 'new' });
    await c.removeAnnotation('a-1', 3);
    await c.acceptSpelling('danube', 'en', 'Danube', null);
    await c.reviewFinding({ id: 'f-1', reviewVersion: null }, '');
    await c.reviewFinding({ id: 'f-2', reviewVersion: 4 }, null);
    await c.annotateFinding({ id: 'f-3', reviewVersion: 2 });
    await c.teamChanges(7);
    expect(sent.slice(1).map((s) => [s.method, s.url.replace('http://127.0.0.1:9', ''), s.headers['x-csrf-token'], s.body])).toEqual([
      ['PUT', '/api/team/annotations/a-1', 'tok-1', { version: 2, change: { comment: 'new' } }],
      ['DELETE', '/api/team/annotations/a-1', 'tok-1', { version: 3 }],
      ['PUT', '/api/team/spellings', 'tok-1', { entityId: 'danube', lang: 'en', text: 'Danube', version: null }],
      // the review version the user saw, not whatever the server holds at save time
      ['PUT', '/api/team/finding-reviews', 'tok-1', { findingId: 'f-1', dismissReason: '', version: null }],
      ['PUT', '/api/team/finding-reviews', 'tok-1', { findingId: 'f-2', dismissReason: null, version: 4 }],
      ['POST', '/api/team/finding-annotations', 'tok-1', { findingId: 'f-3', version: 2 }],
      ['GET', '/api/team/changes?after=7', 'tok-1', undefined],
    ]);
  });

  it('turns a 409 into a TeamConflictError with the server’s message and the current row', async () => {
    setUp({ team: true, conflict: true });
    const c = await client();
    const e = await c.changeAnnotation('a-1', 2, { comment: 'mine' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(c.TeamConflictError);
    expect(await c.reviewFinding({ id: 'f-1', reviewVersion: 1 }, 'fine').catch((x: unknown) => x)).toBeInstanceOf(c.TeamConflictError);
    expect(await c.annotateFinding({ id: 'f-1', reviewVersion: null }).catch((x: unknown) => x)).toBeInstanceOf(c.TeamConflictError);
    expect((e as Error).message).toMatch(/now at version 3, last changed by fred/);
    expect((e as { current: unknown }).current).toMatchObject({ version: 3, comment: 'fred’s text' });
  });

  it('on the single-user browser server: not team mode, and edits go through the ordinary API', async () => {
    const sent = setUp({ team: false });
    const c = await client();
    expect(await c.teamInfo()).toBeNull();
    await c.changeAnnotation('a-1', undefined, { comment: 'x' });
    await c.removeAnnotation('a-1', undefined);
    await c.acceptSpelling('danube', 'en', null, undefined);
    await c.reviewFinding({ id: 'f-1' }, '');
    await c.reviewFinding({ id: 'f-1' }, null);
    await c.annotateFinding({ id: 'f-1' });
    expect(sent.map((s) => s.url.replace('http://127.0.0.1:9', ''))).toEqual([
      '/api/app:get-info',
      '/api/annotations:update',
      '/api/annotations:delete',
      '/api/names:set-accepted',
      '/api/findings:dismiss',
      '/api/findings:restore',
      '/api/findings:to-annotation',
    ]);
    expect(sent.slice(4).map((s) => s.body)).toEqual([{ id: 'f-1' }, { id: 'f-1' }, { id: 'f-1' }]);
  });

  it('in the desktop app (IPC): not team mode, without asking anything over HTTP', async () => {
    const sent = setUp({ team: true, ipc: true });
    const c = await client();
    expect(await c.teamInfo()).toBeNull();
    expect(sent).toEqual([]);
  });

  it('reloads what a batch of changes touches: the whole grid after a correction, else notes or names', async () => {
    const { refreshFor } = await feed();
    const ch = (targetKind: string): TeamChange => ({ seq: 1, at: '', username: 'rita', action: `${targetKind}.x`, targetKind, targetId: 'x', summary: '' });
    expect(refreshFor([ch('annotation')])).toEqual({ all: false, notes: true, names: false });
    expect(refreshFor([ch('finding'), ch('spelling')])).toEqual({ all: false, notes: true, names: true });
    expect(refreshFor([ch('annotation'), ch('correction')])).toEqual({ all: true, notes: false, names: false });
    expect(refreshFor([ch('user')])).toEqual({ all: false, notes: false, names: false });
  });
});
