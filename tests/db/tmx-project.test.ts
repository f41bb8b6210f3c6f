import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../core/align/index.js';
import { tmxToString } from '../../core/export/tmx.js';
import { parseDocument } from '../../core/index.js';
import { readTmx } from '../../core/parsers/tmx.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';

const dir = mkdtempSync(join(tmpdir(), 'concordia-tmx-project-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every segment of a TMX as "row|lang|text", sorted. */
function segments(tmx: string): string[] {
  const read = readTmx(tmx);
  const out: string[] = [];
  for (const row of read.grid.rows) {
    row.cells.forEach((cell, d) => {
      for (const seg of cell) out.push(`${row.key}|${read.grid.documents[d].lang}|${seg.text}`);
    });
  }
  return out.sort();
}

describe('TMX → project → TMX', () => {
  it.each(['unit', 'sentence'] as const)('keeps every segment at %s level', async (level) => {
    const docs = await Promise.all(
      ['ro', 'en', 'el', 'bg'].map((l) =>
        parseDocument(new Uint8Array(readFileSync(`corpus/2022-2505-RSP/${l}.txt`)), { fileName: `${l}.txt`, official: l === 'ro' }),
      ),
    );
    const original = tmxToString(alignDocuments(docs, { level }), docs, { level });

    const path = join(dir, `${level}.concordia`);
    const created = await createProject(path);
    const results = await created.addTranslationMemory(new TextEncoder().encode(original), { fileName: `corpus-${level}.tmx` });
    expect(results.map((r) => r.document.lang)).toEqual(['ro', 'en', 'el', 'bg']);
    created.close();

    // Reopened from disk: the stored versions, aligned again by the project, export the same segments.
    const project = await openProject(path);
    try {
      expect(project.info().pivot).toBe(results[0].document.id);
      const { grid, docIds } = project.grid({ level });
      const again = tmxToString(grid, docIds.map((id) => project.getDocument(id)), { level });
      expect(segments(again)).toEqual(segments(original));
    } finally {
      project.close();
    }
  });

  it('writes nothing when the TMX cannot be read', async () => {
    const path = join(dir, 'broken.concordia');
    const project = await createProject(path);
    try {
      await expect(project.addTranslationMemory(new TextEncoder().encode('<tmx version="1.4"><body><tu>'), { fileName: 'broken.tmx' })).rejects.toThrow(/broken\.tmx/);
      expect(project.listDocuments()).toEqual([]);
    } finally {
      project.close();
    }
  });
});
