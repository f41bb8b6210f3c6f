// Electron main: opens the project (the file named on the command line, else the bundled demo project), wires
// the typed API to IPC, creates the sandboxed window and the native menus.
import type { BrowserWindow} from 'electron';
import { app, dialog, ipcMain, Menu, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENTS } from '../ipc/events.js';
import type { PickedFile } from '../ipc/events.js';
import { createMainWindow, rendererLocation } from './create-main-window.js';
import { createHandlers, NoProjectError } from './handlers.js';
import { registerIpc, rendererSenderCheck } from './ipc/register.js';
import { buildMenu } from './menu.js';
import { FetchJobs } from './services/fetch-jobs.js';
import { projectFromArgs, ProjectSession } from './server/project-session.js';

const mainDir = dirname(fileURLToPath(import.meta.url));
const IMPORT_EXTENSIONS = ['txt', 'docx', 'html', 'htm', 'pdf', 'tmx'];

async function start(): Promise<void> {
  await app.whenReady();
  // No web permission (camera, notifications, …) is ever needed.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

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
