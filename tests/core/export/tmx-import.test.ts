import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../core/index.js';
import { tmxToString } from '../../../core/export/tmx.js';
import { readTmx, tmxParser } from '../../../core/parsers/tmx.js';
import { EDGE_CASES, edgeGrid } from './fixture-grid.js';
import { gridById, loadCorpus } from './grid-helper.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('TMX import', async () => {
  const corpus = await loadCorpus();

  it.each(['unit', 'sentence'] as const)('write → import → write gives the same TMX at %s level', (level) => {
    const grid = gridById(corpus, level);
    for (const langCodes of ['short', 'region'] as const) {
      const first = tmxToString(grid, corpus, { level, langCodes });
      const imported = readTmx(enc(first), { fileName: 'corpus.tmx' });
      expect(imported.level).toBe(level);
      expect(imported.keyed).toBe(true);
      expect(imported.documents.map((d) => d.lang)).toEqual(['ro', 'en', 'fr', 'de', 'el', 'bg']);
      const second = tmxToString(imported.grid, imported.documents, { level, langCodes });
      expect(second).toBe(first);
    }
  });

  it('rebuilds each version: units by row key, footnotes, official flag, references', () => {
    const grid = gridById(corpus, 'unit');
    const { documents } = readTmx(tmxToString(grid, corpus, { level: 'unit', langCodes: 'region' }));
    documents.forEach((doc, i) => {
      const original = corpus[i];
      expect(doc.units.map((u) => [u.id, u.kind, u.ordinal, u.text])).toEqual(original.units.map((u) => [u.id, u.kind, u.ordinal, u.text]));
      expect(doc.units.map((u) => u.label)).toEqual(original.units.map((u) => u.label));
      expect(doc.footnotes).toEqual(original.footnotes.map((f) => ({ n: f.n, text: f.text })));
      expect(doc.official).toBe(original.official);
      expect(doc.references).toEqual(original.references);
      expect(doc.title).toBe(original.title);
      expect(doc.format).toBe('tmx');
    });
  });

  it('keeps hostile texts (after XML hygiene) and missing cells', () => {
    const { grid, docs } = edgeGrid();
    const imported = readTmx(tmxToString(grid, docs, { level: 'unit' }));
    expect(imported.documents[1].units.map((u) => u.text)).toEqual(EDGE_CASES.map((c) => c.expected));
    expect(imported.grid.rows[2].cells[2]).toEqual([]);
    expect(imported.grid.rows[2].flags.map((f) => [f.flag, f.doc])).toEqual([['missing', 2]]);
  });

  it('reads a foreign TMX by TU order, with inline codes and UTF-16', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="EN-US" datatype="html"/>
<body>
<tu><tuv lang="EN-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="de-DE"><seg>Hier <hi>klicken</hi>.</seg></tuv><tuv xml:lang="ja"><seg>ここ</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Second</seg></tuv><tuv xml:lang="de-DE"><seg>Zweite</seg></tuv></tu>
</body></tmx>`;
    const bytes = new Uint8Array(2 + foreign.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < foreign.length; i++) {
      bytes[2 + 2 * i] = foreign.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = foreign.charCodeAt(i) >> 8;
    }
    const tmx = readTmx(bytes, { fileName: 'foreign.tmx' });
    expect(tmx.keyed).toBe(false);
    expect(tmx.documents.map((d) => [d.lang, d.units.map((u) => [u.id, u.text])])).toEqual([
      ['en', [['para:1', 'Click here.'], ['para:2', 'Second']]],
      ['de', [['para:1', 'Hier klicken.'], ['para:2', 'Zweite']]],
    ]);
    expect(tmx.documents[0].unstructured).toBe(true);
    expect(tmx.documents[0].warnings.map((w) => w.code)).toEqual(['tmx-language']);
  });

  it('is a DocumentParser: sniffs, picks a language, throws ParseError with a location', async () => {
    const xml = tmxToString(gridById(corpus, 'unit'), corpus, { level: 'unit' });
    expect(tmxParser.sniff(enc(xml).subarray(0, 200))).toBe(true);
    expect(tmxParser.sniff(enc('Parlamentul European,'))).toBe(false);
    expect((await tmxParser.parse(enc(xml), { lang: 'el' })).units.length).toBe(corpus[4].units.length);
    expect((await tmxParser.parse(enc(xml), {})).lang).toBe('ro');
    await expect(tmxParser.parse(enc(xml), { lang: 'sv' })).rejects.toThrow(/no sv segments/);
    const broken = xml.replace('</tuv>', '');
    expect(() => readTmx(broken, { fileName: 'b.tmx' })).toThrow(ParseError);
    expect(() => readTmx(broken, { fileName: 'b.tmx' })).toThrow(/b\.tmx, line \d+/);
    expect(() => readTmx('<xliff/>')).toThrow(/not a TMX/);
    expect(() => readTmx('<tmx version="1.4"><header/><body/></tmx>')).toThrow(/no translation units/);
  });
});
