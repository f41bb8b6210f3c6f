import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { api } from './pages/api.js';
import { ConcordiaPage } from './pages/concordia-page.js';

// Recital C says twice where the events happened; its second clause names the 2011 massacre. Annotating the name in
// that clause's sentence cells must land on the second occurrence in the unit, not the first.
const ROW = 'recital:3';
const BEAD = 2;
const WORDS = { ro: 'Janaozen', en: 'Zhanaozen' } as const;
const CONTEXT = { ro: 'masacrului de la ', en: 'the 2011 ' } as const;
const COMMENT = 'Sentence view: the 2011 massacre place name, RO and EN spellings.';

interface Span { docId: string; rowKey: string; unitId: string; start: number; end: number; quote: string; lang: string }
interface AnnotationView { id: string; comment: string; spans: Span[] }
interface GridView { grid: { documents: { lang: string }[]; rows: { key: string; cells: { id: string; text: string }[][] }[] } }

function beadCell(page: Page, lang: string, bead = BEAD): Locator {
  return page.locator(`[data-testid="grid-row"][data-row-key="${ROW}"][data-bead="${bead}"] [role="gridcell"][data-lang="${lang}"]`);
}

/**
 * Scrolls the (virtualised) grid down until `row` is rendered, then brings it on screen; starts over from the top if
 * it reaches the bottom first (the grid may have been replaced while scrolling).
 */
async function scrollTo(app: ConcordiaPage, row: Locator): Promise<void> {
  await app.grid.evaluate((el) => el.scrollTo(0, 0));
  await expect(async () => {
    if ((await row.count()) === 0) {
      await app.grid.evaluate((el) => (el.scrollTop >= el.scrollHeight - el.clientHeight - 1 ? el.scrollTo(0, 0) : el.scrollBy(0, 300)));
      throw new Error('row not rendered yet');
    }
    await row.first().scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(row.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000 });
}


/** Offsets (in the unit text shown by the cell) and words of every annotation highlight in a unit-level cell. */
async function annotationMarks(cell: Locator): Promise<{ start: number; text: string }[]> {
  return cell.locator('.seg-text').first().evaluate((seg) => {
    const out: { start: number; text: string }[] = [];
    let pos = 0;
    const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data;
      const mark = n.parentElement?.closest('mark');
      if (mark?.classList.contains('hl-annotation')) {
        const prev = out[out.length - 1];
        if (prev && prev.start + prev.text.length === pos) prev.text += text;
        else out.push({ start: pos, text });
      }
      pos += text.length;
    }
    return out;
  });
}

async function mine(): Promise<AnnotationView[]> {
  return (await api<AnnotationView[]>('annotations:list', {})).filter((a) => a.comment === COMMENT);
}

test.beforeAll(async () => {
  for (const a of await mine()) await api('annotations:delete', { id: a.id });
});

test.afterAll(async () => {
  for (const a of await mine()) await api('annotations:delete', { id: a.id });
});

test('annotates a name in the sentence cells of one bead and finds it at the same words in the unit view', async ({ page }) => {
  // Where the words are in each unit: after the context that only the second clause has.
  const { grid } = await api<GridView>('alignment:get-grid', { level: 'unit' });
  const unitRow = grid.rows.find((r) => r.key === ROW);
  expect(unitRow, ROW).toBeDefined();
  const expected = Object.fromEntries(
    (['ro', 'en'] as const).map((lang) => {
      const unit = unitRow?.cells[grid.documents.findIndex((d) => d.lang === lang)][0];
      const start = (unit?.text.indexOf(CONTEXT[lang] + WORDS[lang]) ?? -1) + CONTEXT[lang].length;
      expect(unit?.text.indexOf(WORDS[lang]), `${lang}: the name occurs earlier too`).toBeLessThan(start);
      return [lang, { unitId: unit?.id, start, end: start + WORDS[lang].length }];
    }),
  );

  const app = new ConcordiaPage(page);
  await app.open();
  await app.setUiLanguage('en');
  await page.getByRole('radio', { name: 'Sentences' }).click();
  await expect(page.getByRole('radio', { name: 'Sentences' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('[data-testid="grid-row"][data-bead]').first()).toBeVisible();
  const beadRow = page.locator(`[data-testid="grid-row"][data-row-key="${ROW}"][data-bead="${BEAD}"]`);
  await scrollTo(app, beadRow);

  // Sentence cells show the unit's highlights, cut to the sentence: the year in the first clause, the name here.
  await expect(beadCell(page, 'en', 1).locator('mark.hl-number, mark.hl-date').first()).toBeVisible();
  await expect(beadCell(page, 'en').locator('mark.hl-number, mark.hl-date').first()).toBeVisible();

  await app.selectIn(beadCell(page, 'ro'), WORDS.ro);
  await page.getByRole('button', { name: /^Add selection/ }).click();
  await expect(page.getByRole('button', { name: /^Add selection \(1\)/ })).toBeVisible();
  await app.selectIn(beadCell(page, 'en'), WORDS.en);
  await page.getByRole('button', { name: 'Annotate…' }).click();
  const dialog = page.getByTestId('annotation-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.span-list li')).toHaveCount(2);
  await dialog.locator('select[name="category"]').selectOption('transliteration');
  await dialog.locator('textarea[name="comment"]').fill(COMMENT);
  await dialog.getByRole('button', { name: 'Save annotation' }).click();
  await expect(dialog).toBeHidden();

  // Stored against the unit, at the second occurrence.
  const [saved] = await mine();
  expect(saved.spans).toHaveLength(2);
  for (const lang of ['ro', 'en'] as const) {
    const span = saved.spans.find((s) => s.lang === lang);
    expect(span, lang).toMatchObject({ rowKey: ROW, ...expected[lang], quote: WORDS[lang] });
  }

  // The sentence cells of this bead show it; the first clause, which names the town too, does not.
  for (const lang of ['ro', 'en'] as const) {
    await expect(beadCell(page, lang).locator('mark.hl-annotation')).toHaveText(WORDS[lang]);
    await expect(beadCell(page, lang, 1).locator('mark.hl-annotation')).toHaveCount(0);
  }

  const checkUnitView = async () => {
    await scrollTo(app, page.locator(`[data-testid="grid-row"][data-row-key="${ROW}"]`));
    for (const lang of ['ro', 'en'] as const) {
      await expect(app.cell(ROW, lang).locator('mark.hl-annotation').first()).toBeVisible();
      expect(await annotationMarks(app.cell(ROW, lang))).toEqual([{ start: expected[lang].start, text: WORDS[lang] }]);
    }
  };
  await page.getByRole('radio', { name: 'Units' }).click();
  await expect(page.getByRole('radio', { name: 'Units' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator(`[data-testid="grid-row"][data-bead]`)).toHaveCount(0);
  await checkUnitView();

  await app.reload();
  await checkUnitView();
  await app.openTab(/^Annotations/);
  await expect(page.getByTestId('annotation').filter({ hasText: COMMENT })).toHaveCount(1);
  await app.screenshot('sentence-annotation-after-reload');

  await api('annotations:delete', { id: saved.id });
  expect(await mine()).toEqual([]);
  await app.reload();
  await scrollTo(app, page.locator(`[data-testid="grid-row"][data-row-key="${ROW}"]`));
  await expect(app.cell(ROW, 'ro').locator('mark.hl-annotation')).toHaveCount(0);
});
