import { expect, test } from '@playwright/test';
import { ConcordiaPage } from './pages/concordia-page.js';

test('filters the findings to names and jumps to a finding’s row', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.openTab(/^Findings/);
  const findings = page.getByTestId('finding');
  await expect(findings.first()).toBeVisible();
  const all = await findings.count();
  await page.getByTestId('findings-type').selectOption('names');
  await expect(findings.first()).toBeVisible();
  const types = await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-type') ?? ''));
  expect(types.length).toBeGreaterThan(0);
  expect(types.every((t) => t.startsWith('name-'))).toBe(true);
  expect(types.length).toBeLessThanOrEqual(all);

  await findings.first().locator('.finding-main').click();
  const row = (await findings.first().locator('.finding-row').textContent())?.trim() ?? '';
  await expect(page.locator(`[data-testid="grid-row"][data-row-key="${row}"]`)).toHaveClass(/active/);
  await app.screenshot('findings-names');
});
