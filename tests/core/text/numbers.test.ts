import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../core/text/numbers.js';
import type { LangCode } from '../../../core/model/language.js';

const brief = (text: string, lang: LangCode) => extractNumbers(text, lang).map((n) => [n.raw, n.value, n.kind]);

describe('extractNumbers', () => {
  it('reads space-grouped thousands with every EU space character', () => {
    for (const sp of [' ', '\u00A0', '\u202F', '\u2009']) {
      const [n] = extractNumbers(`un buget de 379${sp}228${sp}000 EUR`, 'ro');
      expect(n).toMatchObject({ raw: `379${sp}228${sp}000`, value: 379228000, kind: 'plain' });
    }
    expect(brief('24 219 500 EUR értékben', 'hu')).toEqual([['24 219 500', 24219500, 'plain']]);
    expect(brief('49 132 610 euroa', 'fi')).toEqual([['49 132 610', 49132610, 'plain']]);
  });

  it('uses the decimal comma except in EN, GA and MT', () => {
    expect(extractNumbers('o rată de 2,56 %', 'ro')[0]).toMatchObject({ raw: '2,56 %', value: 2.56, kind: 'percent' });
    expect(extractNumbers('a rate of 2.56%', 'en')[0]).toMatchObject({ raw: '2.56%', value: 2.56, kind: 'percent' });
    expect(extractNumbers('ráta 51.8 %', 'ga')[0]).toMatchObject({ value: 51.8, kind: 'percent' });
    expect(extractNumbers('10.000,5 Euro', 'de')[0]).toMatchObject({ value: 10000.5 });
  });

  it('accepts 1,000 / 1.000 grouping and flags the ambiguous reading', () => {
    expect(extractNumbers('70,000 duine', 'ga')[0]).toMatchObject({ value: 70000 });
    expect(extractNumbers('1.000 Menschen', 'de')[0]).toEqual(expect.objectContaining({ value: 1000 }));
    expect(extractNumbers('1.000 Menschen', 'de')[0].alternative).toBeUndefined();
    expect(extractNumbers('1.000 people', 'en')[0]).toMatchObject({ value: 1, alternative: 1000 });
    expect(extractNumbers('1.000.000 Menschen', 'de')[0]).toMatchObject({ value: 1000000 });
    expect(extractNumbers('1,000 de oameni', 'ro')[0]).toMatchObject({ value: 1, alternative: 1000 });
  });

  it('reads ordinals in several languages', () => {
    expect(brief('pentru a 18-a oară', 'ro')).toEqual([['18-a', 18, 'ordinal']]);
    expect(brief('for the 18th time', 'en')).toEqual([['18th', 18, 'ordinal']]);
    expect(brief('die 18. Sitzung', 'de')).toEqual([['18.', 18, 'ordinal']]);
    expect(brief('le 13e rapport', 'fr')).toEqual([['13e', 13, 'ordinal']]);
    expect(brief('η 18η σύνοδος', 'el')).toEqual([['18η', 18, 'ordinal']]);
    expect(brief('за 18-ти път', 'bg')).toEqual([['18-ти', 18, 'ordinal']]);
    expect(brief('3. kohta', 'fi')).toEqual([['3.', 3, 'ordinal']]);
  });

  it('does not take a sentence-final number for an ordinal', () => {

    expect(brief('Bylo jich 18. Potom', 'cs')).toEqual([['18', 18, 'plain']]);
    expect(brief('in 2019.', 'en')).toEqual([['2019', 2019, 'year']]);
  });

  it('marks digits of dates, references and articles instead of reporting them as loose numbers', () => {
    const ns = extractNumbers('din 20 ianuarie 2022, P9_TA(2021)0056, 2022/2505(RSP), articolul 144 alineatul (5), JO C 23, 21.1.2021, p. 83', 'ro');
    expect(ns.filter((n) => n.kind === 'plain' || n.kind === 'year')).toEqual([]);
    expect(new Set(ns.map((n) => n.kind))).toEqual(new Set(['date', 'reference', 'article']));
    expect(brief('Rule 144(5)', 'en')).toEqual([['144', 144, 'article'], ['5', 5, 'article']]);
    expect(brief('HL C 23., 2021.1.21., 83. o.', 'hu').every(([, , k]) => k === 'reference')).toBe(true);
  });

  it('reads small numbers written as words', () => {
    expect(brief('for five years and two months', 'en')).toEqual([['five', 5, 'word'], ['two', 2, 'word']]);
    expect(brief('timp de cinci ani și două luni', 'ro')).toEqual([['cinci', 5, 'word'], ['două', 2, 'word']]);
    expect(brief('depuis trois ans et dix-huit mois', 'fr')).toEqual([['trois', 3, 'word'], ['dix-huit', 18, 'word']]);
    expect(brief('seit zwölf Jahren', 'de')).toEqual([['zwölf', 12, 'word']]);
    expect(brief('εδώ και δύο χρόνια', 'el')).toEqual([['δύο', 2, 'word']]);
    expect(brief('преди две години', 'bg')).toEqual([['две', 2, 'word']]);
    expect(brief('durante cinco años', 'es')).toEqual([['cinco', 5, 'word']]);
    expect(brief('per sette anni', 'it')).toEqual([['sette', 7, 'word']]);
    expect(brief('od pięciu lat', 'pl')).toEqual([['pięciu', 5, 'word']]);
    expect(brief('sinds vijf jaar', 'nl')).toEqual([['vijf', 5, 'word']]);
    // The indefinite article is not "one".
    expect(brief('un rapport', 'fr')).toEqual([]);
  });

  it('skips digits glued to letters and keeps exact offsets', () => {
    const text = 'Kazakhstan1 and B9 had 1\u00A0436 votes';
    const ns = extractNumbers(text, 'en');
    expect(ns.map((n) => n.raw)).toEqual(['1\u00A0436']);
    expect(text.slice(ns[0].start, ns[0].end)).toBe('1\u00A0436');
  });

  it('reports a bare year', () => {
    expect(brief('w 2021 roku', 'pl')).toEqual([['2021', 2021, 'year']]);
  });
});
