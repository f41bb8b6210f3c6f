// Electron main: opens the project (the file named on the command line, else the bundled demo project), wires
// the typed API to IPC, creates the sandboxed window and the native menus.
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENTS } from '../ipc/events.js';
import type { PickedFile } from '../ipc/events.js';
import { createMainWindow, rendererLocation, saveDownload } from './create-main-window.js';
import { useSqliteNativeBinding } from './db/open-database.js';
import { createHandlers, NoProjectError } from './handlers.js';
import { registerIpc, rendererSenderCheck } from './ipc/register.js';
import { buildMenu } from './menu.js';
import { FetchJobs } from './services/fetch-jobs.js';
import { projectFromArgs, ProjectSession } from './server/project-session.js';
import { electronSqliteBinding } from './sqlite-binding.js';

const mainDir = dirname(fileURLToPath(import.meta.url));
const IMPORT_EXTENSIONS = ['txt', 'docx', 'html', 'htm', 'pdf', 'tmx', 'xlf', 'xliff', 'sdlxliff'];

// Every renderer sandboxed, whatever its webPreferences say (must be called before ready).
app.enableSandbox();

/**
 * From a checkout, better-sqlite3's own build is the Node one (for the CLI and the tests); Electron's main loads
 * the Electron build kept beside it (electron/main/sqlite-binding.ts, made by `npm start` / `npm run desktop`).
 * A packaged app has its own Electron build in place (electron-builder rebuilds it), so nothing is set there.
 */
function chooseSqliteBinding(): void {
  if (app.isPackaged) return;
  const binding = process.env.CONCORDIA_SQLITE_BINDING || electronSqliteBinding(app.getAppPath(), process.versions.modules);
  if (!existsSync(binding)) {
    throw new Error(
      `The Electron build of better-sqlite3 (ABI ${process.versions.modules}) is missing at ${binding}: start the app with npm start or npm run desktop, which make it once.`,
    );
  }
  useSqliteNativeBinding(binding);
}

async function start(): Promise<void> {
  await app.whenReady();
  chooseSqliteBinding();
  // No web permission (camera, notifications, …) is ever needed.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const corpusDir = app.isPackaged ? join(process.resourcesPath, 'corpus') : join(app.getAppPath(), 'corpus');
  const projectSession = new ProjectSession({ corpusDir, userDataDir: app.getPath('userData') });
  const given = projectFromArgs(process.argv.slice(app.isPackaged ? 1 : 2));
  await projectSession.open(given ?? (await projectSession.ensureDemoProject()));

  // Downloads write into the open project: they are cancelled before another project replaces it.
  const fetchJobs = new FetchJobs();
  const handlers = createHandlers({
    mode: 'electron',
    fetchJobs,
    version: app.getVersion(),
    project: () => projectSession.current ?? raise(new NoProjectError()),
    exporters: projectSession.exporters,
  });
  registerIpc(ipcMain, handlers, rendererSenderCheck({ rendererFileUrl: rendererLocation(mainDir).fileUrl, devServerUrl: rendererLocation(mainDir).devServerUrl }));

  const win = createMainWindow(mainDir);
  // Exports reach the user as downloads of a blob the page made: saved where the native dialog says.
  session.defaultSession.on('will-download', (_event, item) => {
    saveDownload(item, (options) => dialog.showSaveDialogSync(win, options));
  });
  const menu = buildMenu(win, {
    openProject: () => void openProjectDialog(win, projectSession, fetchJobs),
    importFiles: () => void importFilesDialog(win),
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(menu);

  app.on('window-all-closed', () => {
    fetchJobs.cancelAll();
    projectSession.close();
    app.quit();
  });
}

function raise(e: Error): never {
  throw e;
}

async function openProjectDialog(win: BrowserWindow, projectSession: ProjectSession, fetchJobs: FetchJobs): Promise<void> {
  const picked = await dialog.showOpenDialog(win, {
    title: 'Open project',
    properties: ['openFile', 'promptToCreate'],
    filters: [{ name: 'Concordia project', extensions: ['concordia'] }],
  });
  const path = picked.filePaths[0];
  if (picked.canceled || !path) return;
  try {
    fetchJobs.cancelAll();
    const info = await projectSession.open(path);
    win.webContents.send(EVENTS.projectOpened, info);
    win.setTitle(`${basename(path)} — Concordia`);
  } catch (e) {
    dialog.showErrorBox('Cannot open the project', e instanceof Error ? e.message : String(e));
  }
}

async function importFilesDialog(win: BrowserWindow): Promise<void> {
  const picked = await dialog.showOpenDialog(win, {
    title: 'Import language versions',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Language versions', extensions: IMPORT_EXTENSIONS }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  const files: PickedFile[] = [];
  for (const path of picked.filePaths) {
    files.push({ fileName: basename(path), dataBase64: (await readFile(path)).toString('base64') });
  }
  win.webContents.send(EVENTS.filesPicked, files);
}

start().catch((e: unknown) => {
  console.error('Concordia failed to start', e);
  dialog.showErrorBox('Concordia failed to start', e instanceof Error ? e.message : String(e));
  app.exit(1);
});
