// Export speed and memory: a synthetic grid of N rows × 24 languages, generated lazily, streamed to TMX (to a
// counting sink and to a file) at unit level. Flat memory means peak heap barely moves between 10k and 100k rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tmxChunks } from '../../core/export/tmx.js';
import type { ExportDocument, ExportGrid } from '../../core/export/types.js';
import { LANGUAGES } from '../../core/index.js';
import type { AlignedRow } from '../../core/index.js';
import { writeChunks } from '../commands/export.js';
import type { Bench, BenchSection } from './types.js';
import { measure } from './types.js';

const SAMPLE = 'the European Parliament calls on the authorities to release all persons detained in 2022 & respect Article 3(5) <TEU>';

function syntheticGrid(rows: number): { grid: ExportGrid; docs: ExportDocument[] } {
  const documents = LANGUAGES.map((lang) => ({ lang, name: `${lang}.txt`, official: lang === 'ro' }));
  function* gen(): Generator<AlignedRow> {
    for (let i = 1; i <= rows; i++) {
      const key = `para:${i}`;
      yield {
        key,
        kind: 'paragraph',
        cells: LANGUAGES.map((lang) => [{ id: key, kind: 'paragraph' as const, label: String(i), ordinal: i, text: `${lang} ${i}: ${SAMPLE}` }]),
        confidence: 1,
        flags: [],
      };
    }
  }
  return {
    grid: { pivot: LANGUAGES.indexOf('ro'), documents, rows: gen() },
    docs: LANGUAGES.map((lang) => ({ lang, official: lang === 'ro', references: [], title: `Title ${lang}`, procedure: '2030/0001(RSP)' })),
  };
}

export const bench: Bench = async () => {
  const rows: Record<string, string | number>[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'concordia-bench-export-'));
  try {
    for (const n of [10_000, 100_000]) {
      const counted = await measure(() => {
        const { grid, docs } = syntheticGrid(n);
        let bytes = 0;
        for (const c of tmxChunks(grid, docs, { level: 'unit', langCodes: 'region' })) bytes += c.length;
        return bytes;
      });
      rows.push({ rows: n, languages: 24, sink: 'counting', ms: Math.round(counted.ms), 'MB out (chars/1e6)': +(counted.value / 1e6).toFixed(1), 'peak heap MB': +counted.peakHeapMb.toFixed(1), 'peak RSS MB': +counted.peakRssMb.toFixed(1) });
      const file = await measure(() => {
        const { grid, docs } = syntheticGrid(n);
        return writeChunks(join(dir, `bench-${n}.tmx`), tmxChunks(grid, docs, { level: 'unit', langCodes: 'region' }));
      });
      rows.push({ rows: n, languages: 24, sink: 'file', ms: Math.round(file.ms), 'MB out (chars/1e6)': +(file.value / 1e6).toFixed(1), 'peak heap MB': +file.peakHeapMb.toFixed(1), 'peak RSS MB': +file.peakRssMb.toFixed(1) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const section: BenchSection = {
    title: 'Export: TMX 1.4b, unit level, 24 languages, lazily generated rows',
    rows,
    notes: ['Peak heap/RSS are sampled every 5 ms while the export runs; file output is written in 1 MB batches.'],
    json: rows,
  };
  return section;
};
