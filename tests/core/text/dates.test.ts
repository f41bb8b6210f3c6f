import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../core/text/dates.js';
import type { LangCode } from '../../../core/model/language.js';

const brief = (text: string, lang: LangCode) => extractDates(text, lang).map((d) => [d.raw, d.iso]);

describe('extractDates: day + month + year in each language', () => {
  it.each([
    ['ro', 'Rezoluția din 20 ianuarie 2022 privind situația', '20 ianuarie 2022'],
    ['en', 'resolution of 20 January 2022 on the situation', '20 January 2022'],
    ['bg', 'резолюция от 20 януари 2022 г. относно положението', '20 януари 2022 г.'],
    ['cs', 'usnesení ze dne 20. ledna 2022 o situaci', '20. ledna 2022'],
    ['da', 'beslutning af 20. januar 2022 om situationen', '20. januar 2022'],
    ['de', 'Entschließung vom 20. Januar 2022 zur Lage', '20. Januar 2022'],
    ['el', 'ψήφισμα της 20ής Ιανουαρίου 2022 σχετικά με', '20ής Ιανουαρίου 2022'],
    ['es', 'Resolución, de 20 de enero de 2022, sobre', '20 de enero de 2022'],
    ['et', 'Euroopa Parlamendi 20. jaanuari 2022. aasta resolutsioon', '20. jaanuari 2022. aasta'],
    ['fi', 'päätöslauselma 20. tammikuuta 2022 tilanteesta', '20. tammikuuta 2022'],
    ['fr', 'résolution du 20 janvier 2022 sur la situation', '20 janvier 2022'],
    ['ga', 'Rún an 20 Eanáir 2022 maidir leis', '20 Eanáir 2022'],
    ['hr', 'Rezolucija od 20. siječnja 2022. o stanju', '20. siječnja 2022.'],
    ['hu', 'Az Európai Parlament 2022. január 20-i állásfoglalása', '2022. január 20-i'],
    ['it', 'risoluzione del 20 gennaio 2022 sulla situazione', '20 gennaio 2022'],
    ['lt', '2022 m. sausio 20 d. Europos Parlamento rezoliucija', '2022 m. sausio 20 d.'],
    ['lv', 'Eiropas Parlamenta 2022. gada 20. janvāra rezolūcija', '2022. gada 20. janvāra'],
    ['mt', "Riżoluzzjoni tal-20 ta' Jannar 2022 dwar", "20 ta' Jannar 2022"],
    ['nl', 'resolutie van 20 januari 2022 over de situatie', '20 januari 2022'],
    ['pl', 'rezolucja z dnia 20 stycznia 2022 r. w sprawie', '20 stycznia 2022 r.'],
    ['pt', 'Resolução, de 20 de janeiro de 2022, sobre', '20 de janeiro de 2022'],
    ['sk', 'uznesenie z 20. januára 2022 o situácii', '20. januára 2022'],
    ['sl', 'resolucija z dne 20. januarja 2022 o razmerah', '20. januarja 2022'],
    ['sv', 'resolution av den 20 januari 2022 om situationen', '20 januari 2022'],
  ] as [LangCode, string, string][])('%s', (lang, text, raw) => {
    const ds = extractDates(text, lang);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ raw, iso: '2022-01-20', year: 2022, month: 1, day: 20 });
    expect(text.slice(ds[0].start, ds[0].end)).toBe(raw);
  });
});

describe('extractDates: quirks', () => {
  it('reads first-of-month ordinals (FR 1er, IT 1º, EL 1ης)', () => {
    expect(brief('du 1er mars 2020', 'fr')).toEqual([['1er mars 2020', '2020-03-01']]);
    expect(brief('du 1 er mars 2020', 'fr')).toEqual([['1 er mars 2020', '2020-03-01']]);
    expect(brief('del 1º marzo 2020', 'it')).toEqual([['1º marzo 2020', '2020-03-01']]);
    expect(brief("dell'11 febbraio 2021", 'it')).toEqual([['11 febbraio 2021', '2021-02-11']]);
    expect(brief('της 1ης Μαρτίου 2020', 'el')).toEqual([['1ης Μαρτίου 2020', '2020-03-01']]);
  });

  it('accepts EL May spelled Μαΐου or Μαίου, in any case, folding ς', () => {
    expect(brief('της 3ης Μαΐου 2021', 'el')).toEqual([['3ης Μαΐου 2021', '2021-05-03']]);
    expect(brief('της 3ης Μαίου 2021', 'el')).toEqual([['3ης Μαίου 2021', '2021-05-03']]);
    expect(brief('ΤΗΣ 3ΗΣ ΜΑΪΟΥ 2021', 'el')).toEqual([['3ΗΣ ΜΑΪΟΥ 2021', '2021-05-03']]);
  });

  it('accepts HR studenog next to studenoga, MT tas-/fl- prefixes outside the mention', () => {
    expect(brief('od 5. studenog 2019.', 'hr')).toEqual([['5. studenog 2019.', '2019-11-05']]);
    expect(brief('od 5. studenoga 2019.', 'hr')).toEqual([['5. studenoga 2019.', '2019-11-05']]);
    expect(brief('tas-6 ta’ Mejju 2021 u fl-10 ta\' Marzu 2020', 'mt')).toEqual([
      ['6 ta’ Mejju 2021', '2021-05-06'],
      ['10 ta\' Marzu 2020', '2020-03-10'],
    ]);
  });

  it('is accent- and case-insensitive on month names', () => {
    expect(brief('din 20 IANUARIE 2022', 'ro')).toEqual([['20 IANUARIE 2022', '2022-01-20']]);
    expect(brief('vom 3. Marz 2021', 'de')).toEqual([['3. Marz 2021', '2021-03-03']]);
    expect(brief('ze dne 2. zari 2021', 'cs')).toEqual([['2. zari 2021', '2021-09-02']]);
  });

  it('gives two mentions for a day range with a shared month', () => {
    expect(brief('reuniunea din 4 și 5 ianuarie 2022', 'ro')).toEqual([['4', '2022-01-04'], ['5 ianuarie 2022', '2022-01-05']]);
    expect(brief('on 2 and 3 December 2021', 'en')).toEqual([['2', '2021-12-02'], ['3 December 2021', '2021-12-03']]);
    expect(brief('am 4. und 5. Januar 2022', 'de')).toEqual([['4.', '2022-01-04'], ['5. Januar 2022', '2022-01-05']]);
    expect(brief('στις 4 και 5 Ιανουαρίου 2022', 'el')).toEqual([['4', '2022-01-04'], ['5 Ιανουαρίου 2022', '2022-01-05']]);
    expect(brief('ve dnech 2. a 3. prosince 2021', 'cs')).toEqual([['2.', '2021-12-02'], ['3. prosince 2021', '2021-12-03']]);
    expect(brief('2022. március 24–25-i ülésén', 'hu')).toEqual([['2022. március 24', '2022-03-24'], ['25-i', '2022-03-25']]);
    expect(brief('2011. gada 21.- 22. jūnija', 'lv')).toEqual([['2011. gada 21.', '2011-06-21'], ['22. jūnija', '2011-06-22']]);
  });

  it('reads day + month without a year', () => {
    const [d] = extractDates('arestat din 8 ianuarie încoace', 'ro');
    expect(d).toMatchObject({ raw: '8 ianuarie', iso: null, year: null, month: 1, day: 8 });
  });

  it('reads month + year as YYYY-MM', () => {
    expect(extractDates('în ianuarie 2022 au avut loc proteste', 'ro')[0]).toMatchObject({ raw: 'ianuarie 2022', iso: '2022-01', day: null });
    expect(brief('en enero de 2022', 'es')).toEqual([['enero de 2022', '2022-01']]);
    expect(brief('w styczniu 2022 r.', 'pl')).toEqual([['styczniu 2022 r.', '2022-01']]);
    expect(brief('2022. januárban', 'hu')).toEqual([['2022. januárban', '2022-01']]);
  });

  it('reads numeric dates: d.m.yyyy, dd/mm/yyyy, HU yyyy.m.d., ISO', () => {
    expect(brief('OJ C 23, 21.1.2021, p. 83', 'en')).toEqual([['21.1.2021', '2021-01-21']]);
    expect(brief('PV 20/01/2022 - 10', 'fr')).toEqual([['20/01/2022', '2022-01-20']]);
    expect(brief('HL L 242., 2023.9.29., 1. o.', 'hu')).toEqual([['2023.9.29.', '2023-09-29']]);
    expect(brief('SL C 23, 21.1.2021., str. 83', 'hr')).toEqual([['21.1.2021.', '2021-01-21']]);
    expect(brief('data 2022-01-20', 'lt')).toEqual([['2022-01-20', '2022-01-20']]);
  });

  it('skips impossible dates and lone numbers', () => {
    expect(extractDates('on 31 February 2021 and 32.1.2020', 'en')).toEqual([]);
    expect(extractDates('20 000 people and 2022/2505(RSP)', 'en')).toEqual([]);
  });

  it('reads sitting headers (weekday + date)', () => {
    expect(brief('Трета, 18 януари 2023 г. - Страсбург', 'bg')).toEqual([['18 януари 2023 г.', '2023-01-18']]);
    expect(brief('Trečiadienis, 2008 m. vasario 20 d. - Strasbūras', 'lt')).toEqual([['2008 m. vasario 20 d.', '2008-02-20']]);
    expect(brief('Il-Ħamis, 28 ta\' Settembru 2006 - Strasburgu', 'mt')).toEqual([['28 ta\' Settembru 2006', '2006-09-28']]);
    expect(brief('Keskiviikko 18. tammikuuta 2023 - Strasbourg', 'fi')).toEqual([['18. tammikuuta 2023', '2023-01-18']]);
  });
});

describe('extractDates: ranges with an article after the conjunction', () => {
  it('reads both days of "entre le 3 et le 4 janvier 2022" and of the Greek "της 3ης και της 4ης"', () => {
    expect(extractDates('entre le 3 et le 4 janvier 2022, des cas', 'fr').map((d) => d.iso)).toEqual(['2022-01-03', '2022-01-04']);
    expect(extractDates('μεταξύ της 3ης και της 4ης Ιανουαρίου 2022, σημειώθηκαν', 'el').map((d) => d.iso)).toEqual(['2022-01-03', '2022-01-04']);
    expect(extractDates('η 4η και η 5η Ιανουαρίου 2022 σηματοδότησαν', 'el').map((d) => d.iso)).toEqual(['2022-01-04', '2022-01-05']);
  });
});
