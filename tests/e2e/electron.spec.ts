// The real desktop app, driven by Playwright's Electron support: the built main, preload and renderer
// (out/, from electron-vite build) started by the Electron binary with the Electron build of better-sqlite3.
// It reuses the browser-mode page object. Only the native save dialog is replaced, inside the main process
// (dialog.showSaveDialogSync), so the menu's Export writes where the test says.
// Where no Electron binary can be had (offline, blocked, unsupported platform — our build machines), the group
// is skipped with one line saying why; it is never counted as passed. On Linux without a display it starts its
// own Xvfb (Debian package xvfb, which .ci/run installs).
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProjectFromCorpus } from '../../electron/main/server/project-session.js';
import { ensureElectronBinary, findElectronPackage } from '../../scripts/lib/electron-binary.js';
import { ensureElectronSqlite } from '../../scripts/lib/electron-sqlite.js';
import { ConcordiaPage } from './pages/concordia-page.js';

const repo = resolve(import.meta.dirname, '..', '..');

interface Setup {
  readonly executablePath: string;
  readonly env: Record<string, string>;
  readonly project: string;
  readonly home: string;
  readonly xvfb: ChildProcess | null;
}

let setup: Setup | null = null;

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with ":N". */
function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  return new Promise((resolveDisplay, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(\d+)\s*$/.exec(out);
      if (m && out.endsWith('\n')) {
        clearTimeout(timer);
        resolveDisplay({ display: `:${m[1]}`, child });
      }
    });
  });
}

function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function launch(s: Setup): Promise<{ app: ElectronApplication; page: Page; ui: ConcordiaPage }> {
  // The app folder, then the project: main opens the last project-like argument (projectFromArgs).
  const app = await electron.launch({ executablePath: s.executablePath, args: [repo, s.project], env: s.env, cwd: repo, timeout: 60_000 });
  const page = await app.firstWindow();
  const ui = new ConcordiaPage(page);
  await ui.waitForGrid();
  return { app, page, ui };
}

test.describe.configure({ mode: 'serial' });

test.describe('desktop app (Electron)', () => {
  test.beforeAll(async () => {
    test.setTimeout(25 * 60_000); // a first run may download Electron and build the SQLite addon
    const binary = await ensureElectronBinary({ root: repo, log: (line) => console.log(`electron.spec: ${line}`) });
    if (!binary.ok) {
      console.log(`electron.spec: skipped, no Electron binary on this machine: ${binary.reason}`);
      test.skip(true, `no Electron binary on this machine: ${binary.reason}`);
      return;
    }
    // From here on the app must work: a missing build or display is a failure, not a skip.
    expect(existsSync(join(repo, 'out', 'main', 'index.js')), 'out/main/index.js: run electron-vite build first (npm test does)').toBe(true);
    const pkg = findElectronPackage(repo);
    expect(pkg).not.toBeNull();
    const sqlite = ensureElectronSqlite({ root: repo, electron: pkg!, log: (line) => console.log(`electron.spec: ${line}`) });
    if (!sqlite.ok) throw new Error(sqlite.reason);

    let xvfb: ChildProcess | null = null;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
      if (!hasCommand('Xvfb')) throw new Error('no display and no Xvfb: install the Debian package xvfb (.ci/run does)');
      const x = await startXvfb();
      xvfb = x.child;
      env.DISPLAY = x.display;
    }
    const home = mkdtempSync(join(tmpdir(), 'concordia-electron-'));
    const project = join(home, 'demo.concordia');
    // The demo project: the one the app makes from the bundled corpus on first start.
    await createProjectFromCorpus(join(repo, 'corpus'), project);
    env.CONCORDIA_HOME = home;
    env.CONCORDIA_SQLITE_BINDING = sqlite.binding;
    setup = { executablePath: binary.path, env, project, home, xvfb };
  });

  test.afterAll(() => {
    if (!setup) return;
    setup.xvfb?.kill('SIGTERM');
    rmSync(setup.home, { recursive: true, force: true });
  });

  test('opens the demo project with six columns', async () => {
    const { app, ui } = await launch(setup!);
    try {
      await expect(ui.columnHeaders).toHaveCount(6);
      const langs = await ui.columnHeaders.evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')));
      expect(new Set(langs)).toEqual(new Set(['ro', 'en', 'fr', 'de', 'el', 'bg']));
      // The window really is the sandboxed renderer: no Node in the page.
      expect(await ui.page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await ui.screenshot('electron-demo');
    } finally {
      await app.close();
    }
  });

  test('keeps an annotation across closing and reopening the app', async () => {
    const first = await launch(setup!);
    try {
      await first.ui.selectWords('title', 'ro', 'Kazahstan');
      await first.page.getByRole('button', { name: /^Add selection/ }).click();
      await first.ui.selectWords('title', 'en', 'Kazakhstan');
      await first.page.getByRole('button', { name: 'Annotate…' }).click();
      const dialog = first.page.getByTestId('annotation-dialog');
      await expect(dialog).toBeVisible();
      await dialog.locator('select[name="category"]').selectOption('transliteration');
      await dialog.locator('textarea[name="comment"]').fill('Desktop: Kazahstan and Kazakhstan name the same country.');
      await dialog.getByRole('button', { name: 'Save annotation' }).click();
      await expect(dialog).toBeHidden();
    } finally {
      await first.app.close();
    }

    const second = await launch(setup!);
    try {
      await second.ui.openTab(/^Annotations/);
      const annotation = second.page.getByTestId('annotation').filter({ hasText: 'Desktop: Kazahstan' });
      await expect(annotation).toHaveCount(1);
      await expect(annotation.locator('[data-testid="annotation-span"][data-lang="ro"]')).toContainText('Kazahstan');
      await expect(annotation.locator('[data-testid="annotation-span"][data-lang="en"]')).toContainText('Kazakhstan');
    } finally {
      await second.app.close();
    }
  });

  test('writes a valid TMX from the menu’s Export', async () => {
    const { app, page } = await launch(setup!);
    try {
      mkdirSync(join(repo, 'artifacts', 'e2e'), { recursive: true });
      const target = join(repo, 'artifacts', 'e2e', 'electron-export.tmx');
      rmSync(target, { force: true });
      // The one stub: the native save dialog, at the main-process boundary, answers with our path.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialogSync = (() => path) as typeof dialog.showSaveDialogSync;
      }, target);
      const clicked = await app.evaluate(({ Menu }) => {
        const item = Menu.getApplicationMenu()?.getMenuItemById('file.export');
        item?.click();
        return Boolean(item);
      });
      expect(clicked, 'File › Export… menu item').toBe(true);
      const dialog = page.getByTestId('export-dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('radio', { name: /TMX/ }).check();
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect.poll(() => (existsSync(target) ? readFileSync(target, 'utf8').trimEnd().endsWith('</tmx>') : false), { timeout: 30_000 }).toBe(true);
      const xml = readFileSync(target, 'utf8');
      expect(xml).toContain('<tmx version="1.4"');
      expect((xml.match(/<tu[\s>]/g) ?? []).length).toBeGreaterThan(50);
      for (const lang of ['ro', 'en', 'fr', 'de', 'el', 'bg']) expect(xml).toMatch(new RegExp(`xml:lang="${lang}(-[A-Z]{2})?"`));
      execFileSync('xmllint', ['--noout', target]);
    } finally {
      await app.close();
    }
  });
});
