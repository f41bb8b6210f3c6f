// The team page in a real Chromium, two users at once: both sign in, one saves an annotation, the other sees it
// within a few seconds without reloading, then saves over the stale row and is told, with the current row shown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LangCode } from '../../core/index.js';
import { anchorText } from '../../electron/main/services/anchors.js';
import { PG_UNAVAILABLE } from './support/pg.js';
import type { TeamFixture } from './support/team-server.js';
import { PASSWORD, signedIn, startTeamFixture } from './support/team-server.js';
import { ensureWebBuild, WEB_DIR } from '../../scripts/web.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = PG_UNAVAILABLE ?? (existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (Debian package chromium)`);

describe.skipIf(skip !== null)(`team page in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let f: TeamFixture;
  let browser: Browser;
  beforeAll(async () => {
    // The app at /app/ is the browser-mode renderer build; build it when this checkout has none yet.
    await ensureWebBuild();
    f = await startTeamFixture({ staticDir: join(import.meta.dirname, '..', '..', 'electron', 'main', 'team', 'static'), webDir: WEB_DIR });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await f?.stop();
  });

  async function signIn(username: string, locale = 'en-GB'): Promise<Page> {
    const page = await (await browser.newContext({ locale })).newPage();
    await page.goto(`${f.url}/`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('#work:not([hidden])');
    return page;
  }

  it('shows another user’s change live and refuses a stale save with a clear message', async () => {
    const text = f.fr.parsed.units.find((u) => u.id === 'recital:2')!.text;
    const start = text.indexOf('91');
    await f.store.putAnnotation(
      {
        id: 'a-1' as never,
        category: 'number',
        status: 'open',
        comment: 'check the number of days',
        author: 'rita',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        findingId: null,
        spans: [{ id: 's-1', docId: f.fr.id as never, lang: 'fr' as LangCode, rowKey: 'recital:2', unitId: 'recital:2', start, end: start + 2, state: 'attached', ...anchorText(text, start, start + 2) }],
      },
      'rita',
    );
    const rita = await signIn('rita');
    const fred = await signIn('fred', 'de-DE');
    await expect.poll(() => fred.locator('#annotations tr').count()).toBe(1);
    expect(await rita.textContent('#who-name')).toBe('rita (reviser)');
    // the page speaks the browser's language among the app's four
    expect(await fred.textContent('#annotations-title')).toMatch(/^Anmerkungen/);
    expect(await fred.textContent('#annotations tr button')).toBe('Speichern');
    expect(await fred.getAttribute('html', 'lang')).toBe('de');

    // rita saves; fred's page shows it within a few seconds, without a reload
    await rita.fill('#annotations tr input[type=text]', 'FR has 91, EN 19: ask the FR desk');
    await rita.click('#annotations tr button');
    await expect.poll(() => rita.textContent('#annotations tr'), { timeout: 5000 }).toContain('v2 · rita');
    const t0 = Date.now();
    await expect.poll(() => fred.inputValue('#annotations tr input[type=text]'), { timeout: 6000 }).toBe('FR has 91, EN 19: ask the FR desk');
    expect(Date.now() - t0).toBeLessThan(6000);
    await expect.poll(() => fred.textContent('#activity'), { timeout: 6000 }).toContain('rita: changed status open, comment (version 2)');

    // rita saves again; fred, still on version 2 in an edited field, saves over it and is told
    await fred.fill('#annotations tr input[type=text]', 'fred was here');
    await rita.fill('#annotations tr input[type=text]', 'settled: 19 days');
    await rita.click('#annotations tr button');
    await expect.poll(() => rita.textContent('#annotations tr')).toContain('v3 · rita');
    // fred's page learns of it, but keeps what he typed
    await expect.poll(() => fred.textContent('#activity'), { timeout: 6000 }).toContain('(version 3)');
    expect(await fred.inputValue('#annotations tr input[type=text]')).toBe('fred was here');
    await fred.click('#annotations tr button');
    await expect.poll(() => fred.textContent('#status')).toMatch(/now at version 3, last changed by rita; you edited version 2\. Your change was not saved/);
    expect(await fred.inputValue('#annotations tr input[type=text]')).toBe('settled: 19 days');
    expect((await f.service.annotation('a-1'))?.comment).toBe('settled: 19 days');

    // fred now holds the current row (v3): his delete goes through, and rita's page drops the row by itself
    await fred.click('#annotations tr button:has-text("Löschen")');
    await expect.poll(() => fred.locator('#annotations tr').count()).toBe(0);
    expect(await f.service.annotation('a-1')).toBeUndefined();
    await expect.poll(() => rita.locator('#annotations tr').count(), { timeout: 6000 }).toBe(0);
  }, 60_000);

  it('opens the app’s aligned grid over the team database from the team page; its API needs the session and its token', async () => {
    const otto = await signIn('otto');
    const href = await otto.getAttribute('#open-app', 'href');
    expect(href).toMatch(/^\/app\/#token=[\w-]{32}$/);
    await otto.click('#open-app');
    await otto.waitForURL(/\/app\//);
    // the French recital B. is in the grid, next to the English one
    await expect.poll(() => otto.locator('text=ont interrompu le trafic').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await otto.locator('text=halted barge traffic').count()).toBeGreaterThan(0);

    const c = await signedIn(f.url, 'otto');
    const post = (headers: Record<string, string>) =>
      fetch(`${f.url}/api/alignment:get-grid`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"level":"unit"}' });
    expect((await post({ cookie: c.cookie! })).status).toBe(403);
    expect((await post({ authorization: `Bearer ${c.csrf}` })).status).toBe(401);
    const ok = await post({ cookie: c.cookie!, authorization: `Bearer ${c.csrf}` });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { value: { docIds: string[] } }).value.docIds).toEqual([f.en.id, f.fr.id]);
  }, 120_000);
});
