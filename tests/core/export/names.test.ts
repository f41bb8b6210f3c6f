import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, namesCsvToString } from '../../../core/export/csv.js';
import { tbxToString } from '../../../core/export/tbx.js';
import type { ExportNameEntity } from '../../../core/export/types.js';
import { describeXmlExporterContract, textsOf } from './exporter-contract.js';

const fixture = (name: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `../../fixtures/export/${name}`), 'utf8')) as { entities: ExportNameEntity[] }).entities;
const ENTITIES = fixture('names.json');
/** Verdicts of each confidence: a certain and a possible breach with their source spellings, a likely one without. */
const VERDICTS = fixture('names-confidence.json');

/** The CSV read back by Python's csv module (an independent RFC 4180 reader). */
function readCsv(csv: string): string[][] {
  const r = spawnSync('/usr/bin/python3', ['-c', 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline="")))))'], {
    input: csv,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[][];
}

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
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['entity_id', 'type', 'key', 'lang', 'spelling', 'accepted', 'occurrences', 'conventional', 'expected', 'confidence', 'sources']);
    expect(rows.every((row) => row.length === 11)).toBe(true);
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
  it('gives a breach its confidence and the spellings it was checked against, and leaves them empty elsewhere', () => {
    const rows = readCsv(namesCsvToString(VERDICTS, { langCodes: 'region' }));
    // The new columns come last: the first nine are where they were.
    expect(rows[0].slice(9)).toEqual(['confidence', 'sources']);
    expect(rows.slice(1).map((x) => [x[3], x[4], x[7], x[8], x[9], x[10]])).toEqual([
      // Conventional (a certain pass, a likely one): nothing to weigh.
      ['ro-RO', 'Abai Kerimjanov', 'yes', '', '', ''],
      ['ro-RO', 'Abai Kerimgianov', 'no', 'Abai Kerimjanov', 'certain', 'bg-BG Абай Керимжанов; el-GR Αμπάι Κεριμζάνοφ'],
      ['de-DE', 'Abai Kerimdschanow', 'no', 'Abai Kerimschanow', 'possible', 'bg-BG Абай Керимжанов; el-GR Αμπάι Κεριμτζάνοφ'],
      ['bg-BG', 'Абай Керимжанов', 'yes', '', '', ''],
      // No convention applies.
      ['el-GR', 'Αμπάι Κεριμζάνοφ', '', '', '', ''],
      // Inferred from the spelling alone: a confidence, no sources.
      ['fr-FR', 'Dmitriy Orlov', 'no', 'Dmitri Orlov', 'likely', ''],
      ['en-GB', 'Dmitry Orlov', '', '', '', ''],
    ]);
    // Short codes follow the file's style; a breach exported without a confidence (older data) stays empty.
    const short = readCsv(namesCsvToString(VERDICTS, { langs: ['de'] }));
    expect(short[1].slice(9)).toEqual(['possible', 'bg Абай Керимжанов; el Αμπάι Κεριμτζάνοφ']);
    expect(readCsv(namesCsvToString(ENTITIES)).find((x) => x[4] === 'Ivanowa')!.slice(7)).toEqual(['no', 'Ivanova', '', '']);
  });
});

describe('TBX convention notes', () => {
  const notes = (tbx: string, term: string) => {
    const tig = [...tbx.matchAll(/<(tig|termSec)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]).find((t) => t.includes(`<term>${term}</term>`));
    return textsOf(`<t>${tig!}</t>`, 'note');
  };
  it.each([2, 3] as const)('v%s: a breach note says how sure it is and what it was checked against; a pass says nothing of it', (version) => {
    const tbx = tbxToString(VERDICTS, { version });
    expect(notes(tbx, 'Abai Kerimgianov')).toEqual([
      '1 occurrence; breaks the transliteration convention (certain: checked against bg Абай Керимжанов, el Αμπάι Κεριμζάνοφ; expected: Abai Kerimjanov)',
    ]);
    expect(notes(tbx, 'Abai Kerimdschanow')).toEqual([
      '1 occurrence; breaks the transliteration convention (possible: checked against bg Абай Керимжанов, el Αμπάι Κεριμτζάνοφ; expected: Abai Kerimschanow)',
    ]);
    expect(notes(tbx, 'Dmitriy Orlov')).toEqual(['1 occurrence; breaks the transliteration convention (likely: judged from the spelling alone; expected: Dmitri Orlov)']);
    expect(notes(tbx, 'Abai Kerimjanov')).toEqual(['2 occurrences']);
    expect(notes(tbx, 'Абай Керимжанов')).toEqual(['2 occurrences']);
    expect(tbxToString(VERDICTS, { version, langs: ['ro'], langCodes: 'region' })).toContain('(certain: checked against bg-BG Абай Керимжанов, el-GR Αμπάι');
  });
});
