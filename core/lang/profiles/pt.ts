import type { LanguageProfile } from '../profile.js';

/**
 * Portuguese. Opening, "Tendo em conta", "Considerando que" V (RC-B6-0500/2007_PT, EUR-Lex 52013IP0534); title
 * V~ (date between commas); "JO L … de" V. U: closing formula, motion title starts, capitalised months in
 * older texts (matching is case-insensitive anyway).
 */
export const pt: LanguageProfile = {
  code: 'pt',
  name: 'Portuguese',
  nativeName: 'português',
  script: 'latin',
  lettering: 'latin',
  opening: ['O Parlamento Europeu'],
  citationOpeners: ['tendo em conta'],
  recitalOpeners: ['considerando que'],
  closingStems: ['encarrega a sua presidente', 'encarrega o seu presidente'],
  titleStarts: ['Resolução do Parlamento Europeu', 'Proposta de resolução comum', 'Proposta de resolução'],
  months: {
    nominative: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    afterDay: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['JO'],
  pageWords: ['p.'],
  textsAdopted: ['Textos aprovados'],
  motto: 'Unida na diversidade',
  commonWords: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'no', 'na', 'para', 'com', 'um', 'uma', 'por', 'é', 'não', 'são', 'ao', 'pelo', 'foi', 'direitos', 'contra', 'desde', 'entre', 'todos', 'todas', 'seu', 'sua', 'seus', 'suas', 'este', 'esta', 'nos', 'nas', 'às'],
  hyphenContinuations: ['e', 'ou'],
};
