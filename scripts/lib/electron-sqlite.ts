// The Electron build of better-sqlite3, made once per Electron ABI and kept beside the Node build (see
// electron/main/sqlite-binding.ts). It is made in a scratch copy of the package, so node_modules/better-sqlite3
// — the Node build the CLI and the tests load — is never touched: first a prebuilt binary for Electron
// (prebuild-install, from better-sqlite3's GitHub releases), else a compile against Electron's headers (node-gyp,
// headers from electronjs.org). Both need the network once; afterwards every start reuses the stored build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { electronSqliteBinding, electronSqliteDir, ELECTRON_SQLITE_ROOT } from '../../electron/main/sqlite-binding.js';
import type { ElectronPackage } from './electron-binary.js';

export type SqliteBuildResult = { readonly ok: true; readonly binding: string; readonly built: boolean } | { readonly ok: false; readonly reason: string };

/** What a stored build was made from; a different better-sqlite3 or Electron version makes it stale. */
interface Stamp {
  readonly betterSqlite3: string;
  readonly electron: string;
  readonly abi: string;
}

/** Electron's module ABI (process.versions.modules inside it), from the package's abi_version file. */
export function electronAbi(pkg: ElectronPackage): string | null {
  const file = join(pkg.dir, 'abi_version');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

function readStamp(dir: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'stamp.json'), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** The stored build when it exists and was made from these versions, else null. */
export function storedElectronSqlite(root: string, want: Stamp): string | null {
  const binding = electronSqliteBinding(root, want.abi);
  const stamp = readStamp(dirname(binding));
  const fresh = stamp !== null && stamp.betterSqlite3 === want.betterSqlite3 && stamp.electron === want.electron && stamp.abi === want.abi;
  return fresh && existsSync(binding) ? binding : null;
}

/** The telling line of a tool's output: a network failure when there is one, else the last line that says something. */
function tail(text: string | null | undefined): string {
  const lines = (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const network = lines.find((l) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|\b(403|404|407)\b/.test(l));
  const line = network ?? [...lines].reverse().find((l) => !/not ok|^gyp ERR! (cwd|node -v|node-gyp -v|command|System)/.test(l)) ?? '';
  return line.replace(/^(gyp ERR! stack|gyp ERR!|prebuild-install (warn|info|ERR!) \w+)\s*/, '').slice(0, 300);
}

/**
 * The Electron build of better-sqlite3 for `electron`: the stored one, else made now (saying so). Never throws;
 * a failure is one line that says what was tried and why it needs the network.
 */
export function ensureElectronSqlite(options: { root: string; electron: ElectronPackage; log?: (line: string) => void }): SqliteBuildResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const { root, electron } = options;
  const abi = electronAbi(electron);
  if (!abi) return { ok: false, reason: `${join(electron.dir, 'abi_version')} is missing: cannot tell which ABI Electron ${electron.version} needs` };
  let sqliteDir: string;
  let sqliteVersion: string;
  try {
    const require = createRequire(join(root, 'package.json'));
    const pkgJson = require.resolve('better-sqlite3/package.json');
    sqliteDir = dirname(pkgJson);
    sqliteVersion = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  } catch {
    return { ok: false, reason: 'better-sqlite3 is not installed (run npm install)' };
  }
  const want: Stamp = { betterSqlite3: sqliteVersion, electron: electron.version, abi };
  const stored = storedElectronSqlite(root, want);
  if (stored) return { ok: true, binding: stored, built: false };

  const target = electronSqliteDir(root, abi);
  const scratch = join(root, ELECTRON_SQLITE_ROOT, `build-${process.pid}`);
  log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electron.version} (ABI ${abi}), once; it is kept in ${relative(root, target)}.`);
  try {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(dirname(scratch), { recursive: true });
    // The package without its Node build: what is built here must not be confused with it.
    cpSync(sqliteDir, scratch, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
    const fromSqlite = createRequire(join(sqliteDir, 'package.json'));
    const env: NodeJS.ProcessEnv = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electron.version, npm_config_disturl: 'https://electronjs.org/headers' };
    // npm and npx export their config to child processes; a `nodedir` there (Debian sets /usr) would make
    // node-gyp compile against this Node's headers instead of Electron's, silently producing the wrong ABI.
    for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
    const tried: string[] = [];

    const prebuild = fromSqlite.resolve('prebuild-install/bin.js');
    const pre = spawnSync(process.execPath, [prebuild, '--runtime', 'electron', '--target', electron.version, '--arch', process.arch], {
      cwd: scratch,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const built = join(scratch, 'build', 'Release', 'better_sqlite3.node');
    if (pre.status !== 0 || !existsSync(built)) {
      tried.push(`no prebuilt binary (${tail(pre.stderr) || tail(pre.stdout) || `exit ${pre.status}`})`);
      const gyp = nodeGypScript(root);
      if (!gyp) {
        tried.push('node-gyp not found to compile it');
      } else {
        log('  no prebuilt binary: compiling it against the Electron headers (a few minutes)…');
        const cc = spawnSync(
          process.execPath,
          [gyp, 'rebuild', '--release', `--target=${electron.version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`],
          { cwd: scratch, env, encoding: 'utf8', timeout: 20 * 60_000 },
        );
        if (cc.status !== 0 || !existsSync(built)) {
          const out = `${cc.stdout ?? ''}\n${cc.stderr ?? ''}`;
          const headers = /gyp http GET (\S+)/.exec(out)?.[1];
          // node-gyp hides the cause of a failed header download behind a generic "network connectivity" text.
          const why = headers && /network connectivity/.test(out) ? `Electron's headers could not be downloaded from ${headers}` : tail(cc.stderr) || tail(cc.stdout) || `exit ${cc.status}`;
          tried.push(`compiling failed (${why})`);
        }
      }
    }
    if (existsSync(built) && !registersAbi(readFileSync(built), abi)) {
      tried.push(`the build registers another ABI than Electron's ${abi}`);
      rmSync(built);
    }
    if (!existsSync(built)) {
      return {
        ok: false,
        reason:
          `cannot make the Electron build of better-sqlite3: ${tried.join('; ')}. ` +
          'Both a prebuilt binary (GitHub) and Electron\'s headers (electronjs.org) need the network, once.',
      };
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    copyFileSync(built, join(target, 'better_sqlite3.node'));
    writeFileSync(join(target, 'stamp.json'), `${JSON.stringify(want, null, 2)}\n`);
    return { ok: true, binding: join(target, 'better_sqlite3.node'), built: true };
  } catch (e) {
    return { ok: false, reason: `cannot make the Electron build of better-sqlite3: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Whether a (non-N-API) addon was compiled for `abi`: Node's module macro exports `node_register_module_v<ABI>`,
 * so the symbol name in the file says which headers it was built against.
 */
export function registersAbi(addon: Uint8Array, abi: string): boolean {
  return Buffer.from(addon.buffer, addon.byteOffset, addon.byteLength).includes(`node_register_module_v${abi}\0`);
}

/** node-gyp's CLI: the project's copy, else the one npm ships (npm sets npm_config_node_gyp for scripts). */
function nodeGypScript(root: string): string | null {
  try {
    return createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const fromNpm = process.env.npm_config_node_gyp;
    return fromNpm && existsSync(fromNpm) ? fromNpm : null;
  }
}
