// TMX 1.4 as Trados Studio, memoQ and Okapi write it (fixtures in tests/fixtures/tmx-tools, see its README):
// every tool's memory becomes aligned versions, inline codes are dropped without losing the text around and inside
// them, tool props are ignored, and languages are recognised whatever the case of their region.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../core/parsers/index.js';
import { readTmx } from '../../../core/parsers/tmx.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/tmx-tools');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Each row's texts, per document, as [lang, text] with '' where a version has nothing. */
function table(x: ReturnType<typeof readTmx>): string[][] {
  return x.grid.rows.map((r) => r.cells.map((c, d) => `${x.documents[d].lang}: ${c.map((s) => s.text).join(' ')}`));
}

describe('TMX from other tools', () => {
  it('Trados Studio: UTF-16 LE with a BOM, capital region codes, x- props, empty placeholders', () => {
    const bytes = fixture('trados-studio.tmx');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(detectFormat(bytes, 'memory.dat')).toBe('tmx');
    const x = readTmx(bytes, { fileName: 'trados-studio.tmx' });
    expect(x.header).toMatchObject({ srclang: 'EN-GB', segtype: 'sentence', creationtool: 'SDL Language Platform' });
    expect(x.header.props['x-TMName']).toBe('EP resolutions EN-RO');
    expect(x.level).toBe('sentence');
    expect(x.keyed).toBe(false);
    expect(x.documents.map((d) => [d.lang, d.format, d.official, d.unstructured])).toEqual([
      ['en', 'tmx', false, true],
      ['ro', 'tmx', false, true],
    ]);
    expect(x.grid.pivot).toBe(0);
    expect(table(x)).toEqual([
      ['en: The European Parliament,', 'ro: Parlamentul European,'],
      ['en: having regard to Rule 144 of its Rules of Procedure,', 'ro: având în vedere articolul 144 din Regulamentul de procedură,'],
      ['en: Calls on the authorities to release all detainees;', 'ro: invită autoritățile să elibereze toți deținuții;'],
    ]);
    expect(x.documents[0].warnings).toEqual([]);
    // The UTF-8 reading copy says the same.
    expect(table(readTmx(fixture('trados-studio.utf8.tmx')))).toEqual(table(x));
  });

  it('memoQ: lower-case region codes, memoQ props, {} paired codes and native markup in ph', () => {
    const x = readTmx(fixture('memoq.tmx'), { fileName: 'memoq.tmx', official: true });
    expect(x.header.srclang).toBe('ro-ro');
    expect(x.header.props.defclient).toBe('Institution');
    expect(x.documents.map((d) => [d.lang, d.official])).toEqual([
      ['ro', true],
      ['en', true],
    ]);
    expect(table(x)).toEqual([
      ['ro: subliniază că toate părțile trebuie să respecte acordul;', 'en: stresses that all parties must respect the agreement;'],
      ['ro: îl însărcinează pe Președinte să transmită prezenta rezoluție Consiliului.', 'en: instructs its President to forward this resolution to the Council.'],
    ]);
    expect(JSON.stringify(x.documents)).not.toMatch(/\{\}|fn id|rezolutie-2024/);
  });

  it('Okapi: srclang *all*, three languages with gaps, escaped HTML in codes, a sub flow, hi text, a non-EU language', () => {
    const x = readTmx(fixture('okapi.tmx'), { fileName: 'okapi.tmx' });
    expect(x.header.srclang).toBe('*all*');
    // With *all*, languages come in order of first appearance and the first is the pivot.
    expect(x.documents.map((d) => d.lang)).toEqual(['en', 'fr', 'de']);
    expect(x.grid.pivot).toBe(0);
    expect(table(x)).toEqual([
      ['en: The Council met in Luxembourg.', "fr: Le Conseil s'est réuni à Luxembourg.", 'de: Der Rat tagte in Luxemburg.'],
      ['en: See the map below.', 'fr: ', 'de: Siehe die Karte unten.'],
      ['en: ', 'fr: Line one continues.', 'de: Zeile eins geht weiter.'],
    ]);
    // The sub flow (an image's alt text) is a text of its own, not part of the sentence; markup never shows.
    expect(JSON.stringify(x.documents)).not.toMatch(/Map of the region|Karte der Region|<b>|&lt;|img/);
    expect(x.documents[0].warnings.map((w) => w.message)).toEqual(['segments in ja-JP were skipped: not an EU language']);
  });
});
