import type { LanguageProfile } from '../profile.js';

/**
 * German. Opening, "unter Hinweis auf", "gestützt auf", recital and closing V (TA-9-2022-0204_DE, CELEX
 * 52010IP0047); "in Kenntnis" as a citation opener U; title V~ ("zur Lage" vs "zur Situation" varies);
 * "ABl." V, page word "S." U.
 */
export const de: LanguageProfile = {
  code: 'de',
  name: 'German',
  nativeName: 'Deutsch',
  script: 'latin',
  lettering: 'latin',
  opening: ['Das Europäische Parlament'],
  citationOpeners: ['unter hinweis auf', 'gestützt auf', 'in kenntnis'],
  recitalOpeners: ['in der erwägung, dass'],
  closingStems: ['beauftragt seine präsidentin', 'beauftragt seinen präsidenten'],
  titleStarts: ['Entschließung des Europäischen Parlaments', 'Gemeinsamer Entschließungsantrag', 'Entschließungsantrag'],
  months: {
    nominative: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    afterDay: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    variants: [['Jänner'], [], ['Maerz'], [], [], [], [], [], [], [], [], []],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['ABl.'],
  pageWords: ['S.'],
  textsAdopted: ['Angenommene Texte'],
  motto: 'In Vielfalt geeint',
  commonWords: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'des', 'dem', 'ist', 'sich', 'nicht', 'auf', 'für', 'eine', 'ein', 'dass', 'auch', 'werden', 'wird', 'sind', 'im', 'einer', 'über'],
  hyphenContinuations: ['und', 'oder', 'sowie', 'bzw.', 'beziehungsweise', 'bis'],
};
