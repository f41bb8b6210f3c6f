import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, namesCsvToString } from '../../../core/export/csv.js';
import { tbxToString } from '../../../core/export/tbx.js';
import type { ExportNameEntity } from '../../../core/export/types.js';
import { describeXmlExporterContract, textsOf } from './exporter-contract.js';

const ENTITIES = (JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/export/names.json'), 'utf8')) as { entities: ExportNameEntity[] })
  .entities;

describeXmlExporterContract({
  name: 'TBX',
  write: () => tbxToString(ENTITIES),
  expectedTexts: ['Ivanova', 'Ivanowa', 'Иванова', 'Ιβάνοβα', 'Valea "Nord", <sus>'],
  textElement: 'term',
  rootElement: 'martif',
});

describe('TBX-Basic', () => {
  const tbx = tbxToString(ENTITIES, { langCodes: 'region' });
  it('has one termEntry per entity with unique XML ids, one langSet per language', () => {
    const ids = [...tbx.matchAll(/<termEntry id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9._-]*$/);
    const first = tbx.slice(tbx.indexOf('<termEntry'), tbx.indexOf('</termEntry>'));
    expect([...first.matchAll(/<langSet xml:lang="([^"]+)">/g)].map((m) => m[1])).toEqual(['ro-RO', 'en-GB', 'bg-BG', 'el-GR']);
  });
  it('marks accepted spellings (also those no version uses) as preferred, and only them', () => {
    const tigs = [...tbx.matchAll(/<tig>([\s\S]*?)<\/tig>/g)].map((m) => m[1]);
    const preferred = tigs.filter((t) => t.includes('preferredTerm-admn-sts')).map((t) => /<term>(.*?)<\/term>/.exec(t)![1]);
    expect(preferred).toEqual(['Ivanova', 'Ιβάνοβα']);
    expect(tigs.find((t) => t.includes('Ivanowa'))).toContain('expected: Ivanova');
  });
  it('is well-formed for xmllint', () => {
    const r = spawnSync('xmllint', ['--noout', '-'], { input: tbx, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(textsOf(tbx, 'termNote').filter((t) => t === 'properNoun')).toHaveLength(7);
  });
});

describe('names CSV', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });
  it('reads back exactly with Python csv (utf-8-sig), one row per entity × language × spelling', () => {
    const csv = namesCsvToString(ENTITIES);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const r = spawnSync('/usr/bin/python3', ['-c', 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline="")))))'], {
      input: csv,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as string[][];
    expect(rows[0]).toEqual(['entity_id', 'type', 'key', 'lang', 'spelling', 'accepted', 'occurrences', 'conventional', 'expected']);
    expect(rows.slice(1).map((x) => [x[3], x[4], x[5], x[6], x[7]])).toEqual([
      ['ro', 'Ivanova', 'yes', '3', 'yes'],
      ['en', 'Ivanova', 'no', '2', ''],
      ['en', 'Ivanowa', 'no', '1', 'no'],
      ['bg', 'Иванова', 'no', '3', ''],
      ['el', 'Ιβάνοβα', 'yes', '0', ''],
      ['ro', 'Valea "Nord", <sus>', 'no', '1', ''],
      ['en', 'North, Valley\r\nline2', 'no', '1', ''],
    ]);
    expect(rows[6][0]).toBe('place:nord "vale" & co');
  });
});
