import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTmx } from '../../../core/parsers/tmx.js';
import { readXliff } from '../../../core/parsers/xliff.js';
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
    const csv = readFileSync(paths.csv, 'utf8');
    expect(csv.startsWith('\uFEFFentity_id,')).toBe(true);
    expect(csv.split('\r\n')[0].endsWith(',conventional,expected,confidence,sources')).toBe(true);
    // The names engine's verdicts reach the files: a convention breach derived from the Bulgarian and Greek
    // spellings is certain and names them; the conventional spellings of the same place carry no confidence.
    expect(csv).toMatch(/,ro-RO,Semey,no,2,no,Semei,certain,bg-BG Семей; el-GR Σεμέι\r\n/);
    expect(csv).toMatch(/,bg-BG,Семей,no,2,yes,,,\r\n/);
    const tbx = readFileSync(paths.tbx, 'utf8');
    expect(tbx).toContain('<martif type="TBX-Basic"');
    expect(tbx).toContain('<note>2 occurrences; breaks the transliteration convention (certain: checked against bg-BG Семей, el-GR Σεμέι; expected: Semei)</note>');
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
  it('writes XLIFF 2.1 and 1.2 for a pair: the pivot against --target, or any --source', async () => {
    const o = io();
    const x21 = join(dir, 'p.xlf');
    const x12 = join(dir, 'p12.xlf');
    expect(await run([...files, '--xliff', x21, '--xliff12', x12, '--target', 'el', '--level', 'sentence', '--lang-codes', 'region'], o.io)).toBe(0);
    expect(o.out.join('')).toMatch(/xliff .*p\.xlf  \d+ units at sentence level, ro → el/);
    expect(o.out.join('')).toMatch(/xliff12 .*p12\.xlf  \d+ trans-units at sentence level, ro → el/);
    for (const [path, version] of [[x21, '2.1'], [x12, '1.2']] as const) {
      const x = readXliff(new Uint8Array(readFileSync(path)));
      expect(x.version).toBe(version);
      expect(x.level).toBe('sentence');
      expect(x.documents.map((d) => d.lang)).toEqual(['ro', 'el']);
    }
    expect(readFileSync(x21, 'utf8')).toContain('srcLang="ro-RO" trgLang="el-GR"');
    const pair = join(dir, 'en-fr.xlf');
    expect(await run([...files, '--xliff', pair, '--source', 'en', '--target', 'fr', '--xliff-targets', 'source'], io().io)).toBe(0);
    const x = readXliff(readFileSync(pair, 'utf8'));
    expect(x.documents[1].units.map((u) => u.text)).toEqual(x.documents[0].units.map((u) => u.text));
    const tbx3 = join(dir, 'n3.tbx');
    expect(await run([...files, '--tbx', tbx3, '--tbx-version', '3'], io().io)).toBe(0);
    expect(readFileSync(tbx3, 'utf8')).toContain('<tbx type="TBX-Basic" style="dca"');
    expect(readFileSync(tbx3, 'utf8')).toContain('breaks the transliteration convention (certain: checked against bg Семей, el Σεμέι; expected: Semei)');
  });
  it('says how to choose an XLIFF pair', async () => {
    await expect(run([...files, '--xliff', join(dir, 'x.xlf')], io().io)).rejects.toThrow(/one pair; choose the target language \(en, fr, de, el, bg\)/);
    await expect(run([...files, '--xliff', join(dir, 'x.xlf'), '--langs', 'en,fr,de'], io().io)).rejects.toThrow(/3 languages were chosen/);
    await expect(run([...files, '--xliff', join(dir, 'x.xlf'), '--target', 'ro'], io().io)).rejects.toThrow(/source and target are both ro/);
    await expect(run([...files, '--xliff', join(dir, 'x.xlf'), '--target', 'en', '--xliff-targets', 'all'], io().io)).rejects.toThrow(/--xliff-targets all/);
    await expect(run([...files, '--tbx', join(dir, 'x.tbx'), '--tbx-version', '4'], io().io)).rejects.toThrow(/--tbx-version 4/);
  });
  it('rejects a bad command line', async () => {
    await expect(run(files, io().io)).rejects.toThrow(UsageError);
    await expect(run([...files, '--tmx', join(dir, 'x.tmx'), '--level', 'word'], io().io)).rejects.toThrow(/--level word/);
    await expect(run([...files, '--tmx', join(dir, 'x.tmx'), '--langs', 'ro,xx'], io().io)).rejects.toThrow(/not an EU language/);
  });
});
