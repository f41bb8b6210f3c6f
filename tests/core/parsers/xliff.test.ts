import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, ParseError } from '../../../core/errors.js';
import { detectFormat, parseDocument } from '../../../core/parsers/index.js';
import { readXliff, sniffXliff, xliffParser } from '../../../core/parsers/xliff.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/xliff');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const enc = (s: string) => new TextEncoder().encode(s);

/** Per row, per bead: [source, target] (undefined where a side has no sentence). */
function beads(x: ReturnType<typeof readXliff>): (string | undefined)[][][] {
  return x.grid.rows.map((r) =>
    r.sentences
      ? r.sentences.beads.map((b) => b.sentences.map((ix, d) => (ix.length ? ix.map((i) => r.sentences!.split[d][i]).join(' ') : undefined)))
      : [r.cells.map((c) => (c.length ? c.map((s) => s.text).join(' ') : undefined))],
  );
}

describe('XLIFF import from other tools', () => {
  it('XLIFF 1.2 with seg-source segments, inline codes and alt-trans: segments become sentence beads, codes are not text', () => {
    const x = readXliff(fixture('segmented-1.2.xlf'), { fileName: 'segmented-1.2.xlf' });
    expect(x.version).toBe('1.2');
    expect(x.level).toBe('sentence');
    expect(x.keyed).toBe(false);
    expect(x.header.creationtool).toBe('Some Extractor');
    expect(x.documents.map((d) => [d.lang, d.format, d.unstructured])).toEqual([
      ['ro', 'xliff', true],
      ['fr', 'xliff', true],
    ]);
    expect(beads(x)).toEqual([
      [['Rezoluție privind apa potabilă în regiunile montane', 'Résolution sur l’eau potable dans les régions de montagne']],
      [
        ['Consiliul a decis.', 'Le Conseil a décidé.'],
        ['Comisia a aprobat imediat planul.', 'La Commission a approuvé immédiatement le plan.'],
      ],
      [['Fără traducere încă.', undefined]],
      [['Art. 3 alin. (2)', 'Art. 3 alin. (2)']],
    ]);
    // alt-trans candidates are not the unit's text.
    expect(JSON.stringify(x.documents)).not.toContain('ancienne');
    expect(x.documents[1].units.map((u) => u.text)).toEqual([
      'Résolution sur l’eau potable dans les régions de montagne',
      'Le Conseil a décidé. La Commission a approuvé immédiatement le plan.',
      'Art. 3 alin. (2)',
    ]);
  });

  it('Trados Studio SDLXLIFF: sdl header and context elements ignored, mrk segments inside g codes, code-only units skipped', () => {
    const bytes = fixture('trados-style.sdlxliff');
    expect(detectFormat(bytes, 'kz-resolution.docx.sdlxliff')).toBe('xliff');
    const x = readXliff(bytes, { fileName: 'kz-resolution.docx.sdlxliff' });
    expect(x.documents.map((d) => d.lang)).toEqual(['en', 'ro']);
    expect(x.level).toBe('sentence');
    expect(beads(x)).toEqual([
      [
        ['Calls on the Kazakh authorities to respect freedom of assembly.', 'Invită autoritățile kazahe să respecte libertatea de întrunire.'],
        ['Regrets the loss of life.', 'Regretă pierderile de vieți omenești.'],
      ],
      [['Instructs its President to forward this resolution.', 'Încredințează Președintei sarcina de a transmite prezenta rezoluție.']],
    ]);
    expect(JSON.stringify(x.documents)).not.toMatch(/cf bold|footnote id|WordprocessingML|SDL:FileId/);
  });

  it('XLIFF 2.0 with originalData, pc/ph/sc/ec/mrk/cp, ignorables, nested groups and two files', () => {
    const x = readXliff(fixture('inline-2.0.xlf'));
    expect(x.version).toBe('2.0');
    expect(x.documents.map((d) => d.lang)).toEqual(['en', 'ro']);
    expect(x.grid.pivot).toBe(0);
    expect(beads(x)).toEqual([
      [
        ['The Parliament notes the report.', 'Parlamentul European ia act de raport.'],
        ['It calls on the Commission to act.', 'Invită Comisia să acționeze.'],
      ],
      [['Bold start and a bell\u0007.', 'Început aldin și un clopoțel\u0007.']],
      [['Second file, untranslated.', undefined]],
    ]);
    expect(JSON.stringify(x.documents)).not.toMatch(/w:r|w:br|Prepared for review/);
  });

  it('a file before translation gives the source version only, with a warning', () => {
    const x = readXliff(fixture('monolingual-1.2.xlf'));
    expect(x.documents.map((d) => [d.lang, d.units.map((u) => u.text)])).toEqual([['de', ['Das Parlament,', 'fordert die Kommission auf.']]]);
    expect(x.documents[0].warnings.map((w) => w.code)).toContain('xliff-monolingual');
  });

  it('UTF-16 with a BOM', () => {
    const text = new TextDecoder().decode(fixture('inline-2.0.xlf')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(sniffXliff(bytes.subarray(0, 4096))).toBe(true);
    expect(beads(readXliff(bytes))).toEqual(beads(readXliff(fixture('inline-2.0.xlf'))));
  });

  it('non-EU languages are skipped with a warning; a file with none is refused', () => {
    const ja = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ja"><file id="f"><unit id="u"><segment><source>Hello</source><target>こんにちは</target></segment></unit></file></xliff>`;
    const x = readXliff(enc(ja));
    expect(x.documents.map((d) => d.lang)).toEqual(['en']);
    expect(x.documents[0].warnings.map((w) => w.message)).toContain('segments in ja were skipped: not an EU language');
    expect(() => readXliff(enc(ja.replace('srcLang="en"', 'srcLang="zh"')), { fileName: 'zh.xlf' })).toThrow(ImportError);
  });

  it('bad input: clear errors naming the file and the line', () => {
    const bad = (text: string) => () => readXliff(enc(text), { fileName: 'bad.xlf' });
    expect(bad('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n<file id="f"><unit id="u">\n<segment><source>x</source></segment></unit></file>'))
      .toThrow(/bad\.xlf, line 3: not well-formed XML/);
    expect(bad('<tmx version="1.4"/>')).toThrow(/the root element is <tmx>, not an OASIS XLIFF <xliff>/);
    expect(bad('<xliff version="1.2"/>')).toThrow(/not an OASIS XLIFF/);
    expect(bad('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"/></xliff>')).toThrow(/has no srcLang/);
    expect(bad('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" datatype="plaintext"><body/></file></xliff>')).toThrow(
      /a <file> has no source-language/,
    );
    expect(bad('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="en" datatype="plaintext"><body/></file></xliff>')).toThrow(
      /holds no translation units/,
    );
    try {
      bad('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>x</source></segmen></unit></file></xliff>')();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).format).toBe('xliff');
    }
  });

  it('is found by content, whatever the file is called, and parses as a document', async () => {
    const bytes = fixture('inline-2.0.xlf');
    expect(detectFormat(bytes, 'notice.txt')).toBe('xliff');
    expect(detectFormat(fixture('segmented-1.2.xlf'))).toBe('xliff');
    const ro = await parseDocument(bytes, { fileName: 'notice.xlf', lang: 'ro' });
    expect(ro.units.map((u) => u.text)).toEqual(['Parlamentul European ia act de raport. Invită Comisia să acționeze.', 'Început aldin și un clopoțel\u0007.']);
    await expect(xliffParser.parse(bytes, { fileName: 'notice.xlf', lang: 'fr' })).rejects.toThrow(/no fr segments \(it has en, ro\)/);
  });
});
