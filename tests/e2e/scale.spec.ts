// Scale: a project with every EU language version of a long synthetic resolution, imported with the CLI into its
// own temporary project and opened in its own browser-mode server (the suite's shared server and project are not
// touched). Asserts that the grid is virtualised (a window of rows in the DOM, not all of them), that scrolling to
// the end shows the last paragraph and that the keyboard reaches it. Timings are printed, never asserted.
//
// Size: CONCORDIA_SCALE_LANGS (default 24) versions × about CONCORDIA_SCALE_ROWS rows (default below). The
// default is what the current aligner opens within the suite's time budget; see SCALE_NOTE.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_LANGS, scaleDocument } from '../../scripts/lib/scale-corpus.js';

const repo = resolve(import.meta.dirname, '..', '..');

/**
 * Rows by default. The aligner's sequence alignment is a full (m+1)×(n+1) dynamic programme per unit kind for
 * each version against the pivot, so aligning 24 × 2021 rows takes about 225 s on the development machine (and the
 * project is aligned more than once when it opens); 24 × 300 opens in about 13 s. Set CONCORDIA_SCALE_ROWS=2000
 * to run the full size (allow several minutes).
 */
const DEFAULT_ROWS = 300;
const ROWS = Number(process.env.CONCORDIA_SCALE_ROWS ?? DEFAULT_ROWS);
const LANGS = ALL_LANGS.slice(0, Math.max(2, Math.min(ALL_LANGS.length, Number(process.env.CONCORDIA_SCALE_LANGS ?? ALL_LANGS.length))));
/** Row elements the DOM may hold at once: the viewport's rows plus overscan, far fewer than the grid's rows. */
const MAX_ROWS_IN_DOM = 80;

// The rows split between citations and numbered paragraphs (the parser numbers paragraphs up to 999), plus the
// title, the opening, a few recitals and the closing paragraph.
const RECITALS = 20;
const PARAGRAPHS = Math.min(998, Math.max(1, Math.floor((ROWS - RECITALS - 3) / 2)));
const CITATIONS = Math.max(1, ROWS - RECITALS - 3 - PARAGRAPHS);
const EXPECTED_ROWS = 2 + CITATIONS + RECITALS + PARAGRAPHS + 1;

const timings: Record<string, number> = {};
let home = '';
let server: ChildProcess | null = null;
let url = '';

function since(start: number): number {
  return Math.round(performance.now() - start);
}

async function startServer(project: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'web.ts'), '--no-open', '--port', '0', project], {
    cwd: repo,
    env: { ...process.env, CONCORDIA_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let log = '';
  return new Promise<string>((resolveUrl, reject) => {
    // Opening the project aligns it: seconds at the default size, minutes at 24 × 2000 with the current aligner.
    const limit = ROWS > DEFAULT_ROWS ? 1_500_000 : 60_000;
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in ${limit / 1000} s:\n${log}`)), limit);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${log}`));
    });
  });
}

/** The data-row-key of the focused grid cell's row, or null. */
function focusedRowKey(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-testid="grid-row"]')?.getAttribute('data-row-key') ?? null);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(ROWS > DEFAULT_ROWS ? 1_800_000 : 120_000);
  home = mkdtempSync(join(tmpdir(), 'concordia-scale-'));
  let t = performance.now();
  const files = LANGS.map((lang) => {
    const file = join(home, `${lang}.txt`);
    writeFileSync(file, scaleDocument(lang, { paragraphs: PARAGRAPHS, citations: CITATIONS, recitals: RECITALS }));
    return file;
  });
  timings.generateMs = since(t);

  const project = join(home, 'scale.concordia');
  t = performance.now();
  const created = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'concordia.ts'), 'project', 'create', project, ...files], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 90_000,
  });
  timings.cliImportMs = since(t);
  expect(created.status, `project create failed:\n${created.stderr}\n${created.stdout}`).toBe(0);
  expect(created.stdout).toContain(`with ${LANGS.length} document(s)`);
  // Every version parsed into the same number of units.
  const counts = [...created.stdout.matchAll(/; (\d+) units\]/g)].map((m) => Number(m[1]));
  expect(counts).toEqual(LANGS.map(() => EXPECTED_ROWS));

  t = performance.now();
  url = await startServer(project);
  timings.serverStartMs = since(t);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (home) rmSync(home, { recursive: true, force: true });
  console.log(`[scale] ${LANGS.length} versions × ${EXPECTED_ROWS} rows (${LANGS.length * EXPECTED_ROWS} units): ${JSON.stringify(timings)}`);
});

test('a large project: the grid is virtualised, and the end is reachable by scrolling and by keyboard', async ({ page }) => {
  // Generous for CONCORDIA_SCALE_ROWS=2000; the default size finishes well inside the suite's budget.
  test.setTimeout(ROWS > DEFAULT_ROWS ? 1_800_000 : 150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const grid = page.getByTestId('aligned-grid');
  const rows = page.getByTestId('grid-row');

  let t = performance.now();
  await page.goto(url);
  await expect(rows.first()).toBeVisible({ timeout: ROWS > DEFAULT_ROWS ? 1_500_000 : 120_000 });
  timings.firstRowsMs = since(t);

  await expect(page.getByTestId('column-header')).toHaveCount(LANGS.length);
  await expect(grid).toHaveAttribute('aria-rowcount', String(EXPECTED_ROWS + 1));
  const inDom = await rows.count();
  expect(inDom).toBeGreaterThan(0);
  expect(inDom).toBeLessThan(MAX_ROWS_IN_DOM);

  // Scroll to the end (row heights are measured as rows appear, so the end moves: scroll until it stays).
  t = performance.now();
  const last = page.locator('[data-testid="grid-row"][data-row-key="closing"]');
  await expect(async () => {
    await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(last).toBeInViewport({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  timings.scrollToEndMs = since(t);
  await expect(last.locator('[role="gridcell"][data-lang="en"]')).toContainText(`${PARAGRAPHS + 1}.`);
  expect(await rows.count()).toBeLessThan(MAX_ROWS_IN_DOM);
  await expect(page.locator(`[data-testid="grid-row"][aria-rowindex="${EXPECTED_ROWS + 1}"]`)).toBeVisible();

  // Keyboard: back to the top with Ctrl+Home, then Ctrl+End reaches the last row.
  await grid.evaluate((el) => el.scrollTo({ top: 0 }));
  await page.locator('[data-testid="grid-row"][data-row-key="title"] [role="gridcell"]').first().click();
  t = performance.now();
  await page.keyboard.press('Control+End');
  await expect.poll(() => focusedRowKey(page)).toBe('closing');
  await expect(last).toBeInViewport();
  timings.ctrlEndMs = since(t);

  await page.keyboard.press('Control+Home');
  await expect.poll(() => focusedRowKey(page)).toBe('title');
  await expect(page.locator('[data-testid="grid-row"][data-row-key="title"]')).toBeInViewport();

  // PageDown, pressed repeatedly, walks a screenful at a time to the last row; each screenful stays virtualised.
  t = performance.now();
  let presses = 0;
  while ((await focusedRowKey(page)) !== 'closing' && presses < EXPECTED_ROWS) {
    await page.keyboard.press('PageDown');
    presses += 1;
  }
  timings.pageDownToEndMs = since(t);
  timings.pageDownPresses = presses;
  expect(await focusedRowKey(page)).toBe('closing');
  await expect(last).toBeInViewport();
  // A screenful is several rows, not one.
  expect(presses).toBeLessThan(EXPECTED_ROWS / 2);
  expect(await rows.count()).toBeLessThan(MAX_ROWS_IN_DOM);
});
