// The Electron build of better-sqlite3 is made once per Electron ABI and kept beside the Node build: a stored
// build made from the same versions is reused without building anything, a stale one is not, and a build is
// checked for the ABI it registers, so a compile against the wrong headers is never stored.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronSqliteBinding, electronSqliteDir } from '../../electron/main/sqlite-binding.js';
import { ensureElectronSqlite, registersAbi, storedElectronSqlite } from '../../scripts/lib/electron-sqlite.js';

const repo = resolve(import.meta.dirname, '..', '..');
const nodeBuild = join(repo, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const sqliteVersion = (JSON.parse(readFileSync(join(repo, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string }).version;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-electron-sqlite-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A checkout whose electron package says `abi`, with better-sqlite3 linked from ours, and maybe a stored build. */
function checkout(name: string, abi: string, stored?: { electron: string; betterSqlite3: string }) {
  const root = join(dir, name);
  const electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"concordia"}');
  writeFileSync(join(electronDir, 'abi_version'), abi);
  mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: sqliteVersion }));
  if (stored) {
    const target = electronSqliteDir(root, abi);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'better_sqlite3.node'), 'stored build');
    writeFileSync(join(target, 'stamp.json'), JSON.stringify({ ...stored, abi }));
  }
  return { root, electron: { dir: electronDir, version: '41.7.1' } };
}

describe('the stored Electron build', () => {
  it('is reused when made from the same better-sqlite3 and Electron, without building', () => {
    const { root, electron } = checkout('fresh', '145', { electron: '41.7.1', betterSqlite3: sqliteVersion });
    const lines: string[] = [];
    const started = Date.now();
    const result = ensureElectronSqlite({ root, electron, log: (l) => lines.push(l) });
    expect(result).toEqual({ ok: true, binding: electronSqliteBinding(root, '145'), built: false });
    expect(lines).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is stale after an Electron or better-sqlite3 upgrade', () => {
    const { root } = checkout('stale', '145', { electron: '41.6.0', betterSqlite3: sqliteVersion });
    expect(storedElectronSqlite(root, { betterSqlite3: sqliteVersion, electron: '41.7.1', abi: '145' })).toBeNull();
    expect(storedElectronSqlite(root, { betterSqlite3: '0.0.1', electron: '41.6.0', abi: '145' })).toBeNull();
    expect(storedElectronSqlite(root, { betterSqlite3: sqliteVersion, electron: '41.6.0', abi: '145' })).toBe(electronSqliteBinding(root, '145'));
  });

  it('lives apart from the Node build, one folder per ABI and machine', () => {
    expect(electronSqliteBinding('/app', '145', 'linux', 'x64')).toBe(join('/app', 'node_modules', '.concordia', 'better-sqlite3-electron-145-linux-x64', 'better_sqlite3.node'));
    expect(electronSqliteDir('/app', '146', 'win32', 'arm64')).toBe(join('/app', 'node_modules', '.concordia', 'better-sqlite3-electron-146-win32-arm64'));
  });

  it('is refused when Electron does not say its ABI', () => {
    const { root, electron } = checkout('no-abi', '145');
    rmSync(join(electron.dir, 'abi_version'));
    const result = ensureElectronSqlite({ root, electron, log: () => undefined });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/abi_version is missing/);
  });
});

describe('the ABI check', () => {
  it('reads the ABI an addon was compiled for from its registration symbol', () => {
    const addon = readFileSync(nodeBuild);
    expect(registersAbi(addon, process.versions.modules)).toBe(true);
    expect(registersAbi(addon, '145')).toBe(false);
    // A prefix of the real ABI is not a match ("v11" inside "v115").
    expect(registersAbi(addon, process.versions.modules.slice(0, -1))).toBe(false);
  });
});
