import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ConcordiaPage } from './pages/concordia-page.js';

// Automated WCAG 2.1 A/AA audit with axe-core (contrast, roles, names, labels) of the main screen, each side
// panel and a dialog. Serious and critical violations fail the test; the report lists every rule that fired.
const audit = async (page: Page, what: string) => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // The audit really ran: axe reports the rules the page passed as well.
  expect(result.passes.length, `${what}: axe checked nothing`).toBeGreaterThan(10);
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${what}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  expect(summary, summary.join('\n')).toEqual([]);
};

test('the aligned view, its panels and a dialog pass an automated WCAG 2.1 AA audit', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.setUiLanguage('en');
  await audit(page, 'aligned view with findings');
  for (const tab of ['Annotations', 'Names', 'Compare', 'Alignment']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).first().click();
    await audit(page, `${tab} panel`);
  }
  await page.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit(page, 'export dialog');
});
