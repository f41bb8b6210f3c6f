import type { LanguageProfile } from '../profile.js';

/**
 * Maltese. Opening, "wara li kkunsidra", "billi" V (TA-6-2006-0555_MT); title V~; closing V~ (2006 text).
 * Dates "tal-20 ta' Jannar 2022" (tal-/tas-/fl- V; tat-/tad-/tan- U). U: motion title starts, OJ form
 * "ĠU … p.", the motto. Decimal point (ISG).
 */
export const mt: LanguageProfile = {
  code: 'mt',
  name: 'Maltese',
  nativeName: 'Malti',
  script: 'latin',
  lettering: 'latin',
  opening: ['Il-Parlament Ewropew'],
  citationOpeners: ['wara li kkunsidra'],
  recitalOpeners: ['billi'],
  closingStems: ['jagħti istruzzjonijiet lill-president tiegħu'],
  titleStarts: ['Riżoluzzjoni tal-Parlament Ewropew', 'Mozzjoni għal riżoluzzjoni komuni', 'Mozzjoni għal riżoluzzjoni'],
  months: {
    nominative: ['Jannar', 'Frar', 'Marzu', 'April', 'Mejju', 'Ġunju', 'Lulju', 'Awwissu', 'Settembru', 'Ottubru', 'Novembru', 'Diċembru'],
    afterDay: ['Jannar', 'Frar', 'Marzu', 'April', 'Mejju', 'Ġunju', 'Lulju', 'Awwissu', 'Settembru', 'Ottubru', 'Novembru', 'Diċembru'],
  },
  dateOrder: 'dmy',
  decimal: '.',
  oj: ['ĠU'],
  pageWords: ['p.'],
  textsAdopted: ['Testi adottati'],
  motto: 'Magħquda fid-diversità',
  commonWords: ['u', 'il', 'ta', 'li', 'fil', 'tal', 'għall', 'minn', 'għal', 'huwa', 'hija', 'dan', 'din', 'billi', 'mill', 'jew', 'ma', 'biex', 'dwar', 'fuq', 'ukoll', 'tad', 'lill', 'drittijiet', 'bniedem'],
  hyphenContinuations: ['u', 'jew'],
};
