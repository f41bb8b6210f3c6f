// A local stand-in for www.europarl.europa.eu and eur-lex.europa.eu on 127.0.0.1: it serves the pages in
// tests/fixtures/fetch/ under the sites' real URL schemes, and lets a test script failures for a path
// (status codes, slow answers, cut-off bodies, wrong content types, redirects, Retry-After).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'fetch');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** One scripted answer. `times` answers that many requests, then the next behaviour (or the files) takes over. */
export interface Behaviour {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** Wait this long before sending anything. */
  readonly delayMs?: number;
  /** Announce this Content-Length, send `body`, then close the connection. */
  readonly cutOffAt?: number;
  readonly times?: number;
}

export interface LoggedRequest {
  readonly url: string;
  readonly start: number;
  end: number;
}

export class FixtureServer {
  readonly requests: LoggedRequest[] = [];
  maxConcurrent = 0;
  private active = 0;
  private readonly scripts = new Map<string, Behaviour[]>();
  private readonly extra = new Map<string, Uint8Array>();
  private constructor(
    private readonly server: http.Server,
    readonly base: string,
  ) {}

  static async start(): Promise<FixtureServer> {
    const holder: { self?: FixtureServer } = {};
    const server = http.createServer((req, res) => holder.self?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.self = new FixtureServer(server, `http://127.0.0.1:${port}`);
    return holder.self;
  }

  get host(): string {
    return new URL(this.base).host;
  }

  /** Script answers for a path with its query ("/doceo/document/TA-9-2022-0012_RO.html"). */
  script(pathAndQuery: string, ...behaviours: Behaviour[]): void {
    this.scripts.set(pathAndQuery, behaviours.map((b) => ({ ...b })));
  }

  /** Serve extra bytes (generated in the test, e.g. a DOCX) under a doceo file name. */
  serveFile(name: string, bytes: Uint8Array): void {
    this.extra.set(name, bytes);
  }

  hits(pathAndQuery: string): number {
    return this.requests.filter((r) => r.url === pathAndQuery).length;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = req.url ?? '/';
    const entry: LoggedRequest = { url, start: Date.now(), end: 0 };
    this.requests.push(entry);
    this.active++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.active);
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      this.active--;
      entry.end = Date.now();
    };
    res.on('close', finished);
    const behaviour = this.nextBehaviour(url);
    const answer = () => (behaviour ? this.scripted(behaviour, res) : this.serveFixture(url, res));
    if (behaviour?.delayMs) {
      const timer = setTimeout(answer, behaviour.delayMs);
      res.on('close', () => clearTimeout(timer));
    } else answer();
  }

  private nextBehaviour(url: string): Behaviour | null {
    const list = this.scripts.get(url);
    if (!list || list.length === 0) return null;
    const first = list[0];
    if (first.times !== undefined) {
      const left = first.times - 1;
      if (left <= 0) list.shift();
      else list[0] = { ...first, times: left };
    }
    return first;
  }

  private scripted(b: Behaviour, res: http.ServerResponse): void {
    const body = typeof b.body === 'string' ? Buffer.from(b.body) : Buffer.from(b.body ?? new Uint8Array());
    if (b.cutOffAt !== undefined) {
      res.writeHead(b.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...b.headers, 'content-length': String(b.cutOffAt) });
      res.write(body, () => res.destroy());
      return;
    }
    res.writeHead(b.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...b.headers, 'content-length': String(body.length) });
    res.end(body);
  }

  private send(res: http.ServerResponse, status: number, type: string, body: Uint8Array | string): void {
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
    res.writeHead(status, { 'content-type': type, 'content-length': String(bytes.length) });
    res.end(bytes);
  }

  /** The sites' URL schemes mapped onto the fixture folder; anything else is the site's 404 page. */
  private serveFixture(url: string, res: http.ServerResponse): void {
    const u = new URL(url, this.base);
    let file: string | null = null;
    let name: string | null = null;
    const doceo = /^\/doceo\/document\/([A-Za-z0-9_-]+\.(html|pdf|docx))$/.exec(u.pathname);
    const eurlex = /^\/legal-content\/([A-Z]{2})\/TXT\/(HTML|PDF)\/$/.exec(u.pathname);
    if (doceo) {
      name = doceo[1];
      file = path.join(FIXTURES, 'doceo', name);
    } else if (eurlex) {
      const celex = /^CELEX:(\w+)$/.exec(u.searchParams.get('uri') ?? '');
      if (celex) {
        name = `${celex[1]}_${eurlex[1]}.${eurlex[2].toLowerCase()}`;
        file = path.join(FIXTURES, 'eurlex', name);
      }
    } else if (u.pathname === '/oeil/popups/ficheprocedure.do') {
      const ref = (u.searchParams.get('reference') ?? '').replace(/[/()]+/g, '-').replace(/-$/, '');
      const page = path.join(FIXTURES, 'oeil', `${ref}.html`);
      // OEIL answers an unknown reference with a search page, not a 404.
      this.send(res, 200, TYPES.html, readFileSync(existsSync(page) ? page : path.join(FIXTURES, 'oeil', 'search.html')));
      return;
    }
    if (name && this.extra.has(name)) {
      this.send(res, 200, TYPES[name.split('.').pop() ?? 'html'] ?? 'application/octet-stream', this.extra.get(name) as Uint8Array);
      return;
    }
    if (file && existsSync(file)) {
      this.send(res, 200, TYPES[file.split('.').pop() ?? 'html'] ?? 'application/octet-stream', readFileSync(file));
      return;
    }
    this.send(res, 404, TYPES.html, '<!DOCTYPE html><html><body><h1>404 - Page not found</h1></body></html>');
  }
}

/** An address on 127.0.0.1 where nothing listens: a port that was just free. */
export async function closedPortBase(): Promise<string> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
