// `npm start [-- PROJECT]`: the desktop window, or browser mode where the desktop window cannot be had.
// The first start on a machine downloads the Electron binary (it says so, with size, destination and progress)
// and makes the Electron build of better-sqlite3 once; later starts reuse both. When any of that cannot be done
// here — offline, the download blocked, a platform Electron has no build for, no way to build the SQLite addon —
// it says why in one line and serves the same app in browser mode on 127.0.0.1. CONCORDIA_BROWSER=1 always
// picks browser mode. Without a project the bundled demo project opens.
import { resolve } from 'node:path';
import { prepareDesktop, projectRoot, runDesktop } from './lib/desktop-app.js';
import { parseWebArgs, startBrowserMode } from './web.js';

/** The one line printed before browser mode, naming the reason. */
export function browserFallbackLine(reason: string): string {
  return `No desktop window: ${reason}. Starting browser mode instead (the same app, served on 127.0.0.1).`;
}

async function main(): Promise<void> {
  const options = parseWebArgs(process.argv.slice(2));
  if (process.env.CONCORDIA_BROWSER) {
    console.log('CONCORDIA_BROWSER is set: starting browser mode instead of the desktop window.');
    await startBrowserMode(options);
    return;
  }
  const root = projectRoot();
  const launch = await prepareDesktop({ root });
  if (!launch.ok) {
    console.log(browserFallbackLine(launch.reason));
    await startBrowserMode(options);
    return;
  }
  console.log('Starting the Concordia desktop app.');
  const code = await runDesktop(launch, options.project ? [resolve(options.project)] : []);
  process.exit(code);
}

main().catch((e: unknown) => {
  console.error(`concordia start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
