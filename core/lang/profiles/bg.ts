import type { LanguageProfile } from '../profile.js';

/**
 * Bulgarian. Opening, citation and recital formulas V (TA-9-2023-0009_BG, B7-0255/2011_BG); title pattern V~;
 * closing V~ (2012 decision text). U: the motion title starts, OJ form "ОВ … стр.", the motto.
 */
export const bg: LanguageProfile = {
  code: 'bg',
  name: 'Bulgarian',
  nativeName: 'български',
  script: 'cyrillic',
  lettering: 'cyrillic-bg',
  opening: ['Европейският парламент'],
  citationOpeners: ['като взе предвид'],
  recitalOpeners: ['като има предвид, че'],
  closingStems: ['възлага на своя председател'],
  titleStarts: ['Резолюция на Европейския парламент', 'Общо предложение за резолюция', 'Предложение за резолюция'],
  months: {
    nominative: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
    afterDay: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['ОВ'],
  pageWords: ['стр.'],
  textsAdopted: ['Приети текстове'],
  motto: 'Обединен в многообразието',
  commonWords: ['и', 'на', 'в', 'за', 'от', 'с', 'че', 'по', 'като', 'да', 'се', 'не', 'са', 'е', 'или', 'към', 'това', 'които', 'която', 'който', 'правата', 'при', 'след', 'със'],
  hyphenContinuations: ['и', 'или'],
};
