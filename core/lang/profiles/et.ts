import type { LanguageProfile } from '../profile.js';

/**
 * Estonian. Everything here is U (facts doc §9: "everything for SK and ET"): formulas, title, closing, genitive
 * months ("20. jaanuari 2022. aasta"), OJ form "ELT … lk", the "Texts adopted" label and the motto.
 */
export const et: LanguageProfile = {
  code: 'et',
  name: 'Estonian',
  nativeName: 'eesti',
  script: 'latin',
  lettering: 'latin',
  opening: ['Euroopa Parlament'],
  citationOpeners: ['võttes arvesse'],
  recitalOpeners: ['arvestades, et'],
  closingStems: ['teeb presidendile ülesandeks'],
  titleStarts: ['Euroopa Parlamendi', 'Ühine resolutsiooni ettepanek', 'Resolutsiooni ettepanek'],
  months: {
    nominative: ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'],
    afterDay: ['jaanuari', 'veebruari', 'märtsi', 'aprilli', 'mai', 'juuni', 'juuli', 'augusti', 'septembri', 'oktoobri', 'novembri', 'detsembri'],
    variants: [['jaanuaris'], ['veebruaris'], ['märtsis'], ['aprillis'], ['mais'], ['juunis'], ['juulis'], ['augustis'], ['septembris'], ['oktoobris'], ['novembris'], ['detsembris']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['ELT'],
  pageWords: ['lk'],
  textsAdopted: ['Vastuvõetud tekstid'],
  motto: 'Ühinenud mitmekesisuses',
  commonWords: ['ja', 'on', 'et', 'ei', 'ka', 'mis', 'oli', 'kui', 'see', 'või', 'ning', 'selle', 'kes', 'mille', 'nende', 'aga', 'kõik', 'poolt', 'vahel', 'kohta', 'suhtes', 'oma', 'inimõiguste', 'tuleb'],
  hyphenContinuations: ['ja', 'või', 'ning'],
};
