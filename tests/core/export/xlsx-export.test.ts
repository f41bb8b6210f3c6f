import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../electron/main/services/xlsx-export.js';
import { EDGE_CASES, edgeGrid } from './fixture-grid.js';
import { gridById, loadCorpus } from './grid-helper.js';

const ARTIFACTS = join(import.meta.dirname, '../../../artifacts');

describe('XLSX export (read back with exceljs)', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const docs = await loadCorpus();
  const grid = gridById(docs, 'unit');

  it('one column per language, one row per aligned row, frozen wrapped header with unofficial marks', async () => {
    const path = join(ARTIFACTS, 'corpus.xlsx');
    const written = await writeXlsx(path, grid, docs, {
      findings: [{ id: 'f', type: 'date', severity: 'warning', row: 'para:2', langs: ['ro', 'fr'], message: { key: 'finding.date', params: { ro: '2021' } }, spans: [] }],
      annotations: [{ id: 'a', category: 'name', status: 'open', comment: 'check', author: 'T', spans: [{ rowKey: 'para:3', unitId: 'para:3', lang: 'bg', start: 0, end: 3, quote: 'abc' }] }],
    });
    expect(written).toBe(grid.rows.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Row',
      'Kind',
      'RO — ro.txt (official)',
      'EN — en.txt (UNOFFICIAL)',
      'FR — fr.txt (UNOFFICIAL)',
      'DE — de.txt (UNOFFICIAL)',
      'EL — el.txt (UNOFFICIAL)',
      'BG — bg.txt (UNOFFICIAL)',
      'Flags',
      'Findings',
      'Annotations',
    ]);
    expect(ws.rowCount).toBe(grid.rows.length + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    grid.rows.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(r.key);
      for (let d = 0; d < 6; d++) expect(row.getCell(3 + d).value ?? '').toBe(r.cells[d].map((s) => s.text).join(' '));
    });
    const para2 = ws.getRow(grid.rows.findIndex((r) => r.key === 'para:2') + 2);
    expect(para2.getCell(10).value).toBe('warning: date — finding.date (ro: 2021)');
    expect(para2.getCell(3).alignment?.wrapText).toBe(true);
    const para3 = ws.getRow(grid.rows.findIndex((r) => r.key === 'para:3') + 2);
    expect(para3.getCell(11).value).toBe('[name, open, T] check (bg: “abc”)');
  });

  it('keeps hostile texts after XML hygiene, and flags', async () => {
    const { grid: g, docs: d } = edgeGrid();
    const path = join(ARTIFACTS, 'edge.xlsx');
    await writeXlsx(path, g, d);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    EDGE_CASES.forEach((c, i) => expect(ws.getRow(i + 2).getCell(4).value).toBe(c.expected));
    expect(ws.getRow(4).getCell(6).value).toBe('missing (fr)');
  });
});
