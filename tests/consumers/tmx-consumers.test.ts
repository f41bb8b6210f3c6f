// Our TMX read by real consumers: xmllint against the TMX 1.4 DTD shipped inside OmegaT, Debian's
// translate-toolkit, and OmegaT itself translating a small project from the TMX (tm/auto).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentGrid, LangCode, ParsedDocument } from '../../core/index.js';
import { tmxToString } from '../../core/export/tmx.js';
import type { TmxOptions } from '../../core/export/tmx.js';
import { REGION_CODES } from '../../core/export/types.js';
import { edgeGrid } from '../core/export/fixture-grid.js';
import { hasOmegaT, OMEGAT_JAR, omegatTranslate } from './omegat.js';
import { alignDocuments } from '../../core/align/index.js';
import { loadCorpus } from '../core/export/grid-helper.js';

const PYTHON = '/usr/bin/python3';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasToolkit = spawnSync(PYTHON, ['-c', 'import translate.storage.tmx']).status === 0;
const LEVELS = ['unit', 'sentence'] as const;

let dir = '';
let dtd = '';
let corpus: ParsedDocument[] = [];
const grids = new Map<string, AlignmentGrid>();
const files = new Map<string, string>();

/** The TUs we wrote, as [tag, text] pairs, in order; the same walk the writer makes. */
function expectedTus(grid: AlignmentGrid, level: 'unit' | 'sentence', tag: (l: LangCode) => string): [string, string][][] {
  const out: [string, string][][] = [];
  for (const r of grid.rows) {
    const beads =
      level === 'unit'
        ? [r.cells.map((c) => c.map((s) => s.text).join(' '))]
        : r.sentences!.beads.map((b) => b.sentences.map((ix, d) => ix.map((i) => r.sentences!.split[d][i]).join(' ')));
    for (const texts of beads) {
      const tu = texts.map((t, d): [string, string] => [tag(grid.documents[d].lang), t]).filter(([, t]) => t !== '');
      if (tu.length) out.push(tu);
    }
  }
  return out;
}

function write(name: string, grid: AlignmentGrid, docs: readonly ParsedDocument[] | ReturnType<typeof edgeGrid>['docs'], options: TmxOptions): string {
  const path = join(dir, name);
  writeFileSync(path, tmxToString(grid, docs, options));
  files.set(name, path);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-tmx-'));
  if (hasOmegaT) {
    dtd = join(dir, 'tmx14.dtd');
    writeFileSync(dtd, execFileSync('unzip', ['-p', OMEGAT_JAR, 'schemas/tmx14.dtd']));
  }
  corpus = await loadCorpus();
  for (const level of LEVELS) {
    const g = alignDocuments(corpus, { pivot: 0, level, names: corpus.map((d) => `${d.lang}.txt`) });
    grids.set(level, g);
    write(`${level}-region.tmx`, g, corpus, { level, langCodes: 'region' });
    write(`${level}-short.tmx`, g, corpus, { level, langCodes: 'short', srclang: 'all', includeEmpty: true });
  }
  const edge = edgeGrid();
  write('edge.tmx', edge.grid, edge.docs, { level: 'unit', includeEmpty: true });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('xmllint --dtdvalid tmx14.dtd (from OmegaT.jar)', () => {
  it.skipIf(!hasXmllint || !hasOmegaT).each(['unit-region.tmx', 'unit-short.tmx', 'sentence-region.tmx', 'sentence-short.tmx', 'edge.tmx'])(
    '%s is valid',
    (name) => {
      const r = spawnSync('xmllint', ['--noout', '--dtdvalid', dtd, files.get(name)!], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
  );
  it.skipIf(!hasXmllint || !hasOmegaT)('the DTD check can fail (a tuv without seg is rejected)', () => {
    const bad = join(dir, 'bad.tmx');
    writeFileSync(bad, readFileSync(files.get('edge.tmx')!, 'utf8').replace(/<seg>ro 1<\/seg>/, ''));
    expect(spawnSync('xmllint', ['--noout', '--dtdvalid', dtd, bad]).status).not.toBe(0);
  });
});

const TOOLKIT_DUMP = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile(open(sys.argv[1], 'rb'))
out = []
for unit in store.units:
    out.append([[n.get('{http://www.w3.org/XML/1998/namespace}lang'), unit.getNodeText(n)] for n in unit.getlanguageNodes()])
json.dump(out, sys.stdout, ensure_ascii=False)
`;

describe('translate-toolkit (Debian) reads every unit and language', () => {
  it.skipIf(!hasToolkit).each(LEVELS)('%s level, region codes', (level) => {
    const r = spawnSync(PYTHON, ['-c', TOOLKIT_DUMP, files.get(`${level}-region.tmx`)!], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    const units = JSON.parse(r.stdout) as [string, string][][];
    expect(units).toEqual(expectedTus(grids.get(level)!, level, (l) => REGION_CODES[l]));
    expect(units.length).toBeGreaterThan(60);
  });
  it.skipIf(!hasToolkit)('hostile texts come back exactly', () => {
    const r = spawnSync(PYTHON, ['-c', TOOLKIT_DUMP, files.get('edge.tmx')!], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const en = (JSON.parse(r.stdout) as [string, string][][]).map((tu) => tu.find(([l]) => l === 'en')![1]);
    const edge = edgeGrid();
    expect(en).toEqual(edge.grid.rows.map((row) => row.cells[1][0].text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')));
  });
});

/** Runs OmegaT in console mode on a project whose source is the pivot text and whose tm/auto holds our TMX. */
function omegatTranslateTmx(tmxPath: string, pairs: readonly (readonly [string, string])[], target: LangCode): { out: string; targets: string[] } {
  // The text filter makes one segment per paragraph (blank-line separated) when sentence segmentation is off.
  const r = omegatTranslate(dir, target, { 'pivot.txt': `${pairs.map(([src]) => src).join('\n\n')}\n` }, { 'concordia.tmx': readFileSync(tmxPath) });
  expect(r.status).toBe(0);
  return { out: r.out, targets: r.target('pivot.txt').replace(/\n+$/, '').split('\n\n') };
}

describe('OmegaT 3.6 console-translate fills the target from our TMX (tm/auto)', () => {
  const targets: LangCode[] = ['en', 'fr', 'de', 'el', 'bg'];
  for (const level of LEVELS) {
    it.skipIf(!hasOmegaT).each(targets)(`${level} level, ro → %s`, (target) => {
      const tag = (l: LangCode) => REGION_CODES[l];
      // Pairs (pivot, target) where both exist; a pivot text with two different targets is ambiguous for any TM.
      const byPivot = new Map<string, Set<string>>();
      for (const tu of expectedTus(grids.get(level)!, level, tag)) {
        const src = tu.find(([l]) => l === tag('ro'))?.[1];
        const tgt = tu.find(([l]) => l === tag(target))?.[1];
        if (src && tgt) byPivot.set(src, (byPivot.get(src) ?? new Set()).add(tgt));
      }
      const pairs = [...byPivot].filter(([, t]) => t.size === 1).map(([s, t]) => [s, [...t][0]] as const);
      expect(pairs.length).toBeGreaterThan(50);
      const { out, targets: got } = omegatTranslateTmx(files.get(`${level}-region.tmx`)!, pairs, target);
      // OmegaT exits 0 even when a TMX fails to load: the log must show it was read, with no load error.
      expect(out).toContain('concordia.tmx');
      expect(out).toContain('TMXR_INFO_READING_COMPLETE');
      expect(out).not.toMatch(/TF_TM_LOAD_ERROR|Exception/);
      expect(got).toEqual(pairs.map(([, t]) => t));
    });
  }
});
