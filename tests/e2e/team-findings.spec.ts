// The team page at / turns a finding into an annotation, as the app at /app/ does: with the annotation roles
// (read-only users and translators outside the finding's languages get no button), from the keyboard, in the
// browser's language, against the review version the page showed — a stale page gets the server's 409 message
// naming who annotated it first and the refreshed finding — and other users' pages show the change without a
// reload. Its own team server over a fresh database on the PostgreSQL server the team tests use
// (CONCORDIA_TEST_PG; `.ci/run` starts it with scripts/team/start-test-postgres.sh), not the suite's browser-mode server.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import type { TeamFinding } from '../../electron/main/team/team-service.js';
import { PG_UNAVAILABLE } from '../team/support/pg.js';
import { PASSWORD, startTeamFixture } from '../team/support/team-server.js';
import type { TeamFixture } from '../team/support/team-server.js';

const STATIC = join(import.meta.dirname, '..', '..', 'electron', 'main', 'team', 'static');

test.describe('team page: finding → annotation', () => {
  test.skip(PG_UNAVAILABLE !== null, `team page findings: ${PG_UNAVAILABLE}`);
  let f: TeamFixture;
  /** 19 days (EN) against 91 (FR) in recital B.: a number finding with spans in both versions. */
  let days: TeamFinding;

  test.beforeAll(async () => {
    // tina translates both fixture languages, so she may annotate a finding touching EN and FR.
    f = await startTeamFixture({ staticDir: STATIC }, ['tina']);
    days = (await f.service.findings()).find((x) => x.type === 'number' && x.row === 'recital:2')!;
  });
  test.afterAll(async () => {
    await f?.stop();
  });

  async function signIn(browser: Browser, username: string, locale = 'en-GB'): Promise<Page> {
    const page = await (await browser.newContext({ locale })).newPage();
    await page.goto(`${f.url}/`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('#work:not([hidden])');
    return page;
  }

  const findingRow = (page: Page) => page.locator(`#findings tr[data-id="${days.id}"]`);

  test('accepts a finding as an annotation from the keyboard; a stale page is told who did it first', async ({ browser }) => {
    expect(days, 'the fixture has the 19/91 days number finding').toBeDefined();
    expect(days.review).toBe('open');

    // read-only: the findings are listed, with their message, but nothing can be accepted
    const otto = await signIn(browser, 'otto');
    await expect(findingRow(otto)).toContainText('The number 19 in EN is 91 in FR.');
    await expect(findingRow(otto)).toContainText('recital:2 (en, fr)');
    await expect(otto.locator('#findings tr')).toHaveCount((await f.service.findings()).length);
    expect(await otto.locator('#findings button').count()).toBe(0);

    // a French-only translator may not annotate a finding that touches English: no button for it
    const fred = await signIn(browser, 'fred', 'de-DE');
    await expect(findingRow(fred)).toContainText('Offen');
    expect(await fred.textContent('#findings-title')).toMatch(/^Befunde/);
    expect(await findingRow(fred).locator('button').count()).toBe(0);

    // rita (reviser) loads the page with the finding open, then hears nothing more (her feed is cut off)
    const rita = await signIn(browser, 'rita');
    await expect(findingRow(rita).locator('button')).toHaveText('Accept as annotation');
    await rita.route('**/api/team/changes*', (route) => route.abort());

    // tina (EN and FR), with a French browser, reaches the button with Tab and presses Enter
    const tina = await signIn(browser, 'tina', 'fr-FR');
    const accept = findingRow(tina).locator('button');
    await expect(accept).toHaveText('Accepter comme annotation');
    let reached = false;
    for (let i = 0; i < 100 && !reached; i++) {
      await tina.keyboard.press('Tab');
      reached = await accept.evaluate((b) => b === document.activeElement);
    }
    expect(reached, 'Tab reaches the accept button').toBe(true);
    await tina.keyboard.press('Enter');
    await expect(findingRow(tina)).toContainText('Annoté · tina');
    await expect(findingRow(tina).locator('button')).toHaveCount(0);
    // the keyboard focus stays on the finding's row, and the new annotation is listed
    await expect.poll(() => tina.evaluate((id) => document.activeElement?.getAttribute('data-id') === id, days.id)).toBe(true);
    const stored = (await f.service.annotations()).filter((a) => a.findingId === days.id);
    expect(stored.map((a) => [a.author, a.category, a.version])).toEqual([['tina', 'number', 1]]);
    await expect(tina.locator(`#annotations tr[data-id="${stored[0].id}"]`)).toContainText('en recital:2, fr recital:2');
    await expect(tina.locator('#status')).toHaveText('');

    // rita's page still shows it open; her accept is refused with the server's message, and the row is refreshed
    await findingRow(rita).locator('button').click();
    await expect(rita.locator('#status')).toHaveText(
      `the review of finding ${days.id} is now at version 1, last changed by tina; you edited version (none). Your change was not saved: the current version is attached — reload it and apply your change again.`,
    );
    await expect(findingRow(rita)).toContainText('Annotated · tina');
    await expect(findingRow(rita)).toHaveClass(/changed/);
    await expect(findingRow(rita).locator('button')).toHaveCount(0);
    await expect(rita.locator(`#annotations tr[data-id="${stored[0].id}"]`)).toHaveCount(1);
    expect((await f.service.annotations()).filter((a) => a.findingId === days.id)).toHaveLength(1);

    // otto's page, polling, shows the finding annotated and the new annotation without a reload
    await expect(findingRow(otto)).toContainText('Annotated · tina', { timeout: 6000 });
    await expect(otto.locator(`#annotations tr[data-id="${stored[0].id}"]`)).toHaveCount(1, { timeout: 6000 });

    // deleting the annotation re-opens the finding: rita (feed back on) gets the button again and can accept it
    await rita.unroute('**/api/team/changes*');
    await tina.locator(`#annotations tr[data-id="${stored[0].id}"] button`, { hasText: 'Supprimer' }).click();
    await expect(findingRow(rita).locator('button')).toHaveText('Accept as annotation', { timeout: 6000 });
    await findingRow(rita).locator('button').click();
    await expect(findingRow(rita)).toContainText('Annotated · rita');
    await expect(rita.locator('#status')).toHaveText('');
    expect((await f.service.findings()).find((x) => x.id === days.id)).toMatchObject({ review: 'annotated', reviewedBy: 'rita', reviewVersion: 2 });
  });
});
