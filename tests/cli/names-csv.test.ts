// `concordia names --csv` writes the file the app's names export writes (File › Export › Names CSV): the same
// columns, the accepted spellings, and the transliteration verdict's confidence and sources only where a spelling
// breaks the convention — on the same project, the two outputs are identical.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { openProject } from '../../electron/main/services/project-service.js';
import type { LangCode } from '../../core/index.js';

const repo = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'concordia.ts'), ...args], { cwd: repo, encoding: 'utf8' });

/** The CSV read back by Python's csv module (an independent RFC 4180 reader), as tests/core/export/names.test.ts does. */
function readCsv(csv: string): string[][] {
  const r = spawnSync('/usr/bin/python3', ['-c', 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline="")))))'], {
    input: csv,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[][];
}

describe('names --csv and the app’s names CSV export', () => {
  let dir: string;
  let project: string;
  let accepted: { entityId: string; lang: LangCode; text: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concordia-names-csv-'));
    project = join(dir, 'k.concordia');
    // Bulgarian and Greek give the verdicts their source spellings (certain); Romanian and English are checked.
    cli('project', 'create', project, ...['ro', 'en', 'bg', 'el'].map((l) => `corpus/2022-2505-RSP/${l}.txt`), '--official', 'ro');
    // An accepted spelling no version uses: a row of its own, with no verdict, in both outputs.
    const p = await openProject(project);
    try {
      const e = p.names().find((x) => x.forms.some((f) => f.lang === 'ro' && f.conventional === false))!;
      accepted = { entityId: e.id, lang: 'ro' as LangCode, text: `${e.forms.find((f) => f.lang === 'ro')!.text}-accepted` };
      p.setAcceptedSpelling(accepted.entityId, accepted.lang, accepted.text);
    } finally {
      p.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives identical files, with confidence and sources on convention breaches only', async () => {
    const fromCli = cli('names', project, '--csv');
    const p = await openProject(project, { readOnly: true });
    let fromApp: string;
    let model;
    try {
      const file = await EXPORTERS.csv!(p, {});
      fromApp = Buffer.from(file.dataBase64, 'base64').toString('utf8');
      model = p.names();
    } finally {
      p.close();
    }
    expect(fromCli).toBe(fromApp);

    expect(fromCli.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(fromCli);
    expect(header).toEqual(['entity_id', 'type', 'key', 'lang', 'spelling', 'accepted', 'occurrences', 'conventional', 'expected', 'confidence', 'sources']);
    const col = (name: string) => header.indexOf(name);
    const rowOf = (entity: string, lang: string, text: string) => rows.find((r) => r[col('entity_id')] === entity && r[col('lang')] === lang && r[col('spelling')] === text);

    // the model has passing spellings with a confidence (and sources): the CSV leaves both empty for them
    const passes = model.flatMap((e) => e.forms.filter((f) => f.conventional === true && f.confidence).map((f) => ({ e, f })));
    expect(passes.length).toBeGreaterThan(0);
    expect(passes.some(({ f }) => f.sources?.length)).toBe(true);
    for (const { e, f } of passes) {
      const r = rowOf(e.id, f.lang, f.text);
      expect(r, `${f.lang} ${f.text}`).toBeDefined();
      expect([r![col('conventional')], r![col('confidence')], r![col('sources')]]).toEqual(['yes', '', '']);
    }
    // a breach carries its confidence, and the spellings it was checked against where there were any
    const breaches = model.flatMap((e) => e.forms.filter((f) => f.conventional === false).map((f) => ({ e, f })));
    expect(breaches.some(({ f }) => f.confidence === 'certain' && f.sources?.length)).toBe(true);
    for (const { e, f } of breaches) {
      const r = rowOf(e.id, f.lang, f.text)!;
      expect(r[col('conventional')]).toBe('no');
      expect(r[col('confidence')]).toBe(f.confidence);
      expect(r[col('sources')]).toBe((f.sources ?? []).map((s) => `${s.lang} ${s.text}`).join('; '));
    }
    // the accepted spelling is there, marked, with no verdict
    expect(rowOf(accepted.entityId, accepted.lang, accepted.text)?.slice(col('accepted'))).toEqual(['yes', '0', '', '', '', '']);
  }, 120_000);
});
