// Page object for the Concordia window (browser mode): what the specs do, in the user's words.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { selectTextIn } from './select-text.js';

export class ConcordiaPage {
  readonly grid: Locator;
  readonly columnHeaders: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('aligned-grid');
    this.columnHeaders = page.getByTestId('column-header');
    this.rows = page.getByTestId('grid-row');
  }

  async open(): Promise<void> {
    const url = process.env.CONCORDIA_E2E_URL;
    if (!url) throw new Error('CONCORDIA_E2E_URL is not set: run through playwright.config.ts (global setup)');
    await this.page.goto(url);
    await this.waitForGrid();
  }

  async waitForGrid(): Promise<void> {
    await expect(this.grid).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForGrid();
  }

  cell(rowKey: string, lang: string): Locator {
    return this.page.locator(`[data-testid="grid-row"][data-row-key="${rowKey}"] [role="gridcell"][data-lang="${lang}"]`);
  }

  /** Selects the first occurrence of `text` inside a cell, as a user dragging over the words would. */
  async selectWords(rowKey: string, lang: string, text: string): Promise<void> {
    await this.selectIn(this.cell(rowKey, lang), text, `${rowKey}/${lang}`);
  }

  /** Selects the first occurrence of `text` in any text segment of `cell` (a unit cell has one, a sentence cell several). */
  async selectIn(cell: Locator, text: string, where = 'the cell'): Promise<void> {
    const found = await selectTextIn(cell, text);
    expect(found, `"${text}" in ${where}`).toBe(true);
  }

  async openTab(name: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async setUiLanguage(code: string): Promise<void> {
    await this.page.getByTestId('ui-language').selectOption(code);
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync('artifacts/screenshots', { recursive: true });
    await this.page.screenshot({ path: `artifacts/screenshots/${name}.png` });
  }
}
