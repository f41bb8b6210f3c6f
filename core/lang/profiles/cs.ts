import type { LanguageProfile } from '../profile.js';

/**
 * Czech. Opening, citation and title V (TA-9-2022-0012_CS); recital V~ (2007 text). U: closing formula, motion
 * title starts, OJ form "Úř. věst. … s.", locative month variants ("v lednu").
 */
export const cs: LanguageProfile = {
  code: 'cs',
  name: 'Czech',
  nativeName: 'čeština',
  script: 'latin',
  lettering: 'latin',
  opening: ['Evropský parlament'],
  citationOpeners: ['s ohledem na'],
  recitalOpeners: ['vzhledem k tomu, že'],
  closingStems: ['pověřuje svou předsedkyni', 'pověřuje svého předsedu'],
  titleStarts: ['Usnesení Evropského parlamentu', 'Společný návrh usnesení', 'Návrh usnesení'],
  months: {
    nominative: ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec'],
    afterDay: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
    variants: [['lednu'], ['únoru'], ['březnu'], ['dubnu'], ['květnu'], ['červnu'], ['červenci'], ['srpnu'], [], ['říjnu'], [], ['prosinci']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['Úř. věst.'],
  pageWords: ['s.'],
  textsAdopted: ['Přijaté texty'],
  motto: 'Jednotná v rozmanitosti',
  commonWords: ['a', 'v', 've', 'na', 'se', 'že', 'je', 'jsou', 'k', 'ke', 's', 'z', 'ze', 'o', 'pro', 'který', 'která', 'které', 'jeho', 'byl', 'byla', 'bylo', 'také', 'není', 'lidská', 'práva', 'by', 'při', 'mají', 'kteří', 'tím', 'aby', 'od', 'do', 'za', 'proti', 'pouze', 'všechny', 'svých', 'své', 'svou', 'jejich', 'mezi', 'nebo', 'po', 'před', 'jako'],
  hyphenContinuations: ['a', 'i', 'nebo', 'či', 'anebo'],
};
