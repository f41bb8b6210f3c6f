// Where the Electron build of better-sqlite3 lives during development. Electron's main process has another
// ABI (process.versions.modules) than the Node that runs the CLI and the tests, so the two builds of the same
// addon sit side by side: the Node build stays in node_modules/better-sqlite3/build/Release, the Electron build
// goes under node_modules/.concordia/, one folder per ABI, platform and architecture, and Electron's main loads it
// through better-sqlite3's `nativeBinding` option. Nothing is rebuilt between a test run and a desktop start.
// Shared by scripts/desktop.ts (which makes the build) and electron/main/index.ts (which loads it).
import { join } from 'node:path';

export const ELECTRON_SQLITE_ROOT = join('node_modules', '.concordia');

/** The folder of the Electron build for one ABI (`process.versions.modules` inside Electron) and machine. */
export function electronSqliteDir(appRoot: string, abi: string, platform: string = process.platform, arch: string = process.arch): string {
  return join(appRoot, ELECTRON_SQLITE_ROOT, `better-sqlite3-electron-${abi}-${platform}-${arch}`);
}

/** The addon file inside that folder. */
export function electronSqliteBinding(appRoot: string, abi: string, platform: string = process.platform, arch: string = process.arch): string {
  return join(electronSqliteDir(appRoot, abi, platform, arch), 'better_sqlite3.node');
}
