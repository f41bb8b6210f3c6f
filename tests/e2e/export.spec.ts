import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ConcordiaPage } from './pages/concordia-page.js';

test('exports TMX with every version and a valid structure', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /TMX/ }).check();
  await app.screenshot('export-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);
  mkdirSync('artifacts/e2e', { recursive: true });
  const path = 'artifacts/e2e/export.tmx';
  await download.saveAs(path);
  const xml = readFileSync(path, 'utf8');
  expect(xml).toContain('<tmx version="1.4"');
  const tus = xml.match(/<tu[\s>]/g) ?? [];
  expect(tus.length).toBeGreaterThan(50);
  for (const lang of ['ro', 'en', 'fr', 'de', 'el', 'bg']) expect(xml).toMatch(new RegExp(`xml:lang="${lang}(-[A-Z]{2})?"`));
  expect(xml).toContain('Kazahstan');
  expect(xml).toContain('Καζαχστάν');
  // xmllint (Debian libxml2-utils) must read it as well-formed XML.
  execFileSync('xmllint', ['--noout', path]);
});
