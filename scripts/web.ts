// `npm run web -- [--port N] [--no-open] [--rebuild] [PROJECT]`: browser mode. Serves the built renderer and the
// typed API on 127.0.0.1 with a random token, prints the address, opens the browser unless --no-open. Without a
// project it opens (creating on first start) the demo project built from the bundled corpus.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandlers, NoProjectError } from '../electron/main/handlers.js';
import { startApiServer } from '../electron/main/server/http-server.js';
import type { ApiServer } from '../electron/main/server/http-server.js';
import { ProjectSession } from '../electron/main/server/project-session.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIR = join(repo, 'out', 'web');

/** Builds renderer/ into out/web with vite.renderer.config.ts (when missing, or always with `force`). */
export async function ensureWebBuild(force = false): Promise<void> {
  if (!force && existsSync(join(WEB_DIR, 'index.html'))) return;
  console.log('Building the renderer for browser mode (out/web)…');
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'vite.renderer.config.ts'), logLevel: 'warn' });
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Could not open a browser; open the address above yourself.'));
  child.unref();
}

export interface BrowserModeOptions {
  readonly port?: number;
  readonly open?: boolean;
  readonly project?: string | null;
  readonly rebuild?: boolean;
}

/** Starts browser mode; resolves once the server listens. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<{ server: ApiServer; session: ProjectSession }> {
  await ensureWebBuild(options.rebuild ?? false);
  const session = new ProjectSession({ corpusDir: join(repo, 'corpus') });
  const path = options.project ? resolve(options.project) : await session.ensureDemoProject();
  await session.open(path);
  const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const handlers = createHandlers({
    mode: 'browser',
    version,
    project: () => {
      if (!session.current) throw new NoProjectError();
      return session.current;
    },
    exporters: session.exporters,
  });
  const server = await startApiServer({ handlers, staticDir: WEB_DIR, port: options.port ?? 0 });
  console.log(`Concordia (browser mode) — project ${path}`);
  console.log(`Open: ${server.url}`);
  if (options.open ?? true) openBrowser(server.url);
  const stop = () => {
    void server.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, session };
}

export function parseWebArgs(args: string[]): BrowserModeOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean', default: false }, rebuild: { type: 'boolean', default: false } },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: not a port number`);
  return { port, open: !values['no-open'], project: positionals[0] ?? null, rebuild: values.rebuild };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  startBrowserMode(parseWebArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(`concordia web: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
