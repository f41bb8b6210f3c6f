import { expect, test } from '@playwright/test';
import { ConcordiaPage } from './pages/concordia-page.js';

test('switches the interface to Romanian and keeps it after a reload', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.setUiLanguage('ro');
  await expect(page.getByRole('button', { name: 'Importă…' })).toBeVisible();
  await expect(app.columnHeaders.filter({ hasText: 'neoficial' })).toHaveCount(5);
  await expect(page.getByRole('tab', { name: /^Constatări/ })).toBeVisible();
  await app.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page.getByRole('button', { name: 'Exportă…' })).toBeVisible();
  await app.screenshot('ui-romanian');
  await app.setUiLanguage('en');
  await expect(page.getByRole('button', { name: 'Import…' })).toBeVisible();
});
