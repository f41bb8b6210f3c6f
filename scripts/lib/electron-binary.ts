// Getting the Electron binary for `npm start` and the Electron end-to-end spec. The `electron` npm package holds
// no binary: it is a zip from Electron's GitHub releases (or ELECTRON_MIRROR), which electron's own postinstall
// would fetch. That postinstall is denied in package.json (`allowScripts`), because an `npm install` without
// access to GitHub (our CI) would fail on it; the first `npm start` fetches the zip instead, with
// @electron/get — the library electron's install.js uses, so the cache (~/.cache/electron and friends) and the
// checksums (electron/checksums.json) are the same — and unpacks it where electron's index.js looks
// (node_modules/electron/dist, named by path.txt). Offline, blocked or unsupported machines get one line saying
// which, within a few seconds, and the caller falls back to browser mode.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export interface ElectronPackage {
  /** node_modules/electron */
  readonly dir: string;
  readonly version: string;
}

export type BinaryResult = { readonly ok: true; readonly path: string; readonly downloaded: boolean } | { readonly ok: false; readonly reason: string };

/** The electron npm package as installed under `root`, or null when it is not installed. */
export function findElectronPackage(root: string): ElectronPackage | null {
  try {
    const require = createRequire(join(root, 'package.json'));
    const pkgJson = require.resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
    return { dir: dirname(pkgJson), version };
  } catch {
    return null;
  }
}

/**
 * Platforms and architectures Electron publishes release zips for (electron/electron releases; the same list
 * electron's install.js maps to an executable name).
 */
const PUBLISHED: Readonly<Record<string, readonly string[]>> = {
  linux: ['x64', 'arm64', 'armv7l'],
  darwin: ['x64', 'arm64'],
  win32: ['x64', 'arm64', 'ia32'],
};

/** Null when Electron publishes a build for this machine, else the one-line reason. */
export function unsupportedPlatformReason(platform: string, arch: string): string | null {
  const archs = PUBLISHED[platform];
  if (!archs) return `unsupported platform: Electron publishes no build for ${platform}`;
  if (!archs.includes(arch)) return `unsupported platform: Electron publishes no build for ${platform}-${arch} (only ${archs.join(', ')})`;
  return null;
}

/** The executable inside the unpacked zip, relative to dist/ (what electron's install.js writes to path.txt). */
export function executableInZip(platform: string): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The binary when it is unpacked and matches the package's version, else null. */
export function installedBinary(pkg: ElectronPackage): string | null {
  const pathFile = join(pkg.dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(pkg.dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  const versionFile = join(pkg.dir, 'dist', 'version');
  if (existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') !== pkg.version) return null;
  return existsSync(exe) ? exe : null;
}

/** The release download base, looked up the way @electron/get does (npm config, then environment, then GitHub). */
export function mirrorBase(env: NodeJS.ProcessEnv): string {
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    'https://github.com/electron/electron/releases/download/'
  );
}

/** Where @electron/get keeps downloaded zips (env-paths('electron').cache), for telling the user. */
export function electronCacheDir(env: NodeJS.ProcessEnv, platform: string = process.platform): string {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN']);

/** One line for a failed request to `host`: offline, blocked, or what the server said. */
export function describeDownloadError(error: unknown, host: string): string {
  const e = error as { code?: string; message?: string; response?: { statusCode?: number }; statusCode?: number; name?: string };
  const status = e?.response?.statusCode ?? e?.statusCode;
  if (typeof status === 'number') {
    if (status === 404) return `no such release on ${host} (HTTP 404): this Electron version is not published for this machine`;
    return `blocked: ${host} refused the download (HTTP ${status})`;
  }
  const code = e?.code ?? '';
  if (OFFLINE_CODES.has(code)) return `offline: ${host} cannot be reached (${code}; no network or no DNS)`;
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || e?.name === 'TimeoutError') return `blocked: ${host} did not answer in time (a firewall or proxy may be in the way)`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH') return `blocked: the connection to ${host} was refused or cut (${code})`;
  if (/checksum/i.test(e?.message ?? '')) return `the downloaded zip does not match Electron's published checksum (a proxy may have altered it)`;
  if (/CERT|SSL|TLS/i.test(code)) return `blocked: the TLS connection to ${host} failed (${code}; an intercepting proxy?)`;
  return `the download from ${host} failed: ${(e?.message ?? String(error)).split('\n')[0]}`;
}

/**
 * One HEAD request to the mirror with a short timeout, so an offline or firewalled machine is told so in a few
 * seconds instead of after the download library's retries. Any HTTP answer counts as reachable (GitHub answers
 * a release asset with a redirect). Resolves to null when reachable, else the reason.
 */
export function probeMirror(url: string, timeoutMs: number): Promise<string | null> {
  const host = new URL(url).host;
  const request = url.startsWith('http:') ? httpRequest : httpsRequest;
  return new Promise((resolve) => {
    const req = request(url, { method: 'HEAD', timeout: timeoutMs }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve(status >= 400 && status !== 404 && status !== 405 ? describeDownloadError({ statusCode: status }, host) : null);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e) => resolve(describeDownloadError(e, host)));
    req.end();
  });
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface ElectronGet {
  downloadArtifact(details: Record<string, unknown>): Promise<string>;
  initializeProxy(): void;
}

export interface EnsureOptions {
  /** The project root (where node_modules is). */
  readonly root: string;
  readonly log?: (line: string) => void;
  /** For the reachability probe; the download itself has its own, longer, timeouts. */
  readonly probeTimeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: string;
  readonly arch?: string;
}

/**
 * The Electron binary: the unpacked one when present, else downloaded now (saying so, with its size, where it
 * goes and its progress). Never throws: a failure comes back as `{ ok: false, reason }`, one line.
 */
export async function ensureElectronBinary(options: EnsureOptions): Promise<BinaryResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const pkg = findElectronPackage(options.root);
  if (!pkg) return { ok: false, reason: 'the electron npm package is not installed (run npm install)' };
  const present = installedBinary(pkg);
  if (present) return { ok: true, path: present, downloaded: false };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH=${env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron executable` };

  const unsupported = unsupportedPlatformReason(platform, arch);
  if (unsupported) return { ok: false, reason: unsupported };

  const zipName = `electron-v${pkg.version}-${platform}-${arch}.zip`;
  const base = mirrorBase(env).replace(/\/?$/, '/');
  const url = `${base}v${pkg.version}/${zipName}`;
  const host = new URL(url).host;
  const viaProxy = Boolean(env.ELECTRON_GET_USE_PROXY || env.HTTPS_PROXY || env.https_proxy || env.GLOBAL_AGENT_HTTPS_PROXY);
  // Behind a proxy a direct probe would fail for the wrong reason; the download's own timeouts apply instead.
  if (!viaProxy) {
    const unreachable = await probeMirror(url, options.probeTimeoutMs ?? 5000);
    if (unreachable) return { ok: false, reason: unreachable };
  }

  let get: ElectronGet;
  let extract: (zip: string, opts: { dir: string }) => Promise<void>;
  try {
    // Electron's own dependencies, resolved from its package so the versions are the ones it was published with.
    const fromElectron = createRequire(join(pkg.dir, 'package.json'));
    get = fromElectron('@electron/get') as ElectronGet;
    extract = fromElectron('extract-zip') as typeof extract;
  } catch (e) {
    return { ok: false, reason: `electron's download helpers are missing (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); run npm install` };
  }
  if (env.ELECTRON_GET_USE_PROXY) get.initializeProxy();

  const dist = join(pkg.dir, 'dist');
  log(`Electron ${pkg.version} is not downloaded yet: fetching ${zipName} once from ${host}`);
  log(`  into the cache ${electronCacheDir(env, platform)}, then unpacking it into ${relative(options.root, dist) || dist}.`);
  let announced = false;
  let lastTenth = -1;
  const tty = process.stdout.isTTY === true;
  const onProgress = (p: { percent: number; transferred: number; total?: number }): void => {
    if (!announced && p.total) {
      announced = true;
      log(`  size: ${formatMB(p.total)}`);
    }
    const tenth = Math.floor(p.percent * 10);
    if (tty) process.stdout.write(`\r  ${Math.floor(p.percent * 100)}%  ${formatMB(p.transferred)}${p.total ? ` of ${formatMB(p.total)}` : ''}   `);
    else if (tenth > lastTenth) {
      lastTenth = tenth;
      log(`  ${tenth * 10}%  ${formatMB(p.transferred)}`);
    }
  };
  let zipPath: string;
  try {
    const checksums = JSON.parse(readFileSync(join(pkg.dir, 'checksums.json'), 'utf8')) as Record<string, string>;
    zipPath = await get.downloadArtifact({
      version: pkg.version,
      artifactName: 'electron',
      platform,
      arch,
      checksums,
      cacheRoot: env.electron_config_cache,
      mirrorOptions: { mirror: base },
      downloadOptions: {
        quiet: true,
        getProgressCallback: onProgress,
        // got's timeouts: a stalled connection fails instead of hanging `npm start`.
        timeout: { lookup: 5000, connect: 10_000, response: 20_000 },
        retry: { limit: 1 },
      },
    });
  } catch (e) {
    if (tty) process.stdout.write('\n');
    return { ok: false, reason: describeDownloadError(e, host) };
  }
  if (tty) process.stdout.write('\n');
  try {
    rmSync(dist, { recursive: true, force: true });
    await extract(zipPath, { dir: dist });
    writeFileSync(join(pkg.dir, 'path.txt'), executableInZip(platform));
  } catch (e) {
    return { ok: false, reason: `the Electron zip could not be unpacked into ${dist}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const ready = installedBinary(pkg);
  if (!ready) return { ok: false, reason: `the Electron zip was unpacked but ${join(dist, executableInZip(platform))} is missing` };
  log(`  Electron ${pkg.version} is ready.`);
  return { ok: true, path: ready, downloaded: true };
}
