// "Get official versions…": the dialog fetches a language the corpus project lacks from the fixture stand-in for
// the EP (started by the global setup), shows progress and the outcome, and the grid gains the new column.
import { expect, test } from '@playwright/test';
import { api } from './pages/api.js';
import { ConcordiaPage } from './pages/concordia-page.js';
import { E2E_FETCH_LANG, E2E_FETCH_REF } from './global-setup-fetch.js';

// The other specs expect the six corpus versions: take the fetched one out again.
test.afterAll(async () => {
  const docs = await api<{ id: string; lang: string }[]>('documents:list', {});
  for (const d of docs.filter((x) => x.lang === E2E_FETCH_LANG)) await api('documents:remove', { id: d.id });
});

test('gets an official version the project lacks, with progress, outcome and the new grid column', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await expect(app.columnHeaders).toHaveCount(6);

  await page.getByRole('button', { name: 'Get official versions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Get official versions' });
  await expect(dialog).toBeVisible();
  const reference = dialog.getByRole('textbox', { name: 'Reference of the text' });
  await expect(reference).toBeFocused();
  await expect(dialog.getByText(/Accepted forms: P9_TA\(2022\)0012, TA-9-2022-0012, RC-B9-0065\/2022/)).toBeVisible();

  // 24 languages; those in the project start unchecked and are marked.
  const boxes = dialog.locator('.fetch-langs input[type="checkbox"]');
  await expect(boxes).toHaveCount(24);
  const box = (lang: string) => dialog.locator(`.fetch-langs label[data-lang="${lang}"] input`);
  for (const lang of ['ro', 'en', 'fr', 'de', 'el', 'bg']) {
    await expect(box(lang)).not.toBeChecked();
    await expect(dialog.locator(`.fetch-langs label[data-lang="${lang}"]`)).toContainText('in the project');
  }
  await expect(box('it')).toBeChecked();
  await expect(dialog.locator('.fetch-langs label[data-lang="it"]')).not.toContainText('in the project');
  await dialog.getByRole('button', { name: 'All', exact: true }).click();
  await expect(box('ro')).toBeChecked();
  await dialog.getByRole('button', { name: 'None', exact: true }).click();
  await expect(dialog.locator('.fetch-langs input:checked')).toHaveCount(0);
  const start = dialog.getByRole('button', { name: 'Start' });
  await expect(start).toBeDisabled();
  await box(E2E_FETCH_LANG).check();
  await reference.fill(E2E_FETCH_REF);
  await start.click();

  // Progress while the (deliberately slow) answer comes: the Italian row, announced in the live region.
  const live = dialog.getByRole('status');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(dialog.getByTestId('fetch-progress').locator('li[data-lang="it"]')).toContainText(/IT — (requesting|downloading|importing)/);
  await expect(live).toContainText('Downloading');
  await expect(dialog.getByRole('button', { name: 'Cancel download' })).toBeEnabled();

  // The outcome, then the grid reloads with the new column.
  const outcome = dialog.getByTestId('fetch-outcome').locator('li[data-lang="it"]');
  await expect(outcome).toHaveAttribute('data-status', 'imported');
  await expect(outcome).toContainText('IT — imported');
  await expect(live).toHaveText('Finished: 1 imported, 0 failed.');
  await expect(dialog.getByRole('heading', { name: `Outcome — ${E2E_FETCH_REF}` })).toBeVisible();
  await expect(app.columnHeaders).toHaveCount(7);
  await app.screenshot('fetch-dialog');

  // Asking again: already in the project, nothing downloaded.
  await start.click();
  await expect(outcome).toHaveAttribute('data-status', 'cached');
  await expect(outcome).toContainText('already in the project');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Get official versions…' })).toBeFocused();
  await expect(app.columnHeaders).toHaveCount(7);
  await expect(page.locator('[data-testid="column-header"][data-lang="it"]')).toBeVisible();
});

test('in French: a reference it cannot read and a language that does not exist are worded in French', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await app.setUiLanguage('fr');
  try {
    await page.getByRole('button', { name: 'Obtenir les versions officielles…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Obtenir les versions officielles' });
    const reference = dialog.getByRole('textbox', { name: 'Référence du texte' });
    await dialog.getByRole('button', { name: 'Aucune', exact: true }).click();
    // Irish: the stand-in has no version in it, in any format, on either site.
    await dialog.locator('.fetch-langs label[data-lang="ga"] input').check();

    await reference.fill('résolution du 20 janvier');
    await dialog.getByRole('button', { name: 'Démarrer' }).click();
    const error = dialog.getByTestId('fetch-error');
    await expect(error).toHaveAttribute('data-code', 'invalid-input');
    await expect(error).toContainText('« résolution du 20 janvier » n’est pas une référence connue de Concordia ; utilisez l’une des formes suivantes : P9_TA(2022)0012');

    await reference.fill(E2E_FETCH_REF);
    await dialog.getByRole('button', { name: 'Démarrer' }).click();
    const outcome = dialog.getByTestId('fetch-outcome').locator('li[data-lang="ga"]');
    await expect(outcome).toHaveAttribute('data-status', 'failed');
    await expect(outcome).toContainText(`GA — n’existe pas: cette version linguistique de ${E2E_FETCH_REF} n’existe pas (404 pour HTML, DOCX, PDF sur 127.0.0.1:`);
    await expect(error).toBeHidden();
    await page.keyboard.press('Escape');
  } finally {
    await app.setUiLanguage('en');
  }
});
