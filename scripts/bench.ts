// `npm run bench`: speed, memory and accuracy figures. Not a test: it prints tables and writes
// bench-results/bench.json. Each area is one module in scripts/bench/ exporting `bench`.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Bench, BenchSection } from './bench/types.js';

const SECTIONS: Record<string, () => Promise<{ bench: Bench }>> = {
  parse: () => import('./bench/parse.js'),
  align: () => import('./bench/align.js'),
  checks: () => import('./bench/checks.js'),
  store: () => import('./bench/store.js'),
  export: () => import('./bench/export.js'),
  sentences: () => import('./bench/sentences.js'),
};

function table(rows: readonly Record<string, string | number>[]): string {
  if (rows.length === 0) return '(no rows)';
  const keys = Object.keys(rows[0]);
  const cell = (v: string | number | undefined) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : (v ?? ''));
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join('  ');
  return [line(keys), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(keys.map((k) => cell(r[k]))))].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: Record<string, unknown> = {};
  for (const [name, load] of Object.entries(SECTIONS)) {
    if (only.length && !only.includes(name)) continue;
    let mod: { bench: Bench };
    try {
      mod = await load();
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') continue;
      throw e;
    }
    const out = await mod.bench();
    const sections: readonly BenchSection[] = Array.isArray(out) ? out : [out as BenchSection];
    results[name] = sections.map((s) => ({ title: s.title, rows: s.rows, notes: s.notes, data: s.json }));
    for (const s of sections) {
      console.log(`\n## ${s.title}\n`);
      console.log(table(s.rows));
      for (const n of s.notes ?? []) console.log(`  ${n}`);
    }
  }
  await mkdir('bench-results', { recursive: true });
  const machine = { node: process.version, platform: process.platform, arch: process.arch, date: new Date().toISOString() };
  await writeFile('bench-results/bench.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
  console.log('\nwritten bench-results/bench.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
