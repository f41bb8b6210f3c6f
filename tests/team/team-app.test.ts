// The app itself at /app/ over the team database, two users in a real Chromium: one adds an annotation through the
// grid and the other sees it appear within a few seconds without a reload; both edit the same annotation, the
// second save is refused with the server's conflict message and the current text while the draft stays, and the
// database keeps the first save until the second user deliberately saves again; a finding one user accepts as an
// annotation leaves the other's open findings and joins their annotations live.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectTextIn } from '../e2e/pages/select-text.js';
import { PG_UNAVAILABLE } from './support/pg.js';
import type { TeamFixture } from './support/team-server.js';
import { PASSWORD, startTeamFixture } from './support/team-server.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = PG_UNAVAILABLE ?? (existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (Debian package chromium)`);
const REPO = join(import.meta.dirname, '..', '..');

/** Selects the first occurrence of `text` in a grid cell, as a user dragging over the words would. */
async function selectIn(cell: Locator, text: string): Promise<void> {
  const found = await selectTextIn(cell, text);
  expect(found, `"${text}" in the cell`).toBe(true);
}

describe.skipIf(skip !== null)(`the app at /app/ in team mode, in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let f: TeamFixture;
  let browser: Browser;
  let webDir: string;
  beforeAll(async () => {
    // A build of this checkout's renderer of our own: out/web may be older than the code under test, or be
    // rebuilt by someone else meanwhile.
    webDir = mkdtempSync(join(tmpdir(), 'concordia-team-app-'));
    const { build } = await import('vite');
    await build({ configFile: join(REPO, 'vite.renderer.config.ts'), logLevel: 'warn', build: { outDir: webDir, emptyOutDir: true, sourcemap: false } });
    f = await startTeamFixture({ staticDir: join(REPO, 'electron', 'main', 'team', 'static'), webDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await f?.stop();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** Signs in on the team page and opens the app from its link, as a user would; waits for the grid. */
  async function openApp(username: string): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await page.goto(`${f.url}/`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('#work:not([hidden])');
    await page.click('#open-app');
    await page.waitForURL(/\/app\//);
    await page.locator('[data-testid="grid-row"]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.textContent('[data-testid="team-notice"]'), { timeout: 10_000 }).toContain(`signed in as ${username}`);
    // Marks this document: a reload would lose it, so its survival proves updates arrived without one.
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
    return page;
  }
  const notReloaded = (p: Page) => p.evaluate(() => (window as unknown as { noReload?: boolean }).noReload === true);
  const cell = (p: Page, rowKey: string, lang: string) => p.locator(`[data-testid="grid-row"][data-row-key="${rowKey}"] [role="gridcell"][data-lang="${lang}"]`);

  it('shows another user’s new annotation live; a stale edit is refused with the current text and loses nothing', async () => {
    const rita = await openApp('rita');
    const admin = await openApp('admin');
    await admin.getByRole('tab', { name: /^Annotations/ }).click();
    await expect.poll(() => admin.getByTestId('annotation').count()).toBe(0);

    // admin is writing an annotation of his own in the dialog while the news arrives
    await admin.getByRole('button', { name: 'Annotate…' }).click();
    const adminDialog = admin.getByTestId('annotation-dialog');
    await adminDialog.locator('textarea[name="comment"]').fill('half-typed note');

    // rita annotates "91" in the French recital B. through the grid
    await selectIn(cell(rita, 'recital:2', 'fr'), '91');
    await rita.getByRole('button', { name: 'Annotate…' }).click();
    const dialog = rita.getByTestId('annotation-dialog');
    await dialog.locator('select[name="category"]').selectOption('number');
    await dialog.locator('textarea[name="comment"]').fill('FR has 91 days, EN 19');
    await dialog.getByRole('button', { name: 'Save annotation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = (await f.service.annotations()).find((a) => a.comment === 'FR has 91 days, EN 19');
    expect(saved?.spans.map((s) => [s.lang, s.quote])).toEqual([['fr', '91']]);

    // admin's app shows it within a few seconds, without a reload, and says who did what
    const t0 = Date.now();
    await expect.poll(() => admin.getByTestId('annotation').filter({ hasText: 'FR has 91 days, EN 19' }).count(), { timeout: 6000 }).toBe(1);
    expect(Date.now() - t0).toBeLessThan(6000);
    expect(await notReloaded(admin)).toBe(true);
    expect(await admin.textContent('[data-testid="team-notice"]')).toMatch(/^Updated: rita added an annotation \(number on fr recital:2/);
    await expect.poll(() => cell(admin, 'recital:2', 'fr').locator('mark.hl-annotation').count()).toBeGreaterThan(0);
    expect(await adminDialog.locator('textarea[name="comment"]').inputValue()).toBe('half-typed note');
    await adminDialog.getByRole('button', { name: 'Cancel' }).click();
    await adminDialog.waitFor({ state: 'hidden' });

    // both open the editor on version 1; admin types without saving, rita saves first
    const adminItem = admin.getByTestId('annotation').filter({ hasText: '91' });
    await adminItem.getByRole('button', { name: 'Edit' }).click();
    await adminItem.locator('textarea').fill('admin: ask the FR desk');
    await rita.getByRole('tab', { name: /^Annotations/ }).click();
    const ritaItem = rita.getByTestId('annotation').filter({ hasText: '91' });
    await ritaItem.getByRole('button', { name: 'Edit' }).click();
    await ritaItem.locator('textarea').fill('rita: the EN text is right, 19 days');
    await ritaItem.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await f.service.annotation(saved!.id))?.version).toBe(2);

    // admin's app learns of it, but keeps the draft in the open editor
    await expect.poll(() => admin.textContent('[data-testid="team-notice"]'), { timeout: 6000 }).toMatch(/rita changed an annotation/);
    await expect.poll(() => admin.getByTestId('annotation-changed-meanwhile').textContent()).toContain('rita: the EN text is right, 19 days');
    expect(await adminItem.locator('textarea').inputValue()).toBe('admin: ask the FR desk');

    // admin saves over version 1: refused, with the server's message and the current text; the draft stays
    await adminItem.getByRole('button', { name: 'Save' }).click();
    const conflict = admin.getByTestId('annotation-conflict');
    await expect.poll(() => conflict.textContent()).toMatch(/now at version 2, last changed by rita; you edited version 1\. Your change was not saved/);
    expect(await conflict.textContent()).toContain('Current text: “rita: the EN text is right, 19 days”');
    expect(await adminItem.locator('textarea').inputValue()).toBe('admin: ask the FR desk');
    expect((await f.service.annotation(saved!.id))?.comment).toBe('rita: the EN text is right, 19 days');

    // having seen rita's text, admin saves again: now on version 2, it goes through and rita sees it live
    await adminItem.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await f.service.annotation(saved!.id))?.comment).toBe('admin: ask the FR desk');
    expect((await f.service.annotation(saved!.id))?.version).toBe(3);
    await expect.poll(() => ritaItem.textContent(), { timeout: 6000 }).toContain('admin: ask the FR desk');
    expect(await notReloaded(rita)).toBe(true);
    const log = (await f.service.activity(20)).filter((e) => e.targetId === saved!.id).map((e) => `${e.username} ${e.action}`);
    expect(log.reverse()).toEqual(['rita annotation.create', 'rita annotation.update', 'admin annotation.update']);

    // a delete at a stale version is refused too: rita's feed is held up (as on a slow network) while admin
    // changes the status, so her app still shows version 3 when she deletes
    await rita.route('**/api/team/changes*', (r) => r.abort());
    await adminItem.getByRole('button', { name: 'Edit' }).click();
    await adminItem.locator('select[aria-label="Status"]').selectOption('resolved');
    await adminItem.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await f.service.annotation(saved!.id))?.version).toBe(4);
    await ritaItem.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rita.getByTestId('annotation-conflict').textContent()).toMatch(/now at version 4, last changed by admin; you edited version 3/);
    expect((await f.service.annotation(saved!.id))?.status).toBe('resolved');
    await rita.unroute('**/api/team/changes*');
  }, 120_000);

  it('a finding accepted as an annotation by one user appears as such for the other, without a reload', async () => {
    const days = (await f.service.findings()).find((x) => x.type === 'number' && x.row === 'recital:2');
    expect(days, '19 vs 91 days is a number finding').toBeDefined();
    const rita = await openApp('rita');
    const admin = await openApp('admin');
    const before = (await f.service.annotations()).length;
    const openNumber = (p: Page) => p.locator('[data-testid="finding"][data-type="number"]').filter({ hasText: 'recital:2' });
    await expect.poll(() => openNumber(admin).count()).toBe(1);
    // the findings tab opens first; rita accepts the finding
    await openNumber(rita).getByRole('button', { name: 'Accept as annotation' }).click();
    await expect.poll(async () => (await f.service.findings()).find((x) => x.id === days!.id)?.review).toBe('annotated');
    const made = (await f.service.annotations()).find((a) => a.findingId === days!.id);
    expect(made).toMatchObject({ author: 'rita', category: 'number' });
    expect(made!.spans.map((s) => s.rowKey)).toEqual(days!.spans.map(() => 'recital:2'));
    // admin's open findings lose it and his annotations gain it, live
    await expect.poll(() => openNumber(admin).count(), { timeout: 6000 }).toBe(0);
    await expect.poll(() => admin.textContent('[data-testid="team-notice"]')).toMatch(/rita added an annotation \(number on en recital:2, fr recital:2: .*\(from a finding\)\)/);
    await admin.getByRole('tab', { name: /^Annotations/ }).click();
    await expect.poll(() => admin.getByTestId('annotation').count()).toBe(before + 1);
    expect(await notReloaded(admin)).toBe(true);
  }, 60_000);
});
