import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../core/index.js';
import type { AlignedRow } from '../../../core/index.js';
import { tmxChunks, tmxChunksAsync, tmxToString, writeTmx } from '../../../core/export/tmx.js';
import type { TmxOptions } from '../../../core/export/tmx.js';
import { escapeXmlAttr, escapeXmlText, stripForbiddenXmlChars } from '../../../core/export/xml.js';
import { describeXmlExporterContract, textsOf } from './exporter-contract.js';
import { EDGE_CASES, edgeGrid, seg } from './fixture-grid.js';
import { gridById, loadCorpus } from './grid-helper.js';

interface ReadTu {
  tuid: string;
  notes: string[];
  props: Record<string, string>;
  tuvs: { lang: string; props: Record<string, string>; seg: string }[];
}

/** An independent reading of our TMX with saxes: TUs with their props, notes and segments. */
function readBack(xml: string): { header: Record<string, string>; headerProps: Record<string, string>; headerNotes: string[]; tus: ReadTu[] } {
  const p = new SaxesParser({ xmlns: false });
  const tus: ReadTu[] = [];
  const header: Record<string, string> = {};
  const headerProps: Record<string, string> = {};
  const headerNotes: string[] = [];
  const path: string[] = [];
  let text = '';
  let propType = '';
  let tu: ReadTu | null = null;
  let tuv: ReadTu['tuvs'][number] | null = null;
  p.on('opentag', (n) => {
    path.push(n.name);
    text = '';
    const a = n.attributes as Record<string, string>;
    if (n.name === 'header') Object.assign(header, a);
    if (n.name === 'tu') tu = { tuid: a.tuid, notes: [], props: {}, tuvs: [] };
    if (n.name === 'tuv') tuv = { lang: a['xml:lang'], props: {}, seg: '' };
    if (n.name === 'prop') propType = a.type;
  });
  p.on('text', (t) => (text += t));
  p.on('closetag', (n) => {
    path.pop();
    if (n.name === 'seg' && tuv) tuv.seg = text;
    if (n.name === 'prop') (tuv ? tuv.props : tu ? tu.props : headerProps)[propType] = text;
    if (n.name === 'note') (tu ? tu.notes : headerNotes).push(text);
    if (n.name === 'tuv' && tu && tuv) {
      tu.tuvs.push(tuv);
      tuv = null;
    }
    if (n.name === 'tu' && tu) {
      tus.push(tu);
      tu = null;
    }
  });
  p.write(xml).close();
  return { header, headerProps, headerNotes, tus };
}

describe('XML hygiene', () => {
  it.each(EDGE_CASES)('$name', (c) => {
    const parser = new SaxesParser({ xmlns: false });
    let got = '';
    parser.on('text', (t) => (got += t));
    parser.write(`<x a="${escapeXmlAttr(c.text)}">${escapeXmlText(c.text)}</x>`).close();
    expect(got).toBe(c.expected);
    expect(stripForbiddenXmlChars(c.text)).toBe(c.expected);
  });
  it('keeps CR and attribute whitespace through an XML parser', () => {
    const parser = new SaxesParser({ xmlns: false });
    let text = '';
    let attr = '';
    parser.on('text', (t) => (text += t));
    parser.on('opentag', (n) => (attr = n.attributes.a as string));
    parser.write(`<x a="${escapeXmlAttr('a\tb\nc\rd')}">${escapeXmlText('1\r\n2')}</x>`).close();
    expect(attr).toBe('a\tb\nc\rd');
    expect(text).toBe('1\r\n2');
  });
});

const { grid, docs } = edgeGrid();
describeXmlExporterContract({
  name: 'TMX',
  write: () => tmxToString(grid, docs, { level: 'unit' }),
  expectedTexts: EDGE_CASES.map((c) => c.expected),
  textElement: 'seg',
  rootElement: 'tmx',
});

describe('TMX writer', () => {
  const base: TmxOptions = { level: 'unit' };

  it('writes the TMX 1.4b header', () => {
    const { header, headerProps, headerNotes } = readBack(tmxToString(grid, docs, { ...base, creationDate: '20300101T120000Z' }));
    expect(header).toEqual({
      creationtool: 'Concordia',
      creationtoolversion: '0.1.0',
      datatype: 'plaintext',
      segtype: 'paragraph',
      adminlang: 'en',
      srclang: 'ro',
      'o-tmf': 'Concordia',
      creationdate: '20300101T120000Z',
    });
    expect(headerNotes.join(' ')).toMatch(/Unofficial versions: en, fr/);
    expect(headerProps['x-concordia-status:ro']).toBe('official');
    expect(headerProps['x-concordia-status:en']).toBe('unofficial');
    expect(headerProps['x-concordia-references:ro']).toBe('RC-B9-0001/2030 P9_TA(2030)0001');
    expect(headerProps['x-concordia-procedure']).toBe('2030/0001(RSP)');
  });

  it('uses region codes and *all* when asked', () => {
    const { header, tus } = readBack(tmxToString(grid, docs, { ...base, langCodes: 'region', srclang: 'all' }));
    expect(header.srclang).toBe('*all*');
    expect(tus[0].tuvs.map((t) => t.lang)).toEqual(['ro-RO', 'en-GB', 'fr-FR']);
  });

  it('marks every tuv of an unofficial version, and only those', () => {
    const { tus } = readBack(tmxToString(grid, docs, base));
    for (const tu of tus) {
      for (const tuv of tu.tuvs) expect(tuv.props['x-concordia-unofficial']).toBe(tuv.lang === 'ro' ? undefined : 'true');
    }
  });

  it('writes row keys, kinds, labels and flags as props', () => {
    const { tus } = readBack(tmxToString(grid, docs, base));
    expect(tus.map((t) => t.props['x-concordia-row'])).toEqual(grid.rows.map((r) => r.key));
    expect(tus[2].props['x-concordia-flags']).toBe('missing:fr');
    expect(tus[0].tuvs[0].props['x-concordia-label']).toBe('1');
  });

  it('leaves out empty tuvs unless asked', () => {
    expect(readBack(tmxToString(grid, docs, base)).tus[2].tuvs.map((t) => t.lang)).toEqual(['ro', 'en']);
    const withEmpty = readBack(tmxToString(grid, docs, { ...base, includeEmpty: true })).tus[2].tuvs;
    expect(withEmpty.map((t) => [t.lang, t.seg])).toEqual([
      ['ro', 'ro 3'],
      ['en', EDGE_CASES[2].expected],
      ['fr', ''],
    ]);
  });

  it('selects and orders languages', () => {
    const { tus } = readBack(tmxToString(grid, docs, { ...base, langs: ['fr', 'ro'] }));
    expect(tus[0].tuvs.map((t) => t.lang)).toEqual(['fr', 'ro']);
  });

  it('turns annotations into notes before props (DTD order)', () => {
    const xml = tmxToString(grid, docs, {
      ...base,
      annotations: [
        {
          id: 'a1',
          category: 'number',
          status: 'open',
          comment: 'fr has <7> & ro has 8',
          author: 'Ana',
          spans: [{ rowKey: 'para:2', unitId: 'para:2', lang: 'en', start: 0, end: 1, quote: 'x' }],
        },
      ],
    });
    const { tus } = readBack(xml);
    expect(tus[1].notes).toEqual(['[number, open, Ana]: fr has <7> & ro has 8 (en: “x”)']);
    const tu = xml.slice(xml.indexOf('<tu tuid="para:2">'), xml.indexOf('</tu>', xml.indexOf('<tu tuid="para:2">')));
    expect(tu.indexOf('<note>')).toBeGreaterThan(0);
    expect(tu.indexOf('<note>')).toBeLessThan(tu.indexOf('<prop'));
    expect(tu.lastIndexOf('<prop type="x-concordia-row"')).toBeLessThan(tu.indexOf('<tuv'));
  });

  it('refuses what it cannot write', () => {
    expect(() => tmxToString(grid, docs, { ...base, langs: ['en', 'fr'] })).toThrow(ExportError);
    expect(() => tmxToString(grid, docs, { ...base, langs: ['de'] })).toThrow(/no de version/);
    expect(() => tmxToString(grid, docs, { level: 'sentence' })).toThrow(/no sentence alignment/);
    const twoFr = { ...grid, documents: [...grid.documents, { lang: 'fr' as const, name: 'fr2.txt', official: false }] };
    expect(() => tmxToString(twoFr, [...docs, docs[2]], base)).toThrow(/both fr/);
    expect(tmxToString(grid, docs, { ...base, langs: ['en', 'fr'], srclang: 'all' })).toContain('srclang="*all*"');
  });

  it('streams: rows are pulled one at a time, never all at once', () => {
    let produced = 0;
    function* rows(): Generator<AlignedRow> {
      for (let i = 1; i <= 1000; i++) {
        produced++;
        yield { key: `para:${i}`, kind: 'paragraph', cells: [[seg(`para:${i}`, `ro ${i}`)], [seg(`para:${i}`, `en ${i}`)]], confidence: 1, flags: [] };
      }
    }
    const g = { pivot: 0, documents: [{ lang: 'ro' as const, name: 'ro', official: true }, { lang: 'en' as const, name: 'en', official: false }], rows: rows() };
    const d = [docs[0], docs[1]];
    const it = tmxChunks(g, d, base);
    it.next();
    it.next();
    it.next();
    expect(produced).toBe(2);
    let chunks = 0;
    writeTmx({ ...g, rows: rows() }, d, base, () => chunks++);
    expect(chunks).toBe(1002);
  });

  it('has an async variant with the same output', async () => {
    async function* rows(): AsyncGenerator<AlignedRow> {
      for (const r of grid.rows) yield r;
    }
    let out = '';
    for await (const c of tmxChunksAsync({ ...grid, rows: rows() }, docs, base)) out += c;
    expect(out).toBe(tmxToString(grid, docs, base));
  });
});

describe('TMX on the corpus', async () => {
  const corpus = await loadCorpus();
  it.each(['unit', 'sentence'] as const)('keeps every segment of the six versions at %s level', (level) => {
    const g = gridById(corpus, level);
    const xml = tmxToString(g, corpus, { level, langCodes: 'region' });
    const { tus, header } = readBack(xml);
    expect(header.segtype).toBe(level === 'unit' ? 'paragraph' : 'sentence');
    const expected: string[][] = [];
    for (const r of g.rows) {
      if (level === 'unit') expected.push(r.cells.map((c) => c.map((s) => s.text).join(' ')));
      else for (const b of r.sentences!.beads) expected.push(b.sentences.map((ix, d) => ix.map((i) => r.sentences!.split[d][i]).join(' ')));
    }
    expect(tus.map((t) => t.tuvs.map((v) => v.seg))).toEqual(expected.map((e) => e.filter((s) => s !== '')));
    expect(textsOf(xml, 'seg').length).toBe(expected.flat().filter((s) => s !== '').length);
  });
});
