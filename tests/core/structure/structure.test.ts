import { describe, expect, it } from 'vitest';
import { buildDocument, callMarker, joinLines } from '../../../core/parsers/index.js';
import { decodeText } from '../../../core/parsers/decode.js';
import { ParseError } from '../../../core/errors.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('joinLines', () => {
  it('keeps a line-end hyphen between letters and glues the halves', () => {
    expect(joinLines(['Consiliul de cooperare UE-', 'Kazahstan din 11 octombrie'])).toBe('Consiliul de cooperare UE-Kazahstan din 11 octombrie');
  });
  it('joins other lines with one space and drops empty ones', () => {
    expect(joinLines(['a  b ', '', ' c'])).toBe('a b c');
  });
});

describe('buildDocument on DOCX-extracted text', () => {
  const text = [
    'Rezoluția Parlamentului European referitoare la situația din Testland',
    '(2023/1234(RSP))',
    '',
    'Parlamentul European,',
    '',
    '– având în vedere rezoluția sa din 5 mai 20211 și din 6 iunie 2020 privind Testland2,',
    '',
    '– având în vedere Regulamentul său de procedură,',
    '',
    '1 Texte adoptate, P9_TA(2021)0001.',
    '2 JO C 10, 1.1.2021, p. 5.',
    '',
    'A. întrucât, la 3 martie 2022, un protest a avut loc în orașul',
    'Testburg; întrucât guvernul a răspuns;',
    '',
    'B. întrucât situația s-a deteriorat;',
    '',
    '1. solicită guvernului să',
    '',
    'RC\\1234567RO.docx 2/3 PE700.001v01-00 }',
    'PE700.002v01-00 } RC1',
    '',
    'RO',
    '',
    'elibereze deținuții;',
    '',
    '2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.',
  ].join('\n');

  const doc = buildDocument({ lines: lines(text), format: 'txt', lang: 'ro' });

  it('finds the title, procedure and every unit', () => {
    expect(doc.title).toBe('Rezoluția Parlamentului European referitoare la situația din Testland');
    expect(doc.procedure).toBe('2023/1234(RSP)');
    expect(doc.units.map((u) => u.id)).toEqual(['title', 'opening', 'citation:1', 'citation:2', 'recital:1', 'recital:2', 'para:1', 'closing']);
    expect(doc.units.find((u) => u.id === 'closing')?.label).toBe('2');
  });

  it('splits calls glued to years and words into markers with offsets', () => {
    const c = doc.units.find((u) => u.id === 'citation:1')!;
    expect(c.text).toBe('având în vedere rezoluția sa din 5 mai 2021 și din 6 iunie 2020 privind Testland,');
    expect(c.calls).toEqual([
      { n: 1, offset: c.text.indexOf('2021') + 4 },
      { n: 2, offset: c.text.indexOf('Testland') + 'Testland'.length },
    ]);
    expect(doc.footnotes).toEqual([
      { n: 1, text: 'Texte adoptate, P9_TA(2021)0001.' },
      { n: 2, text: 'JO C 10, 1.1.2021, p. 5.' },
    ]);
  });

  it('keeps a paragraph whole across page furniture and records the references', () => {
    expect(doc.units.find((u) => u.id === 'para:1')?.text).toBe('solicită guvernului să elibereze deținuții;');
    expect(doc.references).toContain('PE700.001v01-00');
    expect(doc.units.some((u) => /PE700|RC1|\bRO\b/.test(u.text))).toBe(false);
  });

  it('joins a recital broken over lines', () => {
    expect(doc.units.find((u) => u.id === 'recital:1')?.text).toBe('întrucât, la 3 martie 2022, un protest a avut loc în orașul Testburg; întrucât guvernul a răspuns;');
  });
});

describe('buildDocument with explicit calls and homoglyph labels', () => {
  it('reads Greek labels written with Latin look-alikes and keeps the Greek sequence', () => {
    const text = [
      'Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου σχετικά με τη Δοκιμή',
      '',
      'Το Ευρωπαϊκό Κοινοβούλιο,',
      '',
      `– έχοντας υπόψη το ψήφισμά του${callMarker(1)},`,
      '',
      'A. λαμβάνοντας υπόψη ότι η κατάσταση είναι σοβαρή·',
      '',
      'Β. λαμβάνοντας υπόψη ότι οι αρχές δεν απάντησαν·',
      '',
      '1. καλεί την κυβέρνηση να ενεργήσει·',
    ].join('\n');
    const doc = buildDocument({ lines: lines(text), format: 'html', lang: 'el', footnotes: [{ n: 1, text: 'ΕΕ C 1 της 1.1.2020, σ. 1.' }] });
    const recitals = doc.units.filter((u) => u.kind === 'recital');
    expect(recitals.map((u) => u.label)).toEqual(['Α', 'Β']);
    expect(recitals[0].label?.charCodeAt(0)).toBe(0x391);
    expect(doc.units.find((u) => u.id === 'citation:1')?.calls).toEqual([{ n: 1, offset: 'έχοντας υπόψη το ψήφισμά του'.length }]);
  });
});

describe('buildDocument without structure', () => {
  const prose = 'Acesta este un text oarecare.\nNu are citări și nici considerente.\n\nAl doilea bloc de text.';
  it('is a no-structure ParseError by default', () => {
    expect(() => buildDocument({ lines: lines(prose), format: 'txt', lang: 'ro', fileName: 'note.txt' })).toThrowError(ParseError);
    try {
      buildDocument({ lines: lines(prose), format: 'txt', lang: 'ro', fileName: 'note.txt' });
    } catch (e) {
      expect((e as ParseError).code).toBe('no-structure');
      expect((e as ParseError).message).toMatch(/^note\.txt: /);
    }
  });
  it('gives one paragraph per block when allowed', () => {
    const doc = buildDocument({ lines: lines(prose), format: 'txt', lang: 'ro', allowUnstructured: true });
    expect(doc.unstructured).toBe(true);
    expect(doc.units.map((u) => u.text)).toEqual(['Acesta este un text oarecare. Nu are citări și nici considerente.', 'Al doilea bloc de text.']);
  });
});

describe('decodeText', () => {
  it('decodes Windows-1250 Romanian/Polish letters', () => {
    // "Łódź şi Ţara" in Windows-1250: Ł=A3 ó=F3 d ź=9F, ş=BA, Ţ=DE
    const bytes = new Uint8Array([0xa3, 0xf3, 0x64, 0x9f, 0x20, 0xba, 0x69, 0x20, 0xde, 0x61, 0x72, 0x61]);
    expect(decodeText(bytes, 'x.txt').text).toBe('Łódź şi Ţara');
  });
  it('refuses binary data with a clear reason', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]), 'x.bin')).toThrowError(/binary data/);
  });
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.txt').text).toBe('A');
  });
});
