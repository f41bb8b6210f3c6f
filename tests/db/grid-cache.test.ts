import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/main/services/project-service.js';

const dir = mkdtempSync(join(tmpdir(), 'concordia-grid-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = (l: string) => new Uint8Array(readFileSync(`corpus/2022-2505-RSP/${l}.txt`));

describe('the project reuses its grid until an input changes', () => {
  it('returns the same grid for the same inputs and a new one after a correction, a re-import or a pivot change', async () => {
    const p = await createProject(join(dir, 'cache.concordia'));
    try {
      const ro = await p.addDocument(corpus('ro'), { fileName: 'ro.txt', official: true });
      const en = await p.addDocument(corpus('en'), { fileName: 'en.txt' });
      const first = p.grid();
      expect(p.grid()).toBe(first);
      p.findings();
      p.names();
      expect(p.grid()).toBe(first);

      const corrected = p.applyCorrection({ op: 'merge', rowKeys: ['para:1', 'para:2'] });
      expect(corrected).not.toBe(first);
      expect(corrected.grid.rows.some((r) => r.key === 'para:2')).toBe(false);
      expect(p.grid()).toBe(corrected);

      p.undo();
      const undone = p.grid();
      expect(undone).not.toBe(corrected);
      expect(undone.grid.rows.some((r) => r.key === 'para:2')).toBe(true);

      const changed = new TextEncoder().encode(new TextDecoder().decode(corpus('en')).replace('Deeply regrets', 'Profoundly regrets'));
      await p.replaceDocument(en.document.id, changed, { fileName: 'en.txt' });
      const reimported = p.grid();
      expect(reimported).not.toBe(undone);
      expect(reimported.grid.rows.find((r) => r.key === 'para:1')!.cells[1][0].text).toMatch(/^Profoundly regrets/);

      p.setPivot(en.document.id);
      expect(p.grid().grid.pivot).toBe(1);
      p.setPivot(ro.document.id);
      expect(p.grid({ level: 'sentence' }).grid.rows.every((r) => r.sentences !== undefined)).toBe(true);
    } finally {
      p.close();
    }
  });
});
