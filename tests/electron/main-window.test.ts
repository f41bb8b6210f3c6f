// The main process's window security, on its own code: the BrowserWindow options, the refusal of navigation,
// new windows, webviews and foreign downloads, and the wiring of those refusals to the window's web contents.
// Only the `electron` module boundary is replaced (no Electron binary is needed).
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeContents {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void;
  on(event: string, listener: (...args: unknown[]) => void): void;
}

const electron = vi.hoisted(() => {
  const created: { options: unknown; webContents: FakeContents; loaded: string[] }[] = [];
  const opened: string[] = [];
  class BrowserWindow {
    readonly webContents: FakeContents;
    readonly loaded: string[] = [];
    constructor(readonly options: unknown) {
      const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
      this.webContents = {
        listeners,
        setWindowOpenHandler(h) {
          this.windowOpenHandler = h;
        },
        on(event, listener) {
          listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        },
      };
      created.push({ options, webContents: this.webContents, loaded: this.loaded });
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { created, opened, BrowserWindow, shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) } };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, shell: electron.shell }));

const { createMainWindow, isExternalLinkAllowed, isNavigationAllowed, mainWindowOptions, rendererLocation, saveDownload } = await import(
  '../../electron/main/create-main-window.js'
);

const mainDir = '/opt/concordia/out/main';
const location = rendererLocation(mainDir, {});

function fire(contents: FakeContents, event: string, ...args: unknown[]): boolean {
  let prevented = false;
  const ev = { preventDefault: () => (prevented = true) };
  for (const l of contents.listeners.get(event) ?? []) l(ev, ...args);
  return prevented;
}

describe('BrowserWindow options', () => {
  it('isolate and sandbox the renderer, with no Node anywhere and web security on', () => {
    const prefs = mainWindowOptions(mainDir).webPreferences ?? {};
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/opt/concordia/out/preload/index.cjs');
  });

  it('are the ones the window is created with', () => {
    electron.created.length = 0;
    createMainWindow(mainDir);
    expect(electron.created).toHaveLength(1);
    expect(electron.created[0].options).toEqual(mainWindowOptions(mainDir));
    expect(electron.created[0].loaded).toEqual(['file:///opt/concordia/out/renderer/index.html']);
  });
});

describe('navigation', () => {
  it('stays on the renderer file', () => {
    expect(isNavigationAllowed('file:///opt/concordia/out/renderer/index.html', location)).toBe(true);
    expect(isNavigationAllowed('file:///opt/concordia/out/renderer/index.html#/annotations', location)).toBe(true);
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'file:///opt/concordia/out/renderer/other.html',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isNavigationAllowed(url, location), url).toBe(false);
    }
  });

  it('allows only the dev server origin in development', () => {
    const dev = rendererLocation(mainDir, { ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(isNavigationAllowed('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173.evil.test/', dev)).toBe(false);
  });

  it('is refused on the window for will-navigate and will-redirect, and webviews are never attached', () => {
    electron.created.length = 0;
    createMainWindow(mainDir);
    const contents = electron.created[0].webContents;
    expect(fire(contents, 'will-navigate', 'https://example.org/')).toBe(true);
    expect(fire(contents, 'will-redirect', 'https://example.org/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///opt/concordia/out/renderer/index.html')).toBe(false);
    expect(fire(contents, 'will-attach-webview', {}, {})).toBe(true);
  });
});

describe('new windows', () => {
  beforeEach(() => {
    electron.opened.length = 0;
  });

  it('are always denied; links to the official sources open in the system browser', () => {
    electron.created.length = 0;
    createMainWindow(mainDir);
    const handler = electron.created[0].webContents.windowOpenHandler;
    expect(handler).toBeDefined();
    expect(handler?.({ url: 'https://eur-lex.europa.eu/legal-content/RO/TXT/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///opt/concordia/out/renderer/index.html' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://eur-lex.europa.eu/legal-content/RO/TXT/']);
  });

  it('hand out only https links to the exact official hosts', () => {
    expect(isExternalLinkAllowed('https://www.europarl.europa.eu/doceo/document/TA-9-2022-0000_RO.html')).toBe(true);
    for (const url of [
      'http://www.europarl.europa.eu/',
      'https://www.europarl.europa.eu.evil.test/',
      'https://evil.test/?https://eur-lex.europa.eu/',
      'https://user@eur-lex.europa.eu/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(isExternalLinkAllowed(url), url).toBe(false);
    }
  });
});

describe('downloads', () => {
  function item(url: string, filename: string) {
    const calls: string[] = [];
    return {
      calls,
      getURL: () => url,
      getFilename: () => filename,
      setSavePath: (p: string) => void calls.push(`save:${p}`),
      cancel: () => void calls.push('cancel'),
    };
  }

  it('save an export (a blob the page made) where the save dialog says', () => {
    const it1 = item('blob:file:///3f2a', 'concordia.tmx');
    const asked: unknown[] = [];
    const path = saveDownload(it1, (o) => (asked.push(o), '/home/u/out.tmx'));
    expect(path).toBe('/home/u/out.tmx');
    expect(it1.calls).toEqual(['save:/home/u/out.tmx']);
    expect(asked).toEqual([{ title: 'Save export', defaultPath: 'concordia.tmx' }]);
  });

  it('cancel when the user cancels the dialog', () => {
    const it2 = item('blob:file:///3f2a', 'concordia.tmx');
    expect(saveDownload(it2, () => undefined)).toBeNull();
    expect(it2.calls).toEqual(['cancel']);
  });

  it('refuse anything that is not the page’s own blob, without asking', () => {
    const it3 = item('https://evil.test/payload.exe', 'payload.exe');
    let asked = false;
    expect(saveDownload(it3, () => ((asked = true), '/tmp/x'))).toBeNull();
    expect(asked).toBe(false);
    expect(it3.calls).toEqual(['cancel']);
  });

  it('never offers a path from the suggested name', () => {
    const it4 = item('blob:file:///3f2a', '../../.bashrc');
    const asked: { defaultPath?: string }[] = [];
    saveDownload(it4, (o) => (asked.push(o), undefined));
    expect(asked[0].defaultPath).toBe('.bashrc');
  });
});
