// A real team server on 127.0.0.1 over a fresh PostgreSQL database holding our two small fixture versions, with
// one account per role; and a small HTTP client that keeps a session cookie and CSRF token like a browser page.
import type { LangCode } from '../../../core/index.js';
import { startTeamServer } from '../../../electron/main/server/team-server.js';
import type { TeamServer, TeamServerOptions } from '../../../electron/main/server/team-server.js';
import type { DocumentRecord } from '../../../electron/main/store/project-store.js';
import { PgStore } from '../../../electron/main/store/pg/pg-store.js';
import type { Role } from '../../../electron/main/team/team-repo.js';
import { TeamService } from '../../../electron/main/team/team-service.js';
import { fixtureRecord } from './fixtures.js';
import { createTestDatabase } from './pg.js';

export const PASSWORD = 'correct horse battery';

export const ACCOUNTS: readonly { username: string; role: Role; languages?: LangCode[] }[] = [
  { username: 'admin', role: 'admin' },
  { username: 'rita', role: 'reviser' },
  { username: 'fred', role: 'translator', languages: ['fr' as LangCode] },
  { username: 'emma', role: 'translator', languages: ['en' as LangCode] },
  { username: 'otto', role: 'read-only' },
  /** Only the login rate-limit test uses it: it ends up locked out. */
  { username: 'lockedout', role: 'read-only' },
];

export interface TeamFixture {
  readonly url: string;
  readonly dbUrl: string;
  readonly store: PgStore;
  readonly service: TeamService;
  readonly server: TeamServer;
  readonly en: DocumentRecord;
  readonly fr: DocumentRecord;
  stop(): Promise<void>;
}

export async function startTeamFixture(options: Partial<TeamServerOptions> = {}, extraUsers: readonly string[] = []): Promise<TeamFixture> {
  const db = await createTestDatabase();
  // 10 connections per test file: several files run at once, and PostgreSQL allows 100 by default.
  const store = await PgStore.connect(db.url, { max: 10 });
  const service = new TeamService(store);
  const en = await fixtureRecord('en', 0);
  const fr = await fixtureRecord('fr', 1);
  await store.insertDocument(en);
  await store.insertDocument(fr);
  await store.setSetting('pivot', en.id);
  await Promise.all(ACCOUNTS.map((a) => service.createUser(null, { ...a, password: PASSWORD })));
  await Promise.all(extraUsers.map((u) => service.createUser(null, { username: u, role: 'translator', languages: ['en', 'fr'], password: PASSWORD })));
  const server = await startTeamServer({ service, ...options, log: () => undefined });
  return {
    url: `http://127.0.0.1:${server.port}`,
    dbUrl: db.url,
    store,
    service,
    server,
    en,
    fr,
    stop: async () => {
      await server.close();
      await store.close();
      await db.drop();
    },
  };
}

export interface Reply<T = unknown> {
  readonly status: number;
  readonly body: { ok: boolean; value?: T; error?: { code: string; message: string }; current?: unknown };
  readonly headers: Headers;
}

export class TeamClient {
  readonly base: string;
  cookie: string | null = null;
  csrf: string | null = null;

  constructor(base: string) {
    this.base = base;
  }

  async login(username: string, password = PASSWORD): Promise<Reply> {
    const r = await this.request('POST', 'login', { username, password });
    const set = r.headers.getSetCookie().find((c) => c.startsWith('__Host-concordia-session='));
    if (r.status === 200 && set) {
      this.cookie = set.split(';')[0];
      this.csrf = (r.body.value as { csrfToken: string }).csrfToken;
    }
    return r;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    override: { cookie?: string | null; csrf?: string | null; rawBody?: string; contentType?: string } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    const cookie = 'cookie' in override ? override.cookie : this.cookie;
    const csrf = 'csrf' in override ? override.csrf : this.csrf;
    if (cookie) headers.cookie = cookie;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const text = override.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (text !== undefined) headers['content-type'] = override.contentType ?? 'application/json';
    const res = await fetch(`${this.base}/api/team/${path}`, { method, headers, body: text });
    const raw = await res.text();
    let parsed: Reply<T>['body'];
    try {
      parsed = JSON.parse(raw) as Reply<T>['body'];
    } catch {
      parsed = { ok: false, error: { code: 'not-json', message: raw } };
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get<T = unknown>(path: string): Promise<Reply<T>> {
    return this.request<T>('GET', path);
  }
}

export async function signedIn(base: string, username: string): Promise<TeamClient> {
  const c = new TeamClient(base);
  const r = await c.login(username);
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}
