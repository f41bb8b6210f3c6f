import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../core/text/references.js';
import type { LangCode } from '../../../core/model/language.js';

const brief = (text: string, lang: LangCode) => extractReferences(text, lang).map((r) => [r.kind, r.raw, r.normalised]);

describe('extractReferences', () => {
  it('finds procedure numbers and EP document references, normalised', () => {
    const text = 'Procedura 2022/2505(RSP); P9_TA(2021)0056; P9_TA-PROV(2012)0364; TA-9-2022-0012; RC-B9-0065/2022; B9\u20110065/2022; PE702.845v01-00; A9-0354/2021';
    expect(brief(text, 'ro')).toEqual([
      ['procedure', '2022/2505(RSP)', '2022/2505(RSP)'],
      ['ep-document', 'P9_TA(2021)0056', 'TA-9-2021-0056'],
      ['ep-document', 'P9_TA-PROV(2012)0364', 'TA-9-2012-0364'],
      ['ep-document', 'TA-9-2022-0012', 'TA-9-2022-0012'],
      ['ep-document', 'RC-B9-0065/2022', 'RC-B9-0065/2022'],
      ['ep-document', 'B9\u20110065/2022', 'B9-0065/2022'],
      ['ep-document', 'PE702.845v01-00', 'PE702.845v01-00'],
      ['ep-document', 'A9-0354/2021', 'A9-0354/2021'],
    ]);
  });

  it('finds CELEX numbers and legal-act numbers', () => {
    expect(brief('CELEX 52022IP0012 and Regulation (EU) 2019/796, Regulation (EC) No 1049/2001, Directive 2011/36/EU', 'en')).toEqual([
      ['celex', '52022IP0012', '52022IP0012'],
      ['legal-act', '(EU) 2019/796', '2019/796'],
      ['legal-act', '(EC) No 1049/2001', '1049/2001'],
      ['legal-act', '2011/36/EU', '2011/36'],
    ]);
    expect(brief('Regulamentul (UE) 2019/796', 'ro')).toEqual([['legal-act', '(UE) 2019/796', '2019/796']]);
  });

  it.each([
    ['en', 'OJ C 23, 21.1.2021, p. 83.'],
    ['fr', 'JO C 23 du 21.1.2021, p. 83.'],
    ['de', 'ABl. C 23 vom 21.1.2021, S. 83.'],
    ['el', 'ΕΕ C 23 της 21.1.2021, σ. 83.'],
    ['bg', 'ОВ C 23, 21.1.2021 г., стр. 83.'],
    ['hu', 'HL C 23., 2021.1.21., 83. o.'],
    ['lt', 'OL C 23, 2021 1 21, p. 83.'],
    ['fi', 'EUVL C 23, 21.1.2021, s. 83.'],
    ['ro', 'JO C 23, 21.1.2021, p. 83.'],
    ['lv', 'OV C 23, 21.1.2021., 83. lpp.'],
    ['cs', 'Úř. věst. C 23, 21.1.2021, s. 83.'],
    ['it', 'GU C 23 del 21.1.2021, pag. 83.'],
    ['nl', 'PB C 23 van 21.1.2021, blz. 83.'],
    ['pl', 'Dz.U. C 23 z 21.1.2021, s. 83.'],
    ['hr', 'SL C 23, 21.1.2021., str. 83.'],
  ] as [LangCode, string][])('normalises the %s OJ reference', (lang, text) => {
    const rs = extractReferences(`Vezi ${text}`, lang).filter((r) => r.kind === 'oj');
    expect(rs).toHaveLength(1);
    expect(rs[0].normalised).toBe('OJ C 23 2021-01-21 p83');
    expect(`Vezi ${text}`.slice(rs[0].start, rs[0].end)).toBe(rs[0].raw);
  });

  it('keeps OJ issue suffixes and page ranges, and references without a page', () => {
    expect(extractReferences('OJ C 377E, 7.12.2012, p. 35–50', 'en')[0].normalised).toBe('OJ C 377E 2012-12-07 p35-50');
    expect(extractReferences('Ú. v. EÚ C 317 E, 23.12.2006', 'sk')[0].normalised).toBe('OJ C 317E 2006-12-23');
    expect(extractReferences('EUVL L 242, 29.9.2023', 'fi')[0].normalised).toBe('OJ L 242 2023-09-29');
  });

  it('normalises article references to numbers', () => {
    const art = (text: string, lang: LangCode) => extractReferences(text, lang).filter((r) => r.kind === 'article').map((r) => r.normalised);
    expect(art('having regard to Rule 144(5) and 132(4) of its Rules of Procedure', 'en')).toEqual(['144(5)', '132(4)']);
    expect(art('Article 21 of the Treaty and Articles 2 and 3', 'en')).toEqual(['21', '2', '3']);
    expect(art('având în vedere articolul 144 alineatul (5) și articolul 2', 'ro')).toEqual(['144(5)', '2']);
    expect(art('gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung', 'de')).toEqual(['144(5)']);
    expect(art('vu l’article 144, paragraphe 5, de son règlement', 'fr')).toEqual(['144(5)']);
    expect(art('έχοντας υπόψη το άρθρο 144 παράγραφος 5', 'el')).toEqual(['144(5)']);
    expect(art('като взе предвид член 144, параграф 5', 'bg')).toEqual(['144(5)']);
    expect(art('eljárási szabályzata 144. cikkének (5) bekezdésére', 'hu')).toEqual(['144(5)']);
    expect(art('darbo tvarkos taisyklių 144 straipsnio 5 dalį', 'lt')).toEqual(['144(5)']);
    expect(art('työjärjestyksen 144 artiklan 5 kohdan', 'fi')).toEqual(['144(5)']);
  });

  it('finds nothing in plain prose', () => {
    expect(extractReferences('The Parliament met on Tuesday with 20 000 people outside.', 'en')).toEqual([]);
  });
});
