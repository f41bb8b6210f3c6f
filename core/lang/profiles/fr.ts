import type { LanguageProfile } from '../profile.js';

/**
 * French. Opening, "vu", "considérant que" V (TA-9-2021-0012_FR); title V~; closing V~ (masculine seen;
 * "charge sa Présidente" in an older text). U: "JO … du … p." footnote form, motion title starts, "1er" dates.
 */
export const fr: LanguageProfile = {
  code: 'fr',
  name: 'French',
  nativeName: 'français',
  script: 'latin',
  lettering: 'latin',
  opening: ['Le Parlement européen'],
  citationOpeners: ['vu'],
  recitalOpeners: ['considérant que'],
  closingStems: ['charge sa présidente', 'charge son président'],
  titleStarts: ['Résolution du Parlement européen', 'Proposition de résolution commune', 'Proposition de résolution'],
  months: {
    nominative: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    afterDay: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['JO'],
  pageWords: ['p.'],
  textsAdopted: ['Textes adoptés'],
  motto: 'Unie dans la diversité',
  commonWords: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'à', 'en', 'que', 'qui', 'dans', 'pour', 'par', 'sur', 'une', 'un', 'est', 'sont', 'au', 'aux', 'ne', 'pas', 'avec', 'droits', 'ces'],
  hyphenContinuations: ['et', 'ou'],
};
