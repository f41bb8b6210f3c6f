// `npm run desktop [-- PROJECT]`: the desktop app only, no browser-mode fallback: downloads the Electron binary on
// first use, builds main, preload and renderer (electron-vite), makes the Electron build of better-sqlite3 once
// (kept beside the Node build, so the CLI and the tests need no rebuild afterwards), then runs Electron.
import { resolve } from 'node:path';
import { prepareDesktop, projectRoot, runDesktop } from './lib/desktop-app.js';

async function main(): Promise<number> {
  const project = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const launch = await prepareDesktop({ root: projectRoot() });
  if (!launch.ok) {
    console.error(`concordia desktop: ${launch.reason}`);
    return 1;
  }
  return runDesktop(launch, project ? [resolve(project)] : []);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`concordia desktop: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
