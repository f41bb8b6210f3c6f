// The names termbase checked beyond well-formedness: TBX v2 against the core-structure XSD that Debian's OmegaT
// ships (schemas/tbx.xsd in OmegaT.jar), and both editions against the TBX-Basic rules (tbx-basic-rules.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError } from '../../../core/errors.js';
import { tbxChunks, tbxToString } from '../../../core/export/tbx.js';
import type { ExportNameEntity } from '../../../core/export/types.js';
import { tbxBasicViolations } from './tbx-basic-rules.js';

const fixture = (name: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `../../fixtures/export/${name}`), 'utf8')) as { entities: ExportNameEntity[] }).entities;
const ENTITIES = fixture('names.json');
/** Convention breaches of each confidence, with the source spellings they were checked against. */
const VERDICTS = fixture('names-confidence.json');
const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
const hasSchema = existsSync(OMEGAT_JAR) && spawnSync('xmllint', ['--version']).status === 0 && spawnSync('unzip', ['-v']).status === 0;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-tbx-'));
  if (hasSchema) {
    // tbx.xsd imports xml.xsd by a relative path; both come out of the jar side by side.
    for (const f of ['tbx.xsd', 'xml.xsd']) writeFileSync(join(dir, f), execFileSync('unzip', ['-p', OMEGAT_JAR, `schemas/${f}`]));
  }
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function xsdCheck(tbx: string, name: string): { status: number | null; stderr: string } {
  const path = join(dir, name);
  writeFileSync(path, tbx);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(dir, 'tbx.xsd'), path], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

const terms = (tbx: string) => [...tbx.matchAll(/<term>([^<]*)<\/term>/g)].map((m) => m[1]);

describe('TBX v2 (martif) against the TBX core-structure XSD shipped in OmegaT', () => {
  it.skipIf(!hasSchema).each([
    ['every language, short codes', {}],
    ['region codes', { langCodes: 'region' as const }],
    ['a language subset', { langs: ['bg', 'el'] as const }],
  ])('%s: valid', (_, options) => {
    const r = xsdCheck(tbxToString(ENTITIES, options), 'names.tbx');
    expect(r.stderr.trim()).toMatch(/validates$/);
    expect(r.status).toBe(0);
  });
  it.skipIf(!hasSchema).each([
    ['short codes', {}],
    ['region codes', { langCodes: 'region' as const }],
  ])('with convention confidences and source spellings in the notes, %s: valid', (_, options) => {
    const tbx = tbxToString(VERDICTS, options);
    expect(tbx).toContain('breaks the transliteration convention (certain: checked against ');
    expect(tbx).toContain('breaks the transliteration convention (possible: checked against ');
    const r = xsdCheck(tbx, 'verdicts.tbx');
    expect(r.stderr.trim()).toMatch(/validates$/);
    expect(r.status).toBe(0);
  });
  it.skipIf(!hasSchema)('the XSD check can fail (a tig without its term)', () => {
    const r = xsdCheck(tbxToString(ENTITIES).replace('<term>Ivanowa</term>', ''), 'bad.tbx');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/fails to validate/);
  });
});

describe('TBX-Basic rules', () => {
  it.each([2, 3] as const)('TBX v%s output follows them, in every language-code style and subset', (version) => {
    for (const options of [{}, { langCodes: 'region' as const }, { langs: ['en'] as const }, { langs: ['ro', 'el'] as const, title: 'Names & <places>' }]) {
      const tbx = tbxToString(ENTITIES, { ...options, version });
      expect(tbxBasicViolations(tbx)).toEqual([]);
    }
  });

  it.each([2, 3] as const)('TBX v%s with convention confidences follows them: the verdict rides in the term note', (version) => {
    const tbx = tbxToString(VERDICTS, { version, langCodes: 'region' });
    expect(tbxBasicViolations(tbx)).toEqual([]);
    // One note per term, nothing outside TBX-Basic's data categories: the confidence is in the note's text.
    const term = version === 2 ? 'tig' : 'termSec';
    const sections = [...tbx.matchAll(new RegExp(`<${term}>([\\s\\S]*?)</${term}>`, 'g'))].map((m) => m[1]);
    expect(sections).toHaveLength(7);
    for (const sec of sections) expect(sec.match(/<note>/g)).toHaveLength(1);
    expect(sections.filter((sec) => /\((certain|likely|possible): /.test(sec))).toHaveLength(3);
  });

  it('v2 and v3 hold the same entries, languages and terms', () => {
    const v2 = tbxToString(ENTITIES, { langCodes: 'region' });
    const v3 = tbxToString(ENTITIES, { langCodes: 'region', version: 3 });
    expect(terms(v3)).toEqual(terms(v2));
    expect(terms(v3).length).toBe(7);
    expect(v3).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect([...v3.matchAll(/<langSec xml:lang="([^"]+)">/g)].map((m) => m[1])).toEqual([...v2.matchAll(/<langSet xml:lang="([^"]+)">/g)].map((m) => m[1]));
    expect(v3).not.toMatch(/martif|termEntry|langSet|<tig>/);
  });

  // Each rule can fail: break one thing in a valid file and the checker names it.
  const breakages: [string, 2 | 3, (tbx: string) => string, RegExp][] = [
    ['a picklist value', 2, (t) => t.replace('>properNoun<', '>name<'), /partOfSpeech "name" is not in its picklist/],
    ['properNoun in v3, whose picklist lacks it', 3, (t) => t.replace('>noun<', '>properNoun<'), /partOfSpeech "properNoun" is not in its picklist/],
    ['a status value', 3, (t) => t.replace('preferredTerm-admn-sts', 'preferred'), /administrativeStatus "preferred" is not in its picklist/],
    ['a data category outside TBX-Basic', 2, (t) => t.replace('type="partOfSpeech"', 'type="register"'), /type="register" is not a TBX-Basic data category/],
    ['a term note at language level', 3, (t) => t.replace('<termSec>', '<termNote type="partOfSpeech">noun</termNote><termSec>'), /partOfSpeech is not allowed at lang level/],
    ['subjectField at term level', 2, (t) => t.replace('<note>3 occurrences</note>', '<descrip type="subjectField">law</descrip>'), /subjectField is not allowed at term level/],
    ['a missing xml:lang', 2, (t) => t.replace('<langSet xml:lang="ro">', '<langSet>'), /xml:lang "" is not a language tag/],
    ['a duplicate id', 3, (t) => t.replace('id="n-place-nord-vale-co"', 'id="n-person-ivanova"'), /id "n-person-ivanova" is used twice/],
    ['an ntig', 2, (t) => t.replace('<langSet xml:lang="en">', '<langSet xml:lang="en"><ntig/>'), /TBX-Basic uses <tig> only/],
    ['two terms in a term section', 3, (t) => t.replace('<term>Ivanowa</term>', '<term>Ivanowa</term><term>X</term>'), /holds exactly one <term>/],
    ['a repeated part of speech', 2, (t) => t.replace('<termNote type="partOfSpeech">properNoun</termNote>', '<termNote type="partOfSpeech">properNoun</termNote><termNote type="partOfSpeech">noun</termNote>'), /partOfSpeech is given twice/],
    ['the wrong dialect', 3, (t) => t.replace('type="TBX-Basic"', 'type="TBX-Min"'), /type must be TBX-Basic/],
    ['v3 without DCA style', 3, (t) => t.replace(' style="dca"', ''), /DCA style/],
    ['v3 outside its namespace', 3, (t) => t.replace(' xmlns="urn:iso:std:iso:30042:ed-2"', ''), /urn:iso:std:iso:30042:ed-2/],
    ['v2 without the XCS', 2, (t) => t.replace('TBXBasicXCSV02.xcs', 'other.xcs'), /names the TBX-Basic XCS/],
    ['an empty body', 2, (t) => t.replace(/<body>[\s\S]*<\/body>/, '<body></body>'), /a <body> holds at least one <termEntry>/],
  ];
  it.each(breakages)('catches %s', (_, version, mutate, message) => {
    const good = tbxToString(ENTITIES, { version });
    const bad = mutate(good);
    expect(bad).not.toBe(good);
    expect(tbxBasicViolations(bad).join('\n')).toMatch(message);
  });

  it('refuses an empty termbase before writing anything (a body needs an entry)', () => {
    const chunks = tbxChunks(ENTITIES, { langs: ['fi'] });
    expect(() => chunks.next()).toThrow(ExportError);
    expect(() => tbxToString([], { version: 3 })).toThrow(/no name has a spelling in the selected languages/);
  });
});
