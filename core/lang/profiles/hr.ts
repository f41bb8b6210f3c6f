import type { LanguageProfile } from '../profile.js';

/**
 * Croatian. Opening and citation V (EUR-Lex 52017IP0063); title V~ (dot after the year); "SL C …" V. U: the
 * recital formula "budući da", closing formula, motion title starts, page word "str.", the "Texts adopted"
 * label (not in facts doc §1c) and the motto. November after a day: "studenoga" or "studenog".
 */
export const hr: LanguageProfile = {
  code: 'hr',
  name: 'Croatian',
  nativeName: 'hrvatski',
  script: 'latin',
  lettering: 'latin',
  opening: ['Europski parlament'],
  citationOpeners: ['uzimajući u obzir'],
  recitalOpeners: ['budući da'],
  closingStems: ['nalaže svojoj predsjednici', 'nalaže svojem predsjedniku', 'nalaže svom predsjedniku'],
  titleStarts: ['Rezolucija Europskog parlamenta', 'Zajednički prijedlog rezolucije', 'Prijedlog rezolucije'],
  months: {
    nominative: ['siječanj', 'veljača', 'ožujak', 'travanj', 'svibanj', 'lipanj', 'srpanj', 'kolovoz', 'rujan', 'listopad', 'studeni', 'prosinac'],
    afterDay: ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
    variants: [['siječnju'], ['veljači'], ['ožujku'], ['travnju'], ['svibnju'], ['lipnju'], ['srpnju'], ['kolovozu'], ['rujnu'], ['listopadu'], ['studenog', 'studenom'], ['prosincu']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['SL'],
  pageWords: ['str.'],
  textsAdopted: ['Usvojeni tekstovi'],
  motto: 'Ujedinjeni u različitosti',
  commonWords: ['i', 'u', 'je', 'da', 'na', 'se', 'za', 'od', 'su', 'koji', 'koja', 'koje', 's', 'sa', 'o', 'iz', 'ili', 'kao', 'te', 'što', 'nije', 'kako', 'biti', 'ljudskih', 'prava', 'budući', 'sve', 'svih', 'zbog', 'svojih', 'svoje', 'njihove', 'prema', 'nakon', 'između', 'samo', 'već', 'ne', 'do'],
  hyphenContinuations: ['i', 'ili', 'te'],
};
