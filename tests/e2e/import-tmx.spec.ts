// Importing a translation memory through the Import dialog: the TMX's languages are listed, all are imported
// together, and the grid gains a column per language.
import { expect, test } from '@playwright/test';
import { alignDocuments } from '../../core/align/index.js';
import { tmxToString } from '../../core/export/tmx.js';
import { parseDocument } from '../../core/index.js';
import type { LangCode } from '../../core/index.js';
import { scaleDocument } from '../../scripts/lib/scale-corpus.js';
import { api } from './pages/api.js';
import { ConcordiaPage } from './pages/concordia-page.js';

const TMX_LANGS: readonly LangCode[] = ['es', 'pt'];

// The other specs expect the six corpus versions: take the imported ones out again.
test.afterAll(async () => {
  const docs = await api<{ id: string; lang: string }[]>('documents:list', {});
  for (const d of docs.filter((x) => (TMX_LANGS as readonly string[]).includes(x.lang))) await api('documents:remove', { id: d.id });
});

test('imports every language of a TMX from the Import dialog', async ({ page }) => {
  const docs = await Promise.all(TMX_LANGS.map((l) => parseDocument(new TextEncoder().encode(scaleDocument(l, { paragraphs: 6 })), { lang: l })));
  const tmx = tmxToString(alignDocuments(docs), docs, { level: 'unit' });

  const app = new ConcordiaPage(page);
  await app.open();
  await app.setUiLanguage('en');
  await expect(app.columnHeaders).toHaveCount(6);
  await page.getByRole('button', { name: /^Import/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Choose files').setInputFiles({ name: 'memory.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx, 'utf8') });
  await expect(dialog).toContainText('TMX, languages: ES, PT');
  await expect(dialog.getByLabel('Language').first()).toHaveValue('*');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.columnHeaders).toHaveCount(8, { timeout: 20_000 });
  const langs = await app.columnHeaders.evaluateAll((els) => els.map((e) => e.getAttribute('data-lang')));
  expect(langs).toEqual(expect.arrayContaining(['es', 'pt']));
});
