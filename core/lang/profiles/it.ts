import type { LanguageProfile } from '../profile.js';

/**
 * Italian. Opening, "visto/vista/visti/viste" (agreement) and "considerando che" V (B-9-2022-0262_IT,
 * TA-9-2020-0031_IT); title V~; "GU C … del" V. U: page word "pag.", closing formula, motion title starts.
 */
export const it: LanguageProfile = {
  code: 'it',
  name: 'Italian',
  nativeName: 'italiano',
  script: 'latin',
  lettering: 'latin',
  opening: ['Il Parlamento europeo'],
  citationOpeners: ['visto', 'vista', 'visti', 'viste'],
  recitalOpeners: ['considerando che'],
  closingStems: ['incarica la sua presidente', 'incarica il suo presidente'],
  titleStarts: ['Risoluzione del Parlamento europeo', 'Proposta di risoluzione comune', 'Proposta di risoluzione'],
  months: {
    nominative: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    afterDay: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['GU'],
  pageWords: ['pag.', 'pagg.'],
  textsAdopted: ['Testi approvati'],
  motto: 'Unita nella diversità',
  commonWords: ['il', 'la', 'di', 'e', 'che', 'in', 'del', 'della', 'per', 'con', 'un', 'una', 'non', 'sono', 'è', 'dei', 'delle', 'le', 'gli', 'al', 'alla', 'nel', 'nella', 'si', 'diritti', 'ha', 'ed', 'suo', 'sua', 'sugli', 'sul', 'sulla', 'dal', 'dalla', 'ai', 'agli', 'nei', 'questo', 'questa', 'anche', 'tutti', 'tutte', 'tra', 'contro'],
  hyphenContinuations: ['e', 'o', 'ed', 'od'],
};
