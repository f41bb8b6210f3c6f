// Getting the Electron binary for `npm start`: a first start downloads the release zip (through @electron/get,
// with its checksum) from the mirror, says how big it is, where it goes and how far it got, unpacks it where
// electron's index.js looks and writes path.txt; a second start downloads nothing. Offline, blocked, missing and
// unsupported cases come back fast as one line. The mirror here is a local HTTP server with a zip we make.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDownloadError, ensureElectronBinary, unsupportedPlatformReason } from '../../scripts/lib/electron-binary.js';
import { prepareDesktop } from '../../scripts/lib/desktop-app.js';

const repo = resolve(import.meta.dirname, '..', '..');
// A version @electron/get verifies checksums for (it skips releases older than 1.3.2).
const VERSION = '41.0.99';
const ZIP_NAME = `electron-v${VERSION}-linux-x64.zip`;

let dir: string;
let server: Server;
let base: string;
let zip: Buffer;
const requests: string[] = [];

/** A checkout with an electron package of version VERSION whose checksums list our zip. */
function fakeCheckout(name: string): string {
  const root = join(dir, name);
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'concordia' }));
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
  writeFileSync(join(pkg, 'checksums.json'), JSON.stringify({ [ZIP_NAME]: createHash('sha256').update(zip).digest('hex') }));
  // Electron's own download helpers, as npm installs them next to it.
  mkdirSync(join(root, 'node_modules', '@electron'), { recursive: true });
  symlinkSync(join(repo, 'node_modules', '@electron', 'get'), join(root, 'node_modules', '@electron', 'get'));
  symlinkSync(join(repo, 'node_modules', 'extract-zip'), join(root, 'node_modules', 'extract-zip'));
  return root;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-electron-bin-'));
  const z = new JSZip();
  z.file('electron', '#!/bin/sh\necho fake electron\n', { unixPermissions: 0o755 });
  z.file('version', VERSION);
  // Incompressible filler, so the download has several progress steps.
  z.file('resources.bin', createHash('sha512').update('seed').digest().toString('hex').repeat(40_000), { compression: 'STORE' });
  zip = await z.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url === `/v${VERSION}/${ZIP_NAME}`) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      res.end(req.method === 'HEAD' ? undefined : zip);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('ensureElectronBinary', () => {
  it('downloads on first start, saying size, destination and progress, and unpacks where electron looks', async () => {
    const root = fakeCheckout('first');
    const lines: string[] = [];
    const env = { ELECTRON_MIRROR: base, electron_config_cache: join(dir, 'cache') };
    const result = await ensureElectronBinary({ root, env, platform: 'linux', arch: 'x64', log: (l) => lines.push(l) });
    expect(result).toEqual({ ok: true, path: join(root, 'node_modules', 'electron', 'dist', 'electron'), downloaded: true });
    expect(readFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron');
    expect(readFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), 'utf8')).toContain('fake electron');
    const text = lines.join('\n');
    expect(text).toContain(`Electron ${VERSION} is not downloaded yet: fetching ${ZIP_NAME} once from 127.0.0.1`);
    expect(text).toContain(join(dir, 'cache'));
    expect(text).toContain(join('node_modules', 'electron', 'dist'));
    expect(text).toContain(`size: ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
    expect(lines.some((l) => /^ {2}100% {2}/.test(l))).toBe(true);

    // The second start finds it and asks nobody.
    const before = requests.length;
    const again = await ensureElectronBinary({ root, env, platform: 'linux', arch: 'x64', log: () => undefined });
    expect(again).toEqual({ ok: true, path: join(root, 'node_modules', 'electron', 'dist', 'electron'), downloaded: false });
    expect(requests.length).toBe(before);
  });

  it('refuses a zip that does not match the published checksum', async () => {
    const root = fakeCheckout('tampered');
    writeFileSync(join(root, 'node_modules', 'electron', 'checksums.json'), JSON.stringify({ [ZIP_NAME]: '0'.repeat(64) }));
    const env = { ELECTRON_MIRROR: base, electron_config_cache: join(dir, 'cache-tampered') };
    const result = await ensureElectronBinary({ root, env, platform: 'linux', arch: 'x64', log: () => undefined });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/checksum/);
    expect(existsSync(join(root, 'node_modules', 'electron', 'path.txt'))).toBe(false);
  });

  it('says in one line, quickly, when the mirror refuses the connection', async () => {
    const root = fakeCheckout('refused');
    const started = Date.now();
    const result = await ensureElectronBinary({ root, env: { ELECTRON_MIRROR: 'http://127.0.0.1:9/' }, platform: 'linux', arch: 'x64', log: () => undefined });
    expect(result).toEqual({ ok: false, reason: 'blocked: the connection to 127.0.0.1:9 was refused or cut (ECONNREFUSED)' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('says when the mirror has no such release', async () => {
    const root = fakeCheckout('missing');
    const result = await ensureElectronBinary({ root, env: { ELECTRON_MIRROR: `${base}nothing-here/` }, platform: 'linux', arch: 'x64', log: () => undefined });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/^no such release on 127\.0\.0\.1:\d+ \(HTTP 404\)/);
  });

  it('says when the platform has no Electron build, without any request', async () => {
    const root = fakeCheckout('sunos');
    const before = requests.length;
    const result = await ensureElectronBinary({ root, env: { ELECTRON_MIRROR: base }, platform: 'sunos', arch: 'x64', log: () => undefined });
    expect(result).toEqual({ ok: false, reason: 'unsupported platform: Electron publishes no build for sunos' });
    expect(requests.length).toBe(before);
  });

  it('says when the electron package itself is missing', async () => {
    const root = join(dir, 'empty');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"name":"concordia"}');
    expect(await ensureElectronBinary({ root, log: () => undefined })).toEqual({
      ok: false,
      reason: 'the electron npm package is not installed (run npm install)',
    });
  });
});

describe('npm start without a reachable mirror', () => {
  it('gives up at the binary step, in one line, before building anything', async () => {
    const root = fakeCheckout('start-offline');
    const saved = process.env.ELECTRON_MIRROR;
    process.env.ELECTRON_MIRROR = 'http://127.0.0.1:9/';
    try {
      const lines: string[] = [];
      const launch = await prepareDesktop({ root, log: (l) => lines.push(l) });
      expect(launch).toEqual({ ok: false, step: 'binary', reason: 'blocked: the connection to 127.0.0.1:9 was refused or cut (ECONNREFUSED)' });
      expect(lines).toEqual([]);
      expect(existsSync(join(root, 'out'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.ELECTRON_MIRROR;
      else process.env.ELECTRON_MIRROR = saved;
    }
  });
});

describe('one-line reasons', () => {
  it('tell offline from blocked from unsupported', () => {
    expect(describeDownloadError({ code: 'ENOTFOUND' }, 'github.com')).toBe('offline: github.com cannot be reached (ENOTFOUND; no network or no DNS)');
    expect(describeDownloadError({ code: 'EAI_AGAIN' }, 'github.com')).toMatch(/^offline: /);
    expect(describeDownloadError({ code: 'ETIMEDOUT' }, 'github.com')).toMatch(/^blocked: github\.com did not answer in time/);
    expect(describeDownloadError({ response: { statusCode: 403 } }, 'github.com')).toBe('blocked: github.com refused the download (HTTP 403)');
    expect(describeDownloadError({ code: 'SELF_SIGNED_CERT_IN_CHAIN' }, 'github.com')).toMatch(/^blocked: the TLS connection/);
    expect(unsupportedPlatformReason('linux', 'x64')).toBeNull();
    expect(unsupportedPlatformReason('darwin', 'arm64')).toBeNull();
    expect(unsupportedPlatformReason('linux', 'ppc64')).toBe('unsupported platform: Electron publishes no build for linux-ppc64 (only x64, arm64, armv7l)');
    expect(unsupportedPlatformReason('aix', 'ppc64')).toBe('unsupported platform: Electron publishes no build for aix');
  });

  it('are a single line even for a multi-line error', () => {
    const line = describeDownloadError(new Error('first line\nsecond line'), 'example.test');
    expect(line).toBe('the download from example.test failed: first line');
  });
});
