// Store figures (issue #6): importing the bundled corpus, writing and reading 10 000 annotations one transaction
// each, and opening a project with 100 documents. Runs on real files in a temp folder.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import type { BenchSection } from './types.js';
import { measure } from './types.js';

const LANGS = ['ro', 'en', 'fr', 'de', 'el', 'bg'] as const;
const ANNOTATIONS = 10_000;
const MANY_DOCS = 100;

function sizeKiB(path: string): number {
  let n = 0;
  for (const f of [path, `${path}-wal`]) if (existsSync(f)) n += statSync(f).size;
  return Math.round(n / 1024);
}

export async function bench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'concordia-bench-store-'));
  const corpus = LANGS.map((l) => ({ lang: l, bytes: new Uint8Array(readFileSync(join('corpus', '2022-2505-RSP', `${l}.txt`))) }));
  const rows: Record<string, string | number>[] = [];
  try {
    const path = join(dir, 'corpus.concordia');
    const imp = await measure(async () => {
      const p = await createProject(path);
      for (const c of corpus) await p.addDocument(c.bytes, { fileName: `${c.lang}.txt`, official: c.lang === 'ro' });
      return p;
    });
    const p = imp.value;
    rows.push({ step: 'import 6-language corpus', count: LANGS.length, ms: imp.ms, perItemMs: imp.ms / LANGS.length, fileKiB: sizeKiB(path), peakRssMb: imp.peakRssMb });

    const docs = p.listDocuments();
    const units = docs.map((d) => p.getDocument(d.id).units.filter((u) => u.text.length > 40));
    const write = await measure(() => {
      for (let i = 0; i < ANNOTATIONS; i++) {
        const d = i % docs.length;
        const u = units[d][i % units[d].length];
        const start = i % 20;
        p.createAnnotation({ category: 'other', comment: `bench ${i}`, author: 'bench', spans: [{ docId: docs[d].id, rowKey: u.id, unitId: u.id, start, end: start + 15 }] });
      }
    });
    rows.push({ step: 'write annotations (1 transaction each)', count: ANNOTATIONS, ms: write.ms, perItemMs: write.ms / ANNOTATIONS, fileKiB: sizeKiB(path), peakRssMb: write.peakRssMb });
    const read = await measure(() => p.annotations().length);
    rows.push({ step: 'read all annotations', count: read.value, ms: read.ms, perItemMs: read.ms / read.value, fileKiB: sizeKiB(path), peakRssMb: read.peakRssMb });
    const grid = await measure(() => p.grid().grid.rows.length);
    rows.push({ step: 'grid() of the corpus project', count: grid.value, ms: grid.ms, perItemMs: grid.ms / grid.value, fileKiB: sizeKiB(path), peakRssMb: grid.peakRssMb });
    p.close();

    const bigPath = join(dir, 'hundred.concordia');
    const big = await createProject(bigPath);
    const fill = await measure(async () => {
      for (let i = 0; i < MANY_DOCS; i++) {
        const c = corpus[i % corpus.length];
        await big.addDocument(c.bytes, { fileName: `${c.lang}-${i}.txt`, lang: c.lang });
      }
    });
    big.close();
    rows.push({ step: 'import 100 documents', count: MANY_DOCS, ms: fill.ms, perItemMs: fill.ms / MANY_DOCS, fileKiB: sizeKiB(bigPath), peakRssMb: fill.peakRssMb });
    const open = await measure(async () => {
      const q = await openProject(bigPath); // quick_check + online backup included
      const n = q.listDocuments().length;
      q.close();
      return n;
    });
    rows.push({ step: 'open 100-document project (check + backup + list)', count: open.value, ms: open.ms, perItemMs: open.ms / open.value, fileKiB: sizeKiB(bigPath), peakRssMb: open.peakRssMb });
    const openNoBackup = await measure(async () => {
      const q = await openProject(bigPath, { backup: false, check: false });
      const n = q.listDocuments().length;
      q.close();
      return n;
    });
    rows.push({ step: 'open 100-document project (no check, no backup)', count: openNoBackup.value, ms: openNoBackup.ms, perItemMs: openNoBackup.ms / openNoBackup.value, fileKiB: sizeKiB(bigPath), peakRssMb: openNoBackup.peakRssMb });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: 'Project store (SQLite, WAL, synchronous=FULL)',
    rows,
    notes: ['Annotations are written one transaction each, as the UI does; each commit is fsynced (synchronous=FULL).', 'Kill safety: ROUNDS=300 npx vitest run tests/db/kill.test.ts'],
    json: rows,
  };
}
