// The export dialog writes XLIFF for one pair: the pivot against the target chosen in the dialog (issue #14).
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { readXliff } from '../../core/parsers/xliff.js';
import { ConcordiaPage } from './pages/concordia-page.js';

for (const [label, version] of [
  [/XLIFF 2\.1/, '2.1'],
  [/XLIFF 1\.2/, '1.2'],
] as const) {
  test(`exports XLIFF ${version} for the pivot and the chosen target`, async ({ page }) => {
    const app = new ConcordiaPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: label }).check();
    // One pair: a single target choice replaces the language checkboxes.
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await dialog.getByRole('radio', { name: 'EL', exact: true }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`-ro-el-xliff${version === '1.2' ? '12' : '21'}-.*\\.xlf$`));
    mkdirSync('artifacts/e2e', { recursive: true });
    const path = `artifacts/e2e/export-${version}.xlf`;
    await download.saveAs(path);
    const x = readXliff(new Uint8Array(readFileSync(path)));
    expect(x.version).toBe(version);
    expect(x.documents.map((d) => d.lang)).toEqual(['ro', 'el']);
    expect(x.grid.rows.length).toBeGreaterThan(50);
    expect(x.documents[1].units.map((u) => u.text).join(' ')).toContain('Καζαχστάν');
  });
}
