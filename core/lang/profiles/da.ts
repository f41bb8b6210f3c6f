import type { LanguageProfile } from '../profile.js';

/**
 * Danish. Opening, citation, recital and title V (TA-9-2022-0012_DA, TA-6-2008-0506_DA). The recital formula is
 * the citation formula + ", at": tell them apart by the letter label. U: closing formula, motion title starts,
 * OJ form "EUT … s.", the motto.
 */
export const da: LanguageProfile = {
  code: 'da',
  name: 'Danish',
  nativeName: 'dansk',
  script: 'latin',
  lettering: 'latin',
  opening: ['Europa-Parlamentet'],
  citationOpeners: ['der henviser til'],
  recitalOpeners: ['der henviser til, at'],
  closingStems: ['pålægger sin formand'],
  titleStarts: ['Europa-Parlamentets beslutning', 'Fælles beslutningsforslag', 'Forslag til beslutning'],
  months: {
    nominative: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    afterDay: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['EUT'],
  pageWords: ['s.'],
  textsAdopted: ['Vedtagne tekster'],
  motto: 'Forenet i mangfoldighed',
  commonWords: ['og', 'i', 'af', 'til', 'at', 'er', 'en', 'et', 'den', 'det', 'de', 'for', 'med', 'på', 'som', 'har', 'ikke', 'om', 'der', 'eller', 'sig', 'også', 'blev', 'menneskerettigheder', 'skal', 'hvor'],
  hyphenContinuations: ['og', 'eller', 'samt'],
};
