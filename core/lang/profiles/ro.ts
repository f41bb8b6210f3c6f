import type { LanguageProfile } from '../profile.js';

/** Romanian. Formulas V (B-9-2022-0262_RO, TA-7-2013-0594_RO); closing formula U. */
export const ro: LanguageProfile = {
  code: 'ro',
  name: 'Romanian',
  nativeName: 'română',
  script: 'latin',
  lettering: 'latin',
  opening: ['Parlamentul European'],
  citationOpeners: ['având în vedere', 'avand in vedere'],
  recitalOpeners: ['întrucât', 'intrucat'],
  closingStems: ['încredințează', 'încredinţează', 'încredintează'],
  titleStarts: ['Rezoluția Parlamentului European', 'Rezoluţia Parlamentului European', 'Propunere comună de rezoluție'],
  months: {
    nominative: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    afterDay: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['JO'],
  pageWords: ['p.'],
  textsAdopted: ['Texte adoptate'],
  motto: 'Unită în diversitate',
  commonWords: ['și', 'în', 'din', 'cu', 'pentru', 'privind', 'care', 'ale', 'a', 'la', 'să', 'de', 'că', 'întrucât', 'este', 'sau', 'unei', 'acestora', 'drepturilor', 'omului'],
  hyphenContinuations: ['și', 'sau'],
};
