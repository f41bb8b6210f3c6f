import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as annotate } from '../../scripts/commands/annotate.js';
import { run as annotations } from '../../scripts/commands/annotations.js';
import { run as project } from '../../scripts/commands/project.js';
import { openInputs } from '../../scripts/lib/open-inputs.js';
import { LATEST_VERSION } from '../../electron/main/db/migrations/index.js';
import { fixturePath, useTempDir } from './support/temp.js';

const tmp = useTempDir();

function collector() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out: () => out.join(''), err: () => err.join('') };
}

describe('project, annotate and annotations commands', () => {
  it('create → annotate → re-import → list, and openInputs reads the project', async () => {
    const path = join(tmp(), 'cli.concordia');
    const c = collector();
    expect(await project(['create', path, fixturePath('ro-v1.txt'), fixturePath('en-v1.txt'), '--official', 'ro'], c.io)).toBe(0);
    expect(c.out()).toContain('added ro-v1.txt  [ro, official; 9 units]');
    expect(await annotate([path, '--row', 'recital:1', '--lang', 'en', '--text', '12 May 2031', '--category', 'date', '--author', 'ana'], c.io)).toBe(0);
    expect(await annotate([path, '--row', 'recital:2', '--lang', 'en', '--text', 'Ilka Borovan', '--category', 'name'], c.io)).toBe(0);
    await expect(annotate([path, '--row', 'recital:2', '--lang', 'en', '--text', 'not there', '--category', 'name'], c.io)).rejects.toThrow(/not found in row recital:2/);
    await expect(annotate([path, '--row', 'recital:2', '--lang', 'en', '--text', 'x', '--category', 'bogus'], c.io)).rejects.toThrow(/--category bogus/);

    const r = collector();
    expect(await project(['add', path, fixturePath('en-v2.txt'), '--replace'], r.io)).toBe(0);
    expect(r.out()).toContain('1 span(s) re-attached, 1 orphaned');

    const l = collector();
    expect(await annotations([path, '--json'], l.io)).toBe(0);
    const list = JSON.parse(l.out()) as { category: string; author: string; spans: { state: string; quote: string }[] }[];
    expect(list.map((a) => [a.category, a.author, a.spans[0].quote, a.spans[0].state])).toEqual([
      ['date', 'ana', '12 May 2031', 'orphaned'],
      ['name', '', 'Ilka Borovan', 'attached'],
    ]);

    const i = collector();
    expect(await project(['info', path, '--json'], i.io)).toBe(0);
    expect(JSON.parse(i.out())).toMatchObject({ annotationCount: 2, orphanedSpanCount: 1, schemaVersion: LATEST_VERSION });

    const inputs = await openInputs([path]);
    try {
      expect(inputs.names).toEqual(['ro-v1.txt', 'en-v2.txt']);
      expect(inputs.docs.map((d) => d.lang)).toEqual(['ro', 'en']);
      expect(inputs.grid().rows.some((row) => row.key === 'recital:1')).toBe(true);
      expect(inputs.grid('unit').pivot).toBe(0);
      expect(() => inputs.project?.setSetting('x', 'y')).toThrow(/read-only/);
    } finally {
      inputs.close();
    }
    await expect(openInputs([path, fixturePath('en-v1.txt')])).rejects.toThrow(/not both/);
    const files = await openInputs([fixturePath('ro-v1.txt'), fixturePath('en-v1.txt')], { pivot: 'en' });
    expect(files.grid().pivot).toBe(1);
    expect(files.dismissed.size).toBe(0);
    files.close();
  });
});
