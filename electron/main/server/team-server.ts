// Team mode's HTTP server (issue #13): one shared PostgreSQL project for many users. JSON under /api/team/, the
// team page at /. Every route but login needs a session cookie (HttpOnly, Secure, SameSite=Strict); every
// request that changes something also needs the session's CSRF token in `x-csrf-token`; failed logins are
// rate-limited per user name and per client address; bodies are capped; inputs are validated with zod before
// anything reaches SQL, which is parametrised throughout (store/pg, team/team-repo).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { CoreError, NotFoundError } from '../../../core/index.js';
import { renderMessage } from '../../../core/checks/messages.js';
import { LANGUAGES } from '../../../core/model/language.js';
import type { DocumentId } from '../../ipc/project-api.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from '../../ipc/project-api.js';
import { toIpcFailure } from '../handlers.js';
import type { Logger } from '../handlers.js';
import { dummyHash, verifyPassword } from '../team/passwords.js';
import { FailureLimiter } from '../team/rate-limit.js';
import * as repo from '../team/team-repo.js';
import type { TeamUser } from '../team/team-repo.js';
import { ROLES } from '../team/team-repo.js';
import { dispatchTeam } from '../team/team-handlers.js';
import { ConflictError, ForbiddenError } from '../team/team-service.js';
import type { TeamService } from '../team/team-service.js';
import { sendAppFile } from './http-server.js';

export const TEAM_API = '/api/team/';
/** `__Host-`: the browser only accepts it Secure, from the host itself, for path / (RFC 6265bis §4.1.3.2). */
export const SESSION_COOKIE = '__Host-concordia-session';
const SESSION_TTL_SECONDS = 12 * 3600;
/** JSON edits are small; a larger body is refused before it is parsed. */
export const MAX_TEAM_BODY_BYTES = 64 * 1024;

// --- input schemas ---------------------------------------------------------------------------------------------

/** Ids, row keys and unit ids: letters, digits and the few separators ids use — never quotes, spaces or markup. */
const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}_:.@+#-]+$/u, 'not an id (letters, digits and _ : . @ + # - only)');
const MARKUP = /<\s*[a-z!/?]/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Free text people type: markup and control characters are refused, so no page can ever render them as HTML. */
const Text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !MARKUP.test(s), 'markup (<…>) is not accepted in text')
    .refine((s) => !CONTROL.test(s), 'control characters are not accepted in text');
const Lang = z.enum(LANGUAGES);
const Offset = z.number().int().min(0);
const Version = z.number().int().min(1);
const SpanInput = z.object({ docId: Id, rowKey: Id, unitId: Id, start: Offset, end: Offset }).strict();
const Correction = z.discriminatedUnion('op', [
  z.object({ op: z.literal('link'), doc: Offset, rowKey: Id, unitIds: z.array(Id).min(1).max(50) }).strict(),
  z.object({ op: z.literal('unlink'), doc: Offset, rowKey: Id }).strict(),
  z.object({ op: z.literal('merge'), rowKeys: z.array(Id).min(2).max(50) }).strict(),
  z.object({ op: z.literal('split'), rowKey: Id, doc: Offset, at: z.array(Id).min(1).max(50) }).strict(),
]);

const schemas = {
  login: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) }).strict(),
  createUser: z
    .object({ username: Text(64), password: z.string().min(10).max(1024), role: z.enum(ROLES), languages: z.array(Lang).max(24).optional() })
    .strict(),
  createAnnotation: z
    .object({ category: z.enum(ANNOTATION_CATEGORIES), status: z.enum(ANNOTATION_STATUSES).optional(), comment: Text(10_000).optional(), spans: z.array(SpanInput).min(1).max(50) })
    .strict(),
  updateAnnotation: z
    .object({
      version: Version,
      change: z
        .object({
          category: z.enum(ANNOTATION_CATEGORIES).optional(),
          status: z.enum(ANNOTATION_STATUSES).optional(),
          comment: Text(10_000).optional(),
          addSpans: z.array(SpanInput).max(50).optional(),
          removeSpanIds: z.array(Id).max(50).optional(),
        })
        .strict(),
    })
    .strict(),
  deleteAnnotation: z.object({ version: Version }).strict(),
  correction: z.object({ correction: Correction, docIds: z.array(Id).min(1).max(48) }).strict(),
  spelling: z.object({ entityId: Id, lang: Lang, text: Text(200).nullable(), version: Version.nullable() }).strict(),
  review: z.object({ findingId: Id, dismissReason: Text(2000).nullable(), version: Version.nullable() }).strict(),
  /** `version`: the finding's review version the client saw (reviewVersion in GET findings; null when none). */
  findingAnnotation: z
    .object({
      findingId: Id,
      version: Version.nullable(),
      category: z.enum(ANNOTATION_CATEGORIES).optional(),
      status: z.enum(ANNOTATION_STATUSES).optional(),
      comment: Text(10_000).optional(),
    })
    .strict(),
};

// --- plumbing --------------------------------------------------------------------------------------------------

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    ...headers,
  });
  res.end(JSON.stringify(body));
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'too-large', `Request body of ${declared} bytes; the limit is ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'too-large', `Request body over the limit of ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'invalid-input', 'Send the body as application/json');
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid-input', 'The request body is not JSON');
  }
}

function parse<T extends z.ZodTypeAny>(schema: T, raw: unknown, what: string): z.output<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw new HttpError(400, 'invalid-input', `${what}: ${issues.join('; ')}`);
}

const isLoopback = (host: string) => host === '127.0.0.1' || host === '::1' || host === 'localhost';

// --- the server ------------------------------------------------------------------------------------------------

export interface TeamServerOptions {
  readonly service: TeamService;
  /** 0 picks a free port. */
  readonly port?: number;
  /** 127.0.0.1 unless given (put a TLS proxy in front before listening elsewhere). */
  readonly host?: string;
  /** The team page (index.html, team.js, team.css); none when absent. */
  readonly staticDir?: string | null;
  /** The built browser-mode renderer (out/web), served at /app/ over the team database; none when absent. */
  readonly webDir?: string | null;
  /** Reported by the browser-mode API's appInfo. */
  readonly version?: string;
  readonly maxBodyBytes?: number;
  /** Failed logins allowed per user name in 15 minutes (default 5) and per client address (default 50). */
  readonly loginLimits?: { readonly perUser: number; readonly perAddress: number };
  readonly log?: Logger;
}

export interface TeamServer {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

interface Session {
  readonly user: TeamUser;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const service = options.service;
  const store = service.store;
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? MAX_TEAM_BODY_BYTES;
  const window = 15 * 60_000;
  const perUser = new FailureLimiter({ limit: options.loginLimits?.perUser ?? 5, windowMs: window });
  const perAddress = new FailureLimiter({ limit: options.loginLimits?.perAddress ?? 50, windowMs: window });
  const log = options.log ?? ((m, e) => console.error(m, e));
  let port = 0;

  async function session(req: IncomingMessage): Promise<Session> {
    const token = cookie(req, SESSION_COOKIE);
    if (!token) throw new HttpError(401, 'unauthorized', 'Not signed in: log in first (POST /api/team/login)');
    const tokenHash = sha256(token);
    const found = await repo.findSession(store, tokenHash);
    if (!found) throw new HttpError(401, 'unauthorized', 'The session has expired or was signed out: log in again');
    return { ...found, tokenHash };
  }

  function checkCsrf(req: IncomingMessage, s: Session): void {
    const given = req.headers['x-csrf-token'];
    if (typeof given !== 'string' || !sameSecret(given, s.csrfToken)) {
      throw new HttpError(403, 'csrf', 'Missing or wrong CSRF token: send the x-csrf-token header the login (or GET /api/team/me) returned');
    }
  }

  /** A browser sends Origin on cross-site writes; when it is there it must be this server. */
  function checkOrigin(req: IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    const hostHeader = req.headers.host ?? '';
    if (origin !== `http://${hostHeader}` && origin !== `https://${hostHeader}`) throw new HttpError(403, 'forbidden', `Cross-origin request from ${origin} refused`);
  }

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkOrigin(req);
    const { username, password } = parse(schemas.login, await readJson(req, limit), 'login');
    const address = req.socket.remoteAddress ?? '?';
    const wait = Math.max(perUser.blockedFor(username), perAddress.blockedFor(address));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new HttpError(429, 'rate-limited', `Too many failed logins; try again in ${seconds} s`, { 'retry-after': String(seconds) });
    }
    const found = await repo.findUserWithHash(store, username);
    // Unknown names cost a hash too, so response time does not reveal which accounts exist.
    const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash()));
    if (!found || !ok) {
      perUser.fail(username);
      perAddress.fail(address);
      throw new HttpError(401, 'unauthorized', 'Wrong user name or password');
    }
    perUser.reset(username);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await repo.insertSession(store, { tokenHash: sha256(token), userId: found.user.id, csrfToken, ttlSeconds: SESSION_TTL_SECONDS });
    send(res, 200, { ok: true, value: { user: found.user, csrfToken } }, {
      'set-cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${SESSION_TTL_SECONDS}`,
    });
  }

  type Route = (ctx: { req: IncomingMessage; s: Session; params: string[]; query: URLSearchParams; body: () => Promise<unknown> }) => Promise<unknown>;
  const routes: { method: string; pattern: RegExp; run: Route }[] = [
    { method: 'GET', pattern: /^me$/, run: async ({ s }) => ({ user: s.user, csrfToken: s.csrfToken }) },
    {
      method: 'POST',
      pattern: /^logout$/,
      run: async ({ s }) => {
        await repo.deleteSession(store, s.tokenHash);
        return null;
      },
    },
    { method: 'GET', pattern: /^users$/, run: ({ s }) => service.users(s.user) },
    { method: 'POST', pattern: /^users$/, run: async ({ s, body }) => service.createUser(s.user, parse(schemas.createUser, await body(), 'new account')) },
    { method: 'GET', pattern: /^documents$/, run: () => service.listDocuments() },
    { method: 'GET', pattern: /^documents\/([^/]+)$/, run: ({ params }) => service.getDocument(params[0]) },
    {
      method: 'GET',
      pattern: /^grid$/,
      run: ({ query }) => service.grid(parse(z.enum(['unit', 'sentence']), query.get('level') ?? 'unit', 'grid level')),
    },
    // `text`: the message in English for the team page, which has no build step to carry core's templates (the app
    // renders `message` in its own UI language).
    { method: 'GET', pattern: /^findings$/, run: async () => (await service.findings()).map((f) => ({ ...f, text: renderMessage(f.message) })) },
    { method: 'GET', pattern: /^names$/, run: () => service.names() },
    { method: 'GET', pattern: /^annotations$/, run: () => service.annotations() },
    {
      method: 'GET',
      pattern: /^annotations\/([^/]+)$/,
      run: async ({ params }) => {
        const a = await service.annotation(parse(Id, params[0], 'annotation id'));
        if (!a) throw new NotFoundError(`annotation ${params[0]}: not in this project`);
        return a;
      },
    },
    {
      method: 'POST',
      pattern: /^annotations$/,
      run: async ({ s, body }) => {
        const input = parse(schemas.createAnnotation, await body(), 'new annotation');
        return service.createAnnotation(s.user, { ...input, spans: input.spans.map((x) => ({ ...x, docId: x.docId as DocumentId })) });
      },
    },
    {
      method: 'PUT',
      pattern: /^annotations\/([^/]+)$/,
      run: async ({ s, params, body }) => {
        const { version, change } = parse(schemas.updateAnnotation, await body(), 'annotation change');
        return service.updateAnnotation(s.user, parse(Id, params[0], 'annotation id'), version, {
          ...change,
          addSpans: change.addSpans?.map((x) => ({ ...x, docId: x.docId as DocumentId })),
        });
      },
    },
    {
      method: 'DELETE',
      pattern: /^annotations\/([^/]+)$/,
      run: async ({ s, params, body }) => {
        const { version } = parse(schemas.deleteAnnotation, await body(), 'annotation delete');
        await service.deleteAnnotation(s.user, parse(Id, params[0], 'annotation id'), version);
        return null;
      },
    },
    {
      method: 'POST',
      pattern: /^corrections$/,
      run: async ({ s, body }) => {
        const { correction, docIds } = parse(schemas.correction, await body(), 'alignment correction');
        return service.applyCorrection(s.user, correction, docIds);
      },
    },
    { method: 'GET', pattern: /^spellings$/, run: () => service.spellings() },
    {
      method: 'PUT',
      pattern: /^spellings$/,
      run: async ({ s, body }) => {
        const input = parse(schemas.spelling, await body(), 'accepted spelling');
        return service.setSpelling(s.user, { entityId: input.entityId, lang: input.lang, text: input.text, expected: input.version });
      },
    },
    {
      method: 'PUT',
      pattern: /^finding-reviews$/,
      run: async ({ s, body }) => {
        const input = parse(schemas.review, await body(), 'finding review');
        return service.reviewFinding(s.user, { findingId: input.findingId, dismissReason: input.dismissReason, expected: input.version });
      },
    },
    {
      method: 'POST',
      pattern: /^finding-annotations$/,
      run: async ({ s, body }) => {
        const { version, ...input } = parse(schemas.findingAnnotation, await body(), 'finding annotation');
        return service.findingToAnnotation(s.user, { ...input, expected: version });
      },
    },
    {
      method: 'GET',
      pattern: /^activity$/,
      run: ({ query }) => service.activity(parse(z.coerce.number().int().min(1).max(1000), query.get('limit') ?? '100', 'limit')),
    },
    {
      method: 'GET',
      pattern: /^changes$/,
      run: ({ query }) => service.changes(parse(z.coerce.number().int().min(0), query.get('after') ?? '0', 'after')),
    },
  ];

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.slice(TEAM_API.length);
    const method = req.method ?? 'GET';
    if (path === 'login') {
      if (method !== 'POST') throw new HttpError(405, 'invalid-input', 'Log in with POST', { allow: 'POST' });
      return login(req, res);
    }
    // Authentication first, for every route: an anonymous caller learns nothing, not even which routes exist.
    const s = await session(req);
    const matching = routes.filter((r) => r.pattern.test(path));
    if (matching.length === 0) throw new HttpError(404, 'unknown-method', `No team API route ${path}`);
    const route = matching.find((r) => r.method === method);
    if (!route) throw new HttpError(405, 'invalid-input', `${path} takes ${matching.map((r) => r.method).join(', ')}`, { allow: matching.map((r) => r.method).join(', ') });
    if (method !== 'GET') {
      checkOrigin(req);
      checkCsrf(req, s);
      if (s.user.role === 'read-only' && path !== 'logout') throw new ForbiddenError(`${s.user.username} has read-only access`);
    }
    let params: string[];
    try {
      params = (route.pattern.exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
    } catch {
      throw new HttpError(400, 'invalid-input', `${path}: malformed %-escape in the address`);
    }
    const value = await route.run({ req, s, params, query: url.searchParams, body: () => readJson(req, limit) });
    const headers: Record<string, string> = path === 'logout' ? { 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0` } : {};
    send(res, 200, { ok: true, value: value ?? null }, headers);
  }

  /**
   * Browser mode's API (POST /api/<channel>) for the renderer at /app/: the session cookie, plus the session's CSRF
   * token as the bearer token — the team page opens /app/#token=<csrf>, and the renderer sends its token on every
   * call, so a cross-site request carries the cookie but never the token.
   */
  async function browserApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const s = await session(req);
    if (req.method !== 'POST') throw new HttpError(405, 'invalid-input', 'API calls are POST requests', { allow: 'POST' });
    checkOrigin(req);
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!m || !sameSecret(m[1], s.csrfToken)) throw new HttpError(403, 'csrf', 'Missing or wrong token: open the app from the team page');
    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      throw new HttpError(400, 'invalid-input', 'malformed %-escape in the address');
    }
    const result = await dispatchTeam(service, s.user, options.version ?? '0', channel, await readJson(req, limit), log);
    const code = result.ok ? null : result.error.code;
    const status = code === null ? 200 : code === 'unknown-method' || code === 'not-found' ? 404 : code === 'forbidden' ? 403 : code === 'internal' ? 500 : 400;
    send(res, status, result);
  }

  async function app(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const rel = url.pathname === '/app' || url.pathname === '/app/' ? 'index.html' : url.pathname.slice('/app/'.length);
    const root = options.webDir;
    if (!root || !/^(index\.html|assets\/[\w.-]+)$/.test(rel) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (!(await sendAppFile(req, res, join(root, rel), rel === 'index.html'))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  function fail(res: ServerResponse, e: unknown): void {
    if (res.headersSent) {
      res.end();
      return;
    }
    const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}, params?: Readonly<Record<string, string | number>>) =>
      send(res, status, { ok: false, error: { code, message, ...(params ? { params } : {}) }, ...extra }, { ...headers, connection: status === 413 ? 'close' : 'keep-alive' });
    // A CoreError's params (what its English message interpolates) go out as the IPC/HTTP API sends them.
    const coded = (status: number, e: CoreError) => {
      const body = toIpcFailure(e).error;
      return error(status, body.code, body.message, {}, {}, body.params);
    };
    if (e instanceof HttpError) return error(e.status, e.code, e.message, {}, e.headers);
    if (e instanceof ConflictError) return error(409, e.code, e.message, { current: e.current });
    if (e instanceof ForbiddenError) return error(403, e.code, e.message);
    if (e instanceof NotFoundError) return coded(404, e);
    if (e instanceof CoreError) return coded(400, e);
    log('Concordia team server: request failed', e);
    error(500, 'internal', 'Internal error; see the server log');
  }

  async function page(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    if (!options.staticDir || !/^[a-z-]+\.(html|js|css)$/.test(name) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // The team page is small and changes with the server: always revalidated.
    if (!(await sendAppFile(req, res, join(options.staticDir, name), true))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const work = async () => {
      // On loopback, refuse foreign Host names: a DNS-rebinding page would send its own.
      if (isLoopback(host)) {
        const h = req.headers.host ?? '';
        if (h !== `127.0.0.1:${port}` && h !== `localhost:${port}` && h !== `[::1]:${port}`) throw new HttpError(403, 'forbidden', 'Wrong Host header');
      }
      if (url.pathname.startsWith(TEAM_API)) await api(req, res, url);
      else if (url.pathname.startsWith('/api/')) await browserApi(req, res, url);
      else if (url.pathname === '/app' || url.pathname.startsWith('/app/')) await app(req, res, url);
      else await page(req, res, url);
    };
    work().catch((e: unknown) => fail(res, e));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
