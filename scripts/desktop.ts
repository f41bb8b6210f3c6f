// `npm run desktop [-- PROJECT]`: builds main, preload and renderer with electron-vite, rebuilds better-sqlite3
// for Electron's ABI (electron-builder install-app-deps), runs the app, then restores the Node build so the tests
// and the CLI keep working.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd: string, args: string[], what: string): number {
  console.log(`→ ${what}`);
  const r = spawnSync(cmd, args, { cwd: repo, stdio: 'inherit' });
  return r.status ?? 1;
}

function main(): number {
  const args = process.argv.slice(2);
  if (run(npx, ['electron-vite', 'build'], 'building main, preload and renderer') !== 0) return 1;
  if (run(npx, ['electron-builder', 'install-app-deps'], 'rebuilding better-sqlite3 for Electron') !== 0) {
    console.error('Could not rebuild better-sqlite3 for Electron (it needs the Electron headers or a prebuilt binary from the network).');
    return 1;
  }
  let code = 0;
  try {
    code = run(npx, ['electron', '.', ...args], 'starting Concordia');
  } finally {
    run(npm, ['rebuild', 'better-sqlite3'], 'restoring the Node build of better-sqlite3 for the tests and the CLI');
  }
  return code;
}

process.exit(main());
