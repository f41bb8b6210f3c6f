import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTmx } from '../../../core/parsers/tmx.js';
import { run } from '../../../scripts/commands/export.js';
import { UsageError } from '../../../scripts/lib/cli.js';

const CORPUS = join(import.meta.dirname, '../../../corpus/2022-2505-RSP');
const files = ['ro', 'en', 'fr', 'de', 'el', 'bg'].map((l) => join(CORPUS, `${l}.txt`));
const dir = mkdtempSync(join(tmpdir(), 'concordia-cli-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('concordia export', () => {
  it('writes every format from the corpus files', async () => {
    const o = io();
    const paths = { tmx: join(dir, 'c.tmx'), tbx: join(dir, 'n.tbx'), csv: join(dir, 'n.csv'), xlsx: join(dir, 'c.xlsx'), report: join(dir, 'r.html') };
    const code = await run([...files, '--tmx', paths.tmx, '--tbx', paths.tbx, '--csv', paths.csv, '--xlsx', paths.xlsx, '--report', paths.report, '--lang-codes', 'region'], o.io);
    expect(code).toBe(0);
    expect(o.out.join('')).toMatch(/tmx .* \d+ TUs at unit level, ro, en, fr, de, el, bg/);
    const tmx = readTmx(new Uint8Array(readFileSync(paths.tmx)));
    expect(tmx.documents.map((d) => d.lang)).toEqual(['ro', 'en', 'fr', 'de', 'el', 'bg']);
    expect(readFileSync(paths.tmx, 'utf8')).toContain('srclang="ro-RO"');
    expect(readFileSync(paths.csv, 'utf8').startsWith('\uFEFFentity_id,')).toBe(true);
    expect(readFileSync(paths.tbx, 'utf8')).toContain('<martif type="TBX-Basic"');
    expect(readFileSync(paths.report, 'utf8')).toContain('UNOFFICIAL');
    expect(readFileSync(paths.xlsx).subarray(0, 2).toString()).toBe('PK');
  });
  it('exports a subset of languages at sentence level', async () => {
    const o = io();
    const out = join(dir, 's.tmx');
    expect(await run([...files, '--tmx', out, '--level', 'sentence', '--langs', 'ro,el'], o.io)).toBe(0);
    const tmx = readTmx(readFileSync(out, 'utf8'));
    expect(tmx.level).toBe('sentence');
    expect(tmx.documents.map((d) => d.lang)).toEqual(['ro', 'el']);
  });
  it('rejects a bad command line', async () => {
    await expect(run(files, io().io)).rejects.toThrow(UsageError);
    await expect(run([...files, '--tmx', join(dir, 'x.tmx'), '--level', 'word'], io().io)).rejects.toThrow(/--level word/);
    await expect(run([...files, '--tmx', join(dir, 'x.tmx'), '--langs', 'ro,xx'], io().io)).rejects.toThrow(/not an EU language/);
  });
});
