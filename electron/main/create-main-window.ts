// The one application window: sandboxed, isolated, no Node, no child windows, no navigation away, no webviews,
// downloads only of what the page itself made (exports) and only where the user says. The decisions are pure
// functions (tested in tests/electron/); createMainWindow only wires them to Electron's events.
import { BrowserWindow, shell } from 'electron';
import type { BrowserWindowConstructorOptions, DownloadItem, SaveDialogOptions, WebContents } from 'electron';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  readonly fileUrl: string;
  readonly devServerUrl?: string;
}

/** Where the window loads from: electron-vite's dev server in `electron-vite dev`, else the built file. */
export function rendererLocation(mainDir: string, env: NodeJS.ProcessEnv = process.env): RendererLocation {
  const fileUrl = pathToFileURL(join(mainDir, '../renderer/index.html')).href;
  const dev = env.ELECTRON_RENDERER_URL;
  return dev ? { fileUrl, devServerUrl: dev } : { fileUrl };
}

/** Sites whose links we hand to the system browser (the official sources); everything else is refused. */
export const EXTERNAL_HOSTS: readonly string[] = ['www.europarl.europa.eu', 'eur-lex.europa.eu'];

/**
 * The window's options. The security settings are Electron's checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security): the renderer runs sandboxed, in its own JavaScript
 * world apart from the preload, without Node, with web security on; the preload is the only bridge.
 */
export function mainWindowOptions(mainDir: string): BrowserWindowConstructorOptions {
  return {
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
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** A link the page tries to open in a new window: an https link to an official source, opened outside. */
export function isExternalLinkAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && EXTERNAL_HOSTS.includes(parsed.hostname);
}

/** Whether the window may navigate to `url`: only to the renderer itself (or, in development, its dev server). */
export function isNavigationAllowed(url: string, location: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.devServerUrl) return parsed.origin === new URL(location.devServerUrl).origin;
  const own = new URL(location.fileUrl);
  return parsed.protocol === 'file:' && parsed.pathname === own.pathname;
}

/**
 * A download the page started. Only what the page made itself — a `blob:` URL, which is how an export is handed
 * over — is saved, and only where the user picks in the native save dialog; anything else is cancelled.
 * `showSaveDialogSync` is dialog.showSaveDialogSync (synchronous: a save path can only be set inside the
 * `will-download` event). Returns where the file goes, or null when cancelled.
 */
export function saveDownload(
  item: Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSavePath' | 'cancel'>,
  showSaveDialogSync: (options: SaveDialogOptions) => string | undefined,
): string | null {
  if (!item.getURL().startsWith('blob:')) {
    item.cancel();
    return null;
  }
  const name = basename(item.getFilename() || 'export');
  const path = showSaveDialogSync({ title: 'Save export', defaultPath: name });
  if (!path) {
    item.cancel();
    return null;
  }
  item.setSavePath(path);
  return path;
}

type Prevented = { preventDefault(): void };

/** Wires the refusals to a window's web contents; `openExternal` is shell.openExternal. */
export function lockDownWebContents(contents: WebContents, location: RendererLocation, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: Prevented, url: string) => {
    if (!isNavigationAllowed(url, location)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // No <webview> is ever used; one appearing would be an attack.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(mainDir: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(mainDir));
  const location = rendererLocation(mainDir);
  lockDownWebContents(win.webContents, location, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(location.devServerUrl ?? location.fileUrl);
  return win;
}
