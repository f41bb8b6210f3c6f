import { expect, test } from '@playwright/test';
import { ConcordiaPage } from './pages/concordia-page.js';

test('annotates a name in two versions and finds it again after a reload', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.selectWords('title', 'ro', 'Kazahstan');
  await page.getByRole('button', { name: /^Add selection/ }).click();
  await app.selectWords('title', 'en', 'Kazakhstan');
  await page.getByRole('button', { name: 'Annotate…' }).click();
  const dialog = page.getByTestId('annotation-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.span-list li')).toHaveCount(2);
  await dialog.locator('select[name="category"]').selectOption('transliteration');
  await dialog.locator('textarea[name="comment"]').fill('Kazahstan (RO) and Kazakhstan (EN): same country, check both spellings.');
  await dialog.getByRole('button', { name: 'Save annotation' }).click();
  await expect(dialog).toBeHidden();

  await app.reload();
  await app.openTab(/^Annotations/);
  const annotation = page.getByTestId('annotation').filter({ hasText: 'same country' });
  await expect(annotation).toHaveCount(1);
  await expect(annotation.locator('[data-testid="annotation-span"][data-lang="ro"]')).toContainText('Kazahstan');
  await expect(annotation.locator('[data-testid="annotation-span"][data-lang="en"]')).toContainText('Kazakhstan');
  await expect(app.cell('title', 'ro').locator('mark.hl-annotation')).toHaveText('Kazahstan');
  await expect(app.cell('title', 'en').locator('mark.hl-annotation')).toHaveText('Kazakhstan');
  await app.screenshot('annotation-after-reload');
});
