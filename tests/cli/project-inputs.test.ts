import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'concordia.ts'), ...args], { cwd: repo, encoding: 'utf8' });

describe('align, check and names accept a project instead of files', () => {
  let dir: string;
  let project: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concordia-cli-'));
    project = join(dir, 'k.concordia');
    cli('project', 'create', project, 'corpus/2022-2505-RSP/ro.txt', 'corpus/2022-2505-RSP/en.txt', '--official', 'ro');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('aligns the project documents with the project pivot', () => {
    const grid = JSON.parse(cli('align', project, '--json')) as { pivot: string; documents: { lang: string }[]; rows: { key: string; flags: unknown[] }[] };
    expect(grid.pivot).toBe('ro');
    expect(grid.documents.map((d) => d.lang)).toEqual(['ro', 'en']);
    expect(grid.rows.find((r) => r.key === 'para:18')?.flags).toEqual([]);
  }, 60_000);

  it('checks the project and gives the same findings as the files', () => {
    const fromProject = JSON.parse(cli('check', project, '--json')) as { findings: { id: string; type: string }[] };
    const fromFiles = JSON.parse(cli('check', 'corpus/2022-2505-RSP/ro.txt', 'corpus/2022-2505-RSP/en.txt', '--json')) as { findings: { id: string }[] };
    expect(fromProject.findings.map((f) => f.id).sort()).toEqual(fromFiles.findings.map((f) => f.id).sort());
    expect(fromProject.findings.some((f) => f.type === 'name-convention')).toBe(true);
  }, 60_000);

  it('lists the names of the project with both spellings of the president', () => {
    const names = JSON.parse(cli('names', project, '--json')) as { entities: { forms: { lang: string; text: string }[] }[] };
    const tokaev = names.entities.find((e) => e.forms.some((f) => f.text === 'Tokaev'));
    expect(tokaev?.forms.map((f) => `${f.lang}:${f.text}`)).toEqual(expect.arrayContaining(['ro:Tokaev', 'en:Tokayev']));
  }, 60_000);
});
