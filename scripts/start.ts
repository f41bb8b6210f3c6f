// `npm start [-- PROJECT]`: the Electron window where Electron can start (its binary is installed), otherwise
// browser mode, saying so. Without a project the bundled demo project opens.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWebArgs, startBrowserMode } from './web.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron binary's path, or null when the npm package is there without its download. */
export function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = require('electron') as unknown;
    return typeof bin === 'string' && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const bin = electronBinary();
  if (bin && !process.env.CONCORDIA_BROWSER) {
    console.log('Starting the Concordia desktop app (run `npm run desktop` once to build it for Electron).');
    const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'desktop.ts'), ...args], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log(
    bin
      ? 'CONCORDIA_BROWSER is set: starting browser mode instead of the desktop window.'
      : 'The Electron binary is not installed on this machine, so Concordia starts in browser mode instead: the same app, served on 127.0.0.1.',
  );
  await startBrowserMode(parseWebArgs(args));
}

main().catch((e: unknown) => {
  console.error(`concordia start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
