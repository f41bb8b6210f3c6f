// Starting the desktop app from a checkout: the Electron binary (downloaded on first start), main, preload and
// renderer built by electron-vite, the Electron build of better-sqlite3 (made once, kept beside the Node build),
// then Electron itself. Used by `npm start` (which falls back to browser mode when any step cannot be done on
// this machine) and `npm run desktop` (which does not).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary, findElectronPackage } from './electron-binary.js';
import { ensureElectronSqlite } from './electron-sqlite.js';

/**
 * The checkout's root: the nearest folder above this module whose package.json is Concordia's. Found by walking
 * up rather than by a fixed `..`, so it holds whether this runs from scripts/ with tsx or bundled elsewhere.
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'concordia') return dir;
      } catch {
        // not ours: keep walking
      }
    }
    if (dirname(dir) === dir) throw new Error(`no Concordia package.json above ${from}`);
  }
}

/** Everything needed to run the app with this checkout's Electron, or why it cannot be had here. */
export type DesktopLaunch =
  | { readonly ok: true; readonly electron: string; readonly env: NodeJS.ProcessEnv; readonly args: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly step: 'binary' | 'build' | 'sqlite' };

export interface PrepareOptions {
  readonly root: string;
  readonly log?: (line: string) => void;
  /** Build main, preload and renderer first (electron-vite build). */
  readonly build?: boolean;
}

/** Gets the binary, builds, gets the Electron build of better-sqlite3; never throws. */
export async function prepareDesktop(options: PrepareOptions): Promise<DesktopLaunch> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { root } = options;
  const binary = await ensureElectronBinary({ root, log });
  if (!binary.ok) return { ok: false, reason: binary.reason, step: 'binary' };
  const electron = findElectronPackage(root);
  if (!electron) return { ok: false, reason: 'the electron npm package is not installed (run npm install)', step: 'binary' };

  if (options.build !== false) {
    log('Building main, preload and renderer (electron-vite)…');
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) return { ok: false, reason: `electron-vite build failed (exit ${r.status ?? r.signal})`, step: 'build' };
  }

  const sqlite = ensureElectronSqlite({ root, electron, log });
  if (!sqlite.ok) return { ok: false, reason: sqlite.reason, step: 'sqlite' };
  return {
    ok: true,
    electron: binary.path,
    // The main process loads this build through better-sqlite3's nativeBinding option (electron/main/index.ts).
    env: { ...process.env, CONCORDIA_SQLITE_BINDING: sqlite.binding },
    args: [root],
  };
}

/** Runs the prepared app with `args` after the app folder; resolves with Electron's exit code. */
export function runDesktop(launch: Extract<DesktopLaunch, { ok: true }>, args: readonly string[]): Promise<number> {
  const child = spawn(launch.electron, [...launch.args, ...args], { stdio: 'inherit', env: launch.env });
  return new Promise((resolve) => {
    child.on('error', (e) => {
      console.error(`Electron could not be started: ${e.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
