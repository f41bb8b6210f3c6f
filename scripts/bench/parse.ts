// Parse times for the bundled corpus document, per language version (median of repeated runs).
import { readFile } from 'node:fs/promises';
import { parseDocument } from '../../core/index.js';
import type { LangCode } from '../../core/index.js';
import type { BenchSection } from './types.js';
import { measure } from './types.js';

const LANGS: readonly LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg'];
const RUNS = 15;

export async function bench(): Promise<BenchSection> {
  const rows: Record<string, string | number>[] = [];
  for (const lang of LANGS) {
    const bytes = new Uint8Array(await readFile(`corpus/2022-2505-RSP/${lang}.txt`));
    const times: number[] = [];
    let units = 0;
    let peak = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(() => parseDocument(bytes, { fileName: `${lang}.txt`, lang }));
      times.push(r.ms);
      units = r.value.units.length;
      peak = Math.max(peak, r.peakRssMb);
    }
    times.sort((a, b) => a - b);
    rows.push({ lang, kb: Math.round(bytes.length / 102.4) / 10, units, 'median ms': times[Math.floor(RUNS / 2)], 'min ms': times[0], 'peak rss MB': Math.round(peak) });
  }
  return { title: `parse: corpus 2022/2505(RSP), ${RUNS} runs per version`, rows, json: rows };
}
