import type { LanguageProfile } from '../profile.js';

/**
 * Lithuanian. Opening and "atsižvelgdamas į" V (TA-6-2008-0055_LT); title V~ (the date comes first:
 * "2022 m. sausio 20 d. Europos Parlamento rezoliucija"). U: recital "kadangi" (only "Kadan…" seen), closing
 * formula, motion title starts, OJ form "OL C 23, 2021 1 21, p. 83", the motto.
 */
export const lt: LanguageProfile = {
  code: 'lt',
  name: 'Lithuanian',
  nativeName: 'lietuvių',
  script: 'latin',
  lettering: 'latin',
  opening: ['Europos Parlamentas'],
  citationOpeners: ['atsižvelgdamas į'],
  recitalOpeners: ['kadangi'],
  closingStems: ['paveda pirmininkei', 'paveda pirmininkui'],
  titleStarts: ['Europos Parlamento rezoliucija', 'Bendras pasiūlymas dėl rezoliucijos', 'Pasiūlymas dėl rezoliucijos'],
  months: {
    nominative: ['sausis', 'vasaris', 'kovas', 'balandis', 'gegužė', 'birželis', 'liepa', 'rugpjūtis', 'rugsėjis', 'spalis', 'lapkritis', 'gruodis'],
    afterDay: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  },
  dateOrder: 'ymd',
  decimal: ',',
  oj: ['OL'],
  pageWords: ['p.'],
  textsAdopted: ['Priimti tekstai'],
  motto: 'Suvienijusi įvairovę',
  commonWords: ['ir', 'į', 'kad', 'su', 'iš', 'dėl', 'yra', 'kaip', 'ar', 'bei', 'jo', 'jos', 'tai', 'buvo', 'taip', 'pat', 'ne', 'kuris', 'kurie', 'kurios', 'nuo', 'per', 'kadangi', 'žmogaus', 'teisių'],
  hyphenContinuations: ['ir', 'ar', 'bei', 'arba'],
};
