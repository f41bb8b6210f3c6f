import type { LanguageProfile } from '../profile.js';

/**
 * Dutch. Opening, "gezien", "onder verwijzing naar", "gelet op" (Rules/Treaty articles), "overwegende dat" V
 * (TA-6-2004-0111_NL, B9-0211/2022_NL); closing V ("zijn Voorzitter" whatever the President's gender); title V~.
 * U: OJ form "PB … blz.", motion title starts.
 */
export const nl: LanguageProfile = {
  code: 'nl',
  name: 'Dutch',
  nativeName: 'Nederlands',
  script: 'latin',
  lettering: 'latin',
  opening: ['Het Europees Parlement'],
  citationOpeners: ['gezien', 'onder verwijzing naar', 'gelet op'],
  recitalOpeners: ['overwegende dat'],
  closingStems: ['verzoekt zijn voorzitter'],
  titleStarts: ['Resolutie van het Europees Parlement', 'Gezamenlijke ontwerpresolutie', 'Ontwerpresolutie'],
  months: {
    nominative: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    afterDay: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['PB'],
  pageWords: ['blz.'],
  textsAdopted: ['Aangenomen teksten'],
  motto: 'In verscheidenheid verenigd',
  commonWords: ['de', 'het', 'een', 'van', 'en', 'in', 'dat', 'op', 'te', 'voor', 'met', 'zijn', 'is', 'niet', 'door', 'aan', 'die', 'worden', 'wordt', 'ook', 'om', 'over', 'heeft', 'als', 'rechten', 'naar'],
  hyphenContinuations: ['en', 'of', 'tot'],
};
