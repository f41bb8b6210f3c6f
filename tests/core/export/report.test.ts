import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/index.js';
import { markRanges, renderReport } from '../../../core/export/report.js';
import type { ExportAnnotation } from '../../../core/export/types.js';
import { gridById, loadCorpus } from './grid-helper.js';

const ARTIFACTS = join(import.meta.dirname, '../../../artifacts');

describe('review report', async () => {
  const docs = await loadCorpus();
  const grid = gridById(docs, 'unit');
  const row = grid.rows.find((r) => r.key === 'para:1')!;
  const roText = row.cells[0][0].text;
  const enText = row.cells[1][0].text;
  const firstWord = (t: string) => /\p{L}+/u.exec(t)!;
  const ro = firstWord(roText);
  const en = firstWord(enText);
  const findings: Finding[] = [
    {
      id: 'f1',
      type: 'number',
      severity: 'error',
      row: 'para:1',
      langs: ['ro', 'en'],
      message: { key: 'finding.number', params: { ro: '<1>', en: '2 & 3' } },
      spans: [
        { lang: 'ro', doc: 0, unit: 'para:1', start: ro.index, end: ro.index + ro[0].length, text: ro[0] },
        { lang: 'en', doc: 1, unit: 'para:1', start: en.index, end: en.index + en[0].length, text: en[0] },
      ],
    },
    { id: 'f2', type: 'structure', severity: 'info', row: 'recital:2', langs: ['fr'], message: { key: 'finding.structure', params: {} }, spans: [] },
  ];
  const annotations: ExportAnnotation[] = [
    {
      id: 'a1',
      category: 'terminology',
      status: 'open',
      comment: 'Use the IATE term <script>alert(1)</script>',
      author: 'Reviser',
      spans: [{ rowKey: 'citation:2', unitId: 'citation:2', lang: 'de', start: 0, end: 10, quote: grid.rows.find((r) => r.key === 'citation:2')!.cells[3][0].text.slice(0, 10) }],
    },
  ];
  const html = renderReport(grid, docs, findings, annotations, { generatedAt: '2030-01-01' });

  it('marks the differing spans and escapes every text', () => {
    expect(html).toContain(`<mark class="error" title="finding.number (ro: &#60;1&#62;, en: 2 &#38; 3)">${ro[0]}</mark>`);
    expect(html).toContain(`>${en[0]}</mark>`);
    expect(html).toContain('<mark class="note"');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;');
  });
  it('lists only rows with findings or annotations, in grid order, with unofficial versions badged', () => {
    const sections = [...html.matchAll(/<section class="row" id="([^"]+)">/g)].map((m) => m[1]);
    expect(sections).toEqual(['citation:2', 'recital:2', 'para:1']);
    expect(html.match(/class="badge unofficial"/g)!.length).toBe(5 * (sections.length + 1));
    expect(html.match(/class="badge official"/g)!.length).toBe(sections.length + 1);
  });
  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/);
  });
  it('merges overlapping ranges', () => {
    expect(markRanges('abcdef', [{ start: 1, end: 4, cls: 'error', title: 'x' }, { start: 2, end: 5, cls: 'note', title: 'y' }])).toBe(
      'a<mark class="error" title="x">bcd</mark><mark class="note" title="y">e</mark>f',
    );
  });
  it.skipIf(!existsSync('/usr/bin/chromium'))('renders in chromium (artifacts/report.png, report.pdf)', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'report.html'), html);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(html);
      expect(requests).toEqual([]);
      expect(await page.locator('section.row').count()).toBe(3);
      expect(await page.locator('mark.error').count()).toBe(2);
      // Each version is a column of the same width: the table does not overflow the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(overflow).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      writeFileSync(join(ARTIFACTS, 'report.pdf'), pdf);
    } finally {
      await browser.close();
    }
  });
});
