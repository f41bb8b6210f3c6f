// Our XLIFF read by real consumers: xmllint against the OASIS schemas (XLIFF 1.2 strict, XLIFF 2.0 core, from
// Debian's php-symfony-translation), Debian's translate-toolkit (XLIFF 1.2; its 3.8 has no XLIFF 2 store), and OmegaT (Debian's package, console mode) translating an exported file and
// handing the translated target back, which Concordia reads again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentGrid, LangCode, ParsedDocument } from '../../core/index.js';
import { tmxToString } from '../../core/export/tmx.js';
import { xliffToString } from '../../core/export/xliff.js';
import type { XliffOptions } from '../../core/export/xliff.js';
import { readXliff } from '../../core/parsers/xliff.js';
import { edgeGrid } from '../core/export/fixture-grid.js';
import { gridById, loadCorpus } from '../core/export/grid-helper.js';
import { hasOmegaT, omegatTranslate } from './omegat.js';
import { hasXliffSchemas, hasXmllint, xliffValidator } from './xliff-schemas.js';
import type { XliffValidator } from './xliff-schemas.js';

const VERSIONS = ['2.1', '1.2'] as const;
const LEVELS = ['unit', 'sentence'] as const;

let dir = '';
let validator: XliffValidator | null = null;
let corpus: ParsedDocument[] = [];
const grids = new Map<string, AlignmentGrid>();

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-xliff-'));
  if (hasXmllint && hasXliffSchemas) validator = xliffValidator(join(dir, 'schemas'));
  corpus = await loadCorpus();
  for (const level of LEVELS) grids.set(level, gridById(corpus, level));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const annotations = [
  {
    id: 'a1',
    category: 'terminology',
    status: 'open',
    comment: 'check the name',
    author: 'Ana',
    spans: [{ rowKey: 'para:1', unitId: 'para:1', lang: 'en' as LangCode, start: 0, end: 3, quote: 'The' }],
  },
];

describe('xmllint --schema (OASIS XLIFF 1.2 strict / 2.0 core)', () => {
  const cases = VERSIONS.flatMap((version) =>
    LEVELS.flatMap((level) =>
      (['en', 'el', 'bg'] as LangCode[]).map((target) => ({ version, level, target, langCodes: target === 'en' ? ('region' as const) : ('short' as const) })),
    ),
  );
  it.skipIf(!hasXmllint || !hasXliffSchemas).each(cases)('XLIFF $version, $level level, ro → $target ($langCodes) is valid', (c) => {
    const options: XliffOptions = { ...c, annotations };
    const path = write(`${c.version}-${c.level}-${c.target}.xlf`, xliffToString(grids.get(c.level)!, corpus, options));
    const r = validator!.validate(path, c.version);
    expect(r.stderr.trim()).toMatch(/validates$/);
    expect(r.status).toBe(0);
  });
  it.skipIf(!hasXmllint || !hasXliffSchemas).each(VERSIONS)('XLIFF %s: hostile texts, missing cells and copied targets are valid', (version) => {
    const { grid, docs } = edgeGrid();
    for (const targets of ['version', 'source', 'none'] as const) {
      for (const target of ['en', 'fr'] as const) {
        const path = write(`edge-${version}-${targets}-${target}.xlf`, xliffToString(grid, docs, { version, level: 'unit', target, targets, annotations }));
        const r = validator!.validate(path, version);
        expect(r.stderr.trim()).toMatch(/validates$/);
      }
    }
  });
  it.skipIf(!hasXmllint || !hasXliffSchemas).each(VERSIONS)('XLIFF %s: the schema check can fail (a unit without its source is rejected)', (version) => {
    const { grid, docs } = edgeGrid();
    const good = xliffToString(grid, docs, { version, level: 'unit', target: 'en' });
    const path = write(`bad-${version}.xlf`, good.replace('<source>ro 1</source>', ''));
    const r = validator!.validate(path, version);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/fails to validate/);
  });
});

const PYTHON = '/usr/bin/python3';
const hasToolkit = spawnSync(PYTHON, ['-c', 'import translate.storage.xliff']).status === 0;
const TOOLKIT_DUMP = `
import json, sys
from translate.storage import xliff
store = xliff.xlifffile(open(sys.argv[1], 'rb'))
json.dump([[u.getid(), u.source, u.target or '', store.getsourcelanguage(), store.gettargetlanguage()] for u in store.units], sys.stdout, ensure_ascii=False)
`;

describe("translate-toolkit (Debian) reads our XLIFF 1.2: every unit's id, source and target", () => {
  it.skipIf(!hasToolkit).each(LEVELS)('%s level, ro → fr', (level) => {
    const grid = grids.get(level)!;
    const path = write(`toolkit-${level}.xlf`, xliffToString(grid, corpus, { version: '1.2', level, target: 'fr', langCodes: 'region' }));
    const r = spawnSync(PYTHON, ['-c', TOOLKIT_DUMP, path], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    const units = JSON.parse(r.stdout) as [string, string, string, string, string][];
    const back = readXliff(readFileSync(path, 'utf8'));
    // Our own reader and translate-toolkit agree on every segment.
    const ours = back.grid.rows.flatMap((row) =>
      level === 'unit'
        ? [[row.cells[0].map((s) => s.text).join(' '), row.cells[1].map((s) => s.text).join(' ')]]
        : row.sentences!.beads.map((b) => b.sentences.map((ix, d) => ix.map((i) => row.sentences!.split[d][i]).join(' '))),
    );
    expect(units.map((u) => [u[1], u[2]])).toEqual(ours);
    expect(units.length).toBeGreaterThan(60);
    expect(new Set(units.map((u) => `${u[3]}>${u[4]}`))).toEqual(new Set(['ro-RO>fr-FR']));
    expect(units.filter((u) => u[0].includes('para:1')).length).toBeGreaterThan(0);
  });
});

/**
 * OmegaT 3.6's XLIFF filter translates the target element in place (the file is prepared with targets copied from
 * the source, as Okapi Rainbow does for it), filling each from the project's TM. The project gets our XLIFF in
 * source/ and the same pair as our TMX in tm/auto; console-translate writes target/pair.xlf.
 */
function omegatRoundTrip(level: 'unit' | 'sentence', target: LangCode): { out: string; translated: string; sent: string } {
  const grid = grids.get(level)!;
  const sent = xliffToString(grid, corpus, { version: '1.2', level, target, langCodes: 'region', targets: 'source', annotations });
  const tmx = tmxToString(grid, corpus, { level, langCodes: 'region', langs: ['ro', target] });
  const r = omegatTranslate(dir, target, { 'pair.xlf': sent }, { 'concordia.tmx': tmx });
  expect(r.status).toBe(0);
  return { out: r.out, translated: r.target('pair.xlf'), sent };
}

describe('Concordia → XLIFF 1.2 → OmegaT console-translate → the translated target back into Concordia', () => {
  for (const level of LEVELS) {
    it.skipIf(!hasOmegaT).each(['en', 'de'] as LangCode[])(`${level} level, ro → %s: every segment kept, translations filled`, (target) => {
      const { out, translated, sent } = omegatRoundTrip(level, target);
      expect(out).toContain('pair.xlf');
      expect(out).toContain('TMXR_INFO_READING_COMPLETE');
      expect(out).not.toMatch(/TF_TM_LOAD_ERROR|Exception/);
      const before = readXliff(sent);
      const after = readXliff(translated, { fileName: 'pair.xlf' });
      // Every unit and every segment comes back, under the same row keys, with its metadata.
      expect(after.tuCount).toBe(before.tuCount);
      expect(after.grid.rows.map((r) => r.key)).toEqual(before.grid.rows.map((r) => r.key));
      expect(after.documents[0].units.map((u) => [u.id, u.label, u.text])).toEqual(before.documents[0].units.map((u) => [u.id, u.label, u.text]));
      expect(after.documents[1].references).toEqual(corpus.find((d) => d.lang === target)!.references);
      // The annotation's note and the unofficial mark travel through OmegaT too.
      expect(translated).toContain('[terminology, open, Ana]: check the name');
      expect(after.documents.map((d) => d.official)).toEqual([true, false]);
      // The targets are now the target version's texts wherever the TM knows the source unambiguously.
      const src = 0;
      const tgt = grids.get(level)!.documents.findIndex((d) => d.lang === target);
      const texts = (row: AlignmentGrid['rows'][number], doc: number): string[] =>
        level === 'unit'
          ? [row.cells[doc].map((s) => s.text).join(' ')]
          : row.sentences!.beads.map((b) => (b.sentences[doc] ?? []).map((i) => row.sentences!.split[doc][i]).join(' '));
      const byPivot = new Map<string, Set<string>>();
      for (const row of grids.get(level)!.rows) {
        const s = texts(row, src);
        const t = texts(row, tgt);
        s.forEach((x, i) => x && t[i] && byPivot.set(x, (byPivot.get(x) ?? new Set()).add(t[i])));
      }
      let checked = 0;
      for (const row of after.grid.rows) {
        const s = texts(row, 0);
        const t = texts(row, 1);
        s.forEach((x, i) => {
          const expected = byPivot.get(x);
          if (expected?.size !== 1) return;
          expect(t[i]).toBe([...expected][0]);
          checked++;
        });
      }
      expect(checked).toBeGreaterThan(50);
    });
  }
});
