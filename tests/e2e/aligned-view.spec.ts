import { expect, test } from '@playwright/test';
import { ConcordiaPage } from './pages/concordia-page.js';

test('opens the bundled corpus with six versions side by side, the official one marked', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.setUiLanguage('en');
  await expect(app.columnHeaders).toHaveCount(6);
  const langs = await app.columnHeaders.evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')));
  expect(langs).toEqual(['ro', 'en', 'fr', 'de', 'el', 'bg']);
  await expect(app.columnHeaders.filter({ hasText: 'official' }).filter({ hasNotText: 'unofficial' })).toHaveCount(1);
  await expect(app.columnHeaders.first()).toContainText('official');
  await expect(app.columnHeaders.filter({ hasText: 'unofficial' })).toHaveCount(5);

  // Every column is on screen at 1920 px: no version hides behind a horizontal scroll.
  const box = await app.grid.boundingBox();
  for (const header of await app.columnHeaders.all()) {
    const h = await header.boundingBox();
    expect(h && box && h.x + h.width <= box.x + box.width + 1).toBe(true);
  }

  // Recital A in each version's own lettering: A (Latin), Α (Greek), А (Cyrillic).
  const recital = page.locator('[data-testid="grid-row"][data-row-key="recital:1"]');
  await app.grid.evaluate((el) => el.scrollBy(0, 2500));
  await expect(recital).toBeVisible();
  await expect(app.cell('recital:1', 'el').locator('.seg-label')).toHaveText('Α.');
  await expect(app.cell('recital:1', 'bg').locator('.seg-label')).toHaveText('А.');
  await expect(app.cell('recital:1', 'ro').locator('.seg-label')).toHaveText('A.');
  await app.grid.evaluate((el) => el.scrollTo(0, 0));
  await expect(app.cell('title', 'el')).toContainText('Καζαχστάν');
  await expect(app.cell('title', 'bg')).toContainText('Казахстан');
  await app.screenshot('aligned-grid');
});

test('moves through the grid with the keyboard and shows the key reference', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.cell('title', 'ro').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute('data-lang', 'ro');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute('data-lang', 'en');
  await page.keyboard.press('?');
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('shows the aligned sentences at sentence level', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  const before = await page.getByTestId('grid-row').count();
  await page.getByRole('radio', { name: 'Sentences' }).click();
  await expect(page.locator('.row-bead').first()).toBeVisible();
  expect(await page.getByTestId('grid-row').count()).toBeGreaterThan(0);
  await page.getByRole('radio', { name: 'Units' }).click();
  await expect(page.locator('.row-bead')).toHaveCount(0);
  expect(before).toBeGreaterThan(5);
});
