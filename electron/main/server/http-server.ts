// Browser mode: the built renderer and the same typed API over HTTP on 127.0.0.1 only. Every API request carries
// the bearer token printed with the URL; the shared dispatcher validates inputs exactly as the IPC transport does.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Handlers, Logger } from '../handlers.js';
import { dispatch, failure } from '../handlers.js';

export const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 80 * 1024 * 1024;
const HOST = '127.0.0.1';

/** Sent with every page: the same policy as the CSP meta in renderer/index.html. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface ApiServerOptions {
  readonly handlers: Handlers;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** A fresh random token when absent. */
  readonly token?: string;
  readonly log?: Logger;
}

export interface ApiServer {
  readonly server: Server;
  readonly port: number;
  readonly token: string;
  /** The address to open: the token travels in the fragment, which browsers never send to the server. */
  readonly url: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer (\S+)$/.exec(header ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Refuses requests whose Host is not our own address (a DNS-rebinding page would send its own name). */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApi(req: IncomingMessage, res: ServerResponse, options: ApiServerOptions, token: string): Promise<void> {
  if (!tokenMatches(req.headers.authorization, token)) {
    sendJson(res, 401, failure('unauthorized', 'Missing or wrong token: open the address the server printed.'));
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendJson(res, 405, failure('invalid-input', 'API calls are POST requests'));
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, failure('invalid-input', 'API calls send application/json'));
    return;
  }
  const text = await readBody(req);
  if (text === null) {
    sendJson(res, 413, failure('too-large', `Request larger than ${MAX_BODY_BYTES / 1048576} MB`));
    return;
  }
  let input: unknown;
  try {
    input = text.length ? JSON.parse(text) : {};
  } catch {
    sendJson(res, 400, failure('invalid-input', 'The request body is not JSON'));
    return;
  }
  const channel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(API_PREFIX.length));
  const result = await dispatch(options.handlers, channel, input, options.log);
  const status = result.ok ? 200 : result.error.code === 'unknown-method' ? 404 : result.error.code === 'internal' ? 500 : 200;
  sendJson(res, status, result);
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const root = resolve(staticDir);
  let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (!(await sendAppFile(req, res, file, pathname === '/index.html'))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
  }
}

/**
 * Sends one static file with the app's headers (its CSP, nosniff, no referrer; cached for an hour unless
 * `revalidate`, as an index page must be), for browser mode and the team server's pages. False, with nothing sent,
 * when the file cannot be read.
 */
export async function sendAppFile(req: IncomingMessage, res: ServerResponse, file: string, revalidate: boolean): Promise<boolean> {
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return false;
    body = await readFile(file);
  } catch {
    return false;
  }
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': revalidate ? 'no-cache' : 'max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** Starts the browser-mode server on 127.0.0.1 (never another interface). */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const token = options.token ?? newToken();
  let port = 0;
  const server = createServer((req, res) => {
    if (!hostAllowed(req, port)) {
      sendJson(res, 403, failure('forbidden', 'Wrong Host header'));
      return;
    }
    const path = req.url ?? '/';
    const work = path.startsWith(API_PREFIX) ? serveApi(req, res, options, token) : serveStatic(req, res, options.staticDir);
    work.catch((e: unknown) => {
      (options.log ?? console.error)('Concordia server: request failed', e);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Internal error'));
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://${HOST}:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
