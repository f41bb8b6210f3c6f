import type { LanguageProfile } from '../profile.js';

/**
 * Spanish. Opening, "Visto/Vista/Vistos/Vistas" (agreeing with the next noun) and "Considerando que" V
 * (TA-9-2021-0255_ES); "Considera que" seen as a variant; title V~; "DO … de" V. U: closing formula, motion
 * title starts, page word "p.".
 */
export const es: LanguageProfile = {
  code: 'es',
  name: 'Spanish',
  nativeName: 'español',
  script: 'latin',
  lettering: 'latin',
  opening: ['El Parlamento Europeo'],
  citationOpeners: ['visto', 'vista', 'vistos', 'vistas'],
  recitalOpeners: ['considerando que', 'considera que'],
  closingStems: ['encarga a su presidenta', 'encarga a su presidente'],
  titleStarts: ['Resolución del Parlamento Europeo', 'Propuesta de resolución común', 'Propuesta de resolución'],
  months: {
    nominative: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    afterDay: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    variants: [[], [], [], [], [], [], [], [], ['setiembre'], [], [], []],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['DO'],
  pageWords: ['p.'],
  textsAdopted: ['Textos aprobados'],
  motto: 'Unida en la diversidad',
  commonWords: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'con', 'una', 'un', 'para', 'su', 'al', 'es', 'sobre', 'ha', 'han', 'como', 'lo', 'derechos', 'sus', 'ser', 'contra', 'desde', 'entre', 'todos', 'todas', 'este', 'esta', 'durante'],
  hyphenContinuations: ['y', 'o', 'e', 'u'],
};
