import type { LanguageProfile } from '../profile.js';

/**
 * Swedish. Opening "Europaparlamentet utfärdar denna resolution" (no comma; decisions "… fattar detta beslut"),
 * "med beaktande av" V (EUR-Lex 52022BP0127_SV, TA-9-2023-0138_SV, 52019IP0098_SV); the misspelt "med beaktade av"
 * opens a real citation in the OJ text of 52017IP0063_SV, so it is accepted too; recitals have no formula (V); title V~.
 * U: closing formula (and whether operative paragraphs start with "Europaparlamentet"), motion title starts,
 * OJ form "EUT …, s.", the motto.
 */
export const sv: LanguageProfile = {
  code: 'sv',
  name: 'Swedish',
  nativeName: 'svenska',
  script: 'latin',
  lettering: 'latin',
  opening: ['Europaparlamentet utfärdar denna resolution', 'Europaparlamentet fattar detta beslut'],
  citationOpeners: ['med beaktande av', 'med beaktade av'],
  recitalOpeners: [],
  closingStems: ['uppdrar åt talmannen', 'europaparlamentet uppdrar åt talmannen'],
  titleStarts: ['Europaparlamentets resolution', 'Gemensamt resolutionsförslag', 'Förslag till resolution'],
  months: {
    nominative: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    afterDay: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['EUT'],
  pageWords: ['s.'],
  textsAdopted: ['Antagna texter'],
  motto: 'Förenade i mångfalden',
  commonWords: ['och', 'i', 'att', 'av', 'för', 'som', 'på', 'med', 'en', 'ett', 'är', 'den', 'det', 'de', 'till', 'om', 'har', 'inte', 'eller', 'sig', 'också', 'från', 'vid', 'europaparlamentet', 'mänskliga', 'rättigheter'],
  hyphenContinuations: ['och', 'eller', 'samt'],
};
