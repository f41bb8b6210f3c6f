import type { LanguageProfile } from '../profile.js';

/**
 * Slovak. Everything here is U (facts doc §9: "everything for SK and ET"): formulas, title, closing, OJ form
 * "Ú. v. EÚ … s.", the "Texts adopted" label (not in §1c) and the motto. Months from CLDR (V).
 */
export const sk: LanguageProfile = {
  code: 'sk',
  name: 'Slovak',
  nativeName: 'slovenčina',
  script: 'latin',
  lettering: 'latin',
  opening: ['Európsky parlament'],
  citationOpeners: ['so zreteľom na'],
  recitalOpeners: ['keďže'],
  closingStems: ['poveruje svoju predsedníčku', 'poveruje svojho predsedu'],
  titleStarts: ['Uznesenie Európskeho parlamentu', 'Spoločný návrh uznesenia', 'Návrh uznesenia'],
  months: {
    nominative: ['január', 'február', 'marec', 'apríl', 'máj', 'jún', 'júl', 'august', 'september', 'október', 'november', 'december'],
    afterDay: ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
    variants: [['januári'], ['februári'], ['marci'], ['apríli'], ['máji'], ['júni'], ['júli'], ['auguste'], ['septembri'], ['októbri'], ['novembri'], ['decembri']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['Ú. v. EÚ'],
  pageWords: ['s.'],
  textsAdopted: ['Prijaté texty'],
  motto: 'Zjednotení v rozmanitosti',
  commonWords: ['a', 'v', 'vo', 'na', 'sa', 'že', 'je', 'sú', 'k', 's', 'z', 'zo', 'o', 'pre', 'ktorý', 'ktorá', 'ktoré', 'jeho', 'bol', 'bola', 'aj', 'ako', 'alebo', 'nie', 'ľudské', 'práva', 'keďže', 'by', 'majú', 'ktorí', 'tým', 'aby', 'od', 'do', 'za', 'proti', 'voči', 'len', 'všetky', 'svojich', 'svoje', 'svoju', 'ich', 'medzi', 'po', 'pred'],
  hyphenContinuations: ['a', 'i', 'alebo', 'či'],
};
