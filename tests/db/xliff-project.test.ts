// A bilingual XLIFF imports into a project like a TMX: both versions in one transaction, the source as pivot, and
// the project exports the same pair again (issue #14).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../core/align/index.js';
import { xliffToString } from '../../core/export/xliff.js';
import { parseDocument } from '../../core/index.js';
import { readXliff } from '../../core/parsers/xliff.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { run } from '../../scripts/commands/project.js';

const dir = mkdtempSync(join(tmpdir(), 'concordia-xliff-project-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every segment of an XLIFF as "row|lang|text", sorted. */
function segments(xliff: string): string[] {
  const read = readXliff(xliff);
  return read.grid.rows.flatMap((row) => row.cells.flatMap((cell, d) => cell.map((s) => `${row.key}|${read.grid.documents[d].lang}|${s.text}`))).sort();
}

describe('XLIFF → project → XLIFF', () => {
  it.each(['2.1', '1.2'] as const)('XLIFF %s: both versions imported, every segment kept, exported again from the app', async (version) => {
    const docs = await Promise.all(
      ['ro', 'el'].map((l) => parseDocument(new Uint8Array(readFileSync(`corpus/2022-2505-RSP/${l}.txt`)), { fileName: `${l}.txt`, official: l === 'ro' })),
    );
    const original = xliffToString(alignDocuments(docs, { level: 'unit' }), docs, { version, level: 'unit', target: 'el' });
    const path = join(dir, `p${version}.concordia`);
    const created = await createProject(path);
    const results = await created.addTranslationMemory(new TextEncoder().encode(original), { fileName: 'pair.xlf' });
    expect(results.map((r) => [r.document.lang, r.document.official])).toEqual([
      ['ro', true],
      ['el', false],
    ]);
    created.close();
    const project = await openProject(path);
    try {
      expect(project.info().pivot).toBe(results[0].document.id);
      const file = await EXPORTERS[version === '1.2' ? 'xliff12' : 'xliff']!(project, { langs: ['el'] });
      expect(file.fileName).toMatch(/-ro-el-xliff(12|21)-\d{4}-\d\d-\d\d\.xlf$/);
      expect(segments(Buffer.from(file.dataBase64, 'base64').toString('utf8'))).toEqual(segments(original));
      await expect(EXPORTERS.xliff!(project, { langs: ['ro'] })).rejects.toThrow(/ro is the pivot/);
    } finally {
      project.close();
    }
  });

  it('concordia project create PROJECT pair.xlf brings both versions', async () => {
    const xlf = join(dir, 'fixture.xlf');
    writeFileSync(xlf, readFileSync(join(import.meta.dirname, '../fixtures/xliff/inline-2.0.xlf')));
    const out: string[] = [];
    const path = join(dir, 'cli.concordia');
    expect(await run(['create', path, xlf], { out: (t) => out.push(t), err: () => undefined })).toBe(0);
    expect(out.join('')).toMatch(/created .*cli\.concordia with 2 document\(s\)/);
    const project = await openProject(path);
    try {
      expect(project.listDocuments().map((d) => d.lang)).toEqual(['en', 'ro']);
    } finally {
      project.close();
    }
  });
});
