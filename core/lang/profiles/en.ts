import type { LanguageProfile } from '../profile.js';

/** English. Formulas and closing V (TA-9-2023-0010_EN, B-9-2022-0262_EN). */
export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  nativeName: 'English',
  script: 'latin',
  lettering: 'latin',
  opening: ['The European Parliament'],
  citationOpeners: ['having regard to'],
  recitalOpeners: ['whereas'],
  closingStems: ['instructs its president'],
  titleStarts: ['European Parliament resolution', 'Joint motion for a resolution', 'Motion for a resolution'],
  months: {
    nominative: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    afterDay: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  dateOrder: 'dmy',
  decimal: '.',
  oj: ['OJ'],
  pageWords: ['p.'],
  textsAdopted: ['Texts adopted'],
  motto: 'United in diversity',
  commonWords: ['the', 'of', 'and', 'to', 'in', 'whereas', 'its', 'on', 'for', 'with', 'by', 'that', 'has', 'have', 'been', 'are', 'is', 'which', 'human', 'rights'],
  hyphenContinuations: ['and', 'or', 'to'],
};
