import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { ConcordiaPage } from './pages/concordia-page.js';
import { dictdFixture } from '../fixtures/align/dictd.js';

// A word list in hunalign's format ("target @ source") whose name gives no languages: the dialog must ask for them.
const GLOSSARY = ['# Romanian @ English', 'parlamentul @ parliament', 'rezoluția @ resolution', 'protestele @ protests', 'guvernul @ government', ''].join('\n');

test('adds a word-list dictionary from the keyboard, lists it, shows it in the sentence view, and removes it', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();

  // Reachable by keyboard: focus the toolbar button and press Enter.
  const open = page.getByRole('button', { name: 'Dictionaries…' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('dictionary-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('dictionary-none')).toBeVisible();

  await dialog.getByLabel('Choose dictionary files').setInputFiles({ name: 'glossary.txt', mimeType: 'text/plain', buffer: Buffer.from(GLOSSARY, 'utf8') });
  await expect(dialog.getByTestId('dictionary-langs-hint')).toContainText('does not say which languages');
  const add = dialog.getByRole('button', { name: 'Add', exact: true });
  await expect(add).toBeDisabled();
  await dialog.getByTestId('dictionary-from').selectOption('en');
  await expect(add).toBeDisabled();
  await dialog.getByTestId('dictionary-to').selectOption('ro');
  await add.click();

  const row = dialog.locator('[data-testid="dictionary-row"][data-name="glossary.txt"]');
  await expect(row).toBeVisible();
  await expect(row).toContainText('EN → RO');
  await expect(row).toContainText('4 word pairs');
  await expect(page.getByRole('status')).toContainText('Dictionary glossary.txt added (4 word pairs).');
  await app.screenshot('dictionary-dialog');
  // The dialog with a listed dictionary passes the WCAG 2.1 AA audit the other dialogs get (accessibility.spec.ts).
  const axe = await new AxeBuilder({ page }).include('[data-testid="dictionary-dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.passes.length, 'axe checked nothing').toBeGreaterThan(5);
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  expect(bad, bad.join('\n')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The sentence view says which dictionaries its alignment used (the core vocabulary, on by default, first); the
  // unit view says nothing.
  await expect(page.getByTestId('dictionaries-in-use')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Sentences' }).click();
  await expect(page.getByTestId('dictionaries-in-use')).toHaveText('Dictionaries: core vocabulary, glossary.txt (EN → RO)');

  // Leave the shared end-to-end project as it was: remove the dictionary again.
  await page.getByRole('button', { name: 'Dictionaries…' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Remove glossary.txt' }).click();
  await expect(dialog.getByTestId('dictionary-none')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dictionaries-in-use')).toHaveText('Dictionaries: core vocabulary');
  await page.getByRole('radio', { name: 'Units' }).click();
  await expect(page.getByTestId('dictionaries-in-use')).toHaveCount(0);
});

test('turns the core vocabulary off and on again from the keyboard, and the status bar follows', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  await page.getByRole('radio', { name: 'Sentences' }).click();
  const inUse = page.getByTestId('dictionaries-in-use');
  await expect(inUse).toHaveText('Dictionaries: core vocabulary');
  await expect(inUse).toHaveAttribute('title', 'The sentence alignment of this grid used these dictionaries');

  const dialog = page.getByTestId('dictionary-dialog');
  const box = dialog.getByRole('checkbox', { name: /^Core vocabulary \(1\s500 everyday and EU words in the 24 languages, written for Concordia\)$/ });
  /** Opens the dialog and reaches the checkbox with keys alone: Enter on the toolbar button, Shift+Tab from the file field. */
  const reachBox = async () => {
    await page.getByRole('button', { name: 'Dictionaries…' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(box).toBeEnabled(); // the setting has been read
    await expect(dialog.getByLabel('Choose dictionary files')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(box).toBeFocused();
    await expect(box).toHaveAccessibleDescription('Used at the sentence level for every language pair, alongside the dictionaries listed below.');
  };

  await reachBox();
  await expect(box).toBeChecked();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Core vocabulary turned off; the sentences are aligned again.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The sentences were aligned without it: the status bar no longer names it (the project has no dictionary).
  await expect(inUse).toHaveCount(0);

  // Kept in the project: after a reload (which opens the unit view) the sentences are still aligned without it.
  await app.reload();
  await page.getByRole('radio', { name: 'Sentences' }).click();
  await expect(page.getByRole('radio', { name: 'Sentences' })).toHaveAttribute('aria-checked', 'true');
  // Rows with a bead exist only in the sentence grid: it has arrived, and its line names no vocabulary.
  await expect(page.locator('[data-testid="grid-row"][data-bead]').first()).toBeVisible();
  await expect(inUse).toHaveCount(0);

  await reachBox();
  await expect(box).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Core vocabulary turned on; the sentences are aligned again.');
  await page.keyboard.press('Escape');
  await expect(inUse).toHaveText('Dictionaries: core vocabulary');

  // Leave the shared end-to-end project as the other specs expect it: the vocabulary on, the unit view.
  await page.getByRole('radio', { name: 'Units' }).click();
  await expect(inUse).toHaveCount(0);
});

/** A dictd dictionary (index text, dictzip data) of made-up articles: headword line, translation, gloss. */
function dictd(articles: readonly [string, string][]): { index: string; data: Buffer } {
  const { index, data } = dictdFixture(articles);
  return { index, data: gzipSync(data) };
}

test('adds a dictd dictionary whose two files are picked one after the other, its languages from the name', async ({ page }) => {
  const app = new ConcordiaPage(page);
  await app.open();
  const { index, data } = dictd([
    ['guvernul', 'guvernul /x/ <n>\ngovernment\ncei care conduc statul\n'],
    ['protestele', 'protestele /x/ <n, pl>\nprotests\nmanifestații publice\n'],
  ]);
  await page.getByRole('button', { name: 'Dictionaries…' }).click();
  const dialog = page.getByTestId('dictionary-dialog');
  const choose = dialog.getByLabel('Choose dictionary files');
  await choose.setInputFiles({ name: 'freedict-ron-eng.index', mimeType: 'text/plain', buffer: Buffer.from(index, 'utf8') });
  await choose.setInputFiles({ name: 'freedict-ron-eng.dict.dz', mimeType: 'application/gzip', buffer: data });
  await expect(dialog.getByTestId('dictionary-chosen')).toHaveText('Chosen: freedict-ron-eng.index, freedict-ron-eng.dict.dz');
  await expect(dialog.getByTestId('dictionary-langs-hint')).toContainText('gives the languages RO → EN');
  await expect(dialog.getByTestId('dictionary-from')).toHaveValue('ro');
  await expect(dialog.getByTestId('dictionary-to')).toHaveValue('en');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const row = dialog.locator('[data-testid="dictionary-row"][data-name="freedict-ron-eng.index"]');
  await expect(row).toContainText('dictd dictionary');
  await expect(row).toContainText('RO → EN');
  await expect(row).toContainText('2 word pairs');
  await row.getByRole('button', { name: 'Remove freedict-ron-eng.index' }).click();
  await expect(dialog.getByTestId('dictionary-none')).toBeVisible();
});
