// The one application window: sandboxed, isolated, no Node, no child windows, no navigation away.
import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the window loads from: electron-vite's dev server in `electron-vite dev`, else the built file. */
export function rendererLocation(mainDir: string): { fileUrl: string; devServerUrl?: string } {
  const fileUrl = pathToFileURL(join(mainDir, '../renderer/index.html')).href;
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev ? { fileUrl, devServerUrl: dev } : { fileUrl };
}

/** External links we hand to the system browser; everything else is refused. */
const EXTERNAL_ALLOWLIST = ['https://www.europarl.europa.eu/', 'https://eur-lex.europa.eu/'];

export function createMainWindow(mainDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Concordia',
    webPreferences: {
      preload: join(mainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (EXTERNAL_ALLOWLIST.some((prefix) => url.startsWith(prefix))) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const location = rendererLocation(mainDir);
  win.webContents.on('will-navigate', (event, url) => {
    const allowed = location.devServerUrl ? url.startsWith(location.devServerUrl) : url === location.fileUrl;
    if (!allowed) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (location.devServerUrl) void win.loadURL(location.devServerUrl);
  else void win.loadURL(location.fileUrl);
  return win;
}
