import type { LanguageProfile } from '../profile.js';

/**
 * Hungarian. Opening, "tekintettel … -ra/-re" and "mivel" V (TA-9-2023-0009_HU); title V~ (date before the noun:
 * "Az Európai Parlament 2022. január 20-i állásfoglalása"); year-first dates V ("2023.9.29." in OJ). U: closing
 * formula, motion title starts, OJ footnote form "HL C 23., 2021.1.21., 83. o.", the motto.
 */
export const hu: LanguageProfile = {
  code: 'hu',
  name: 'Hungarian',
  nativeName: 'magyar',
  script: 'latin',
  lettering: 'latin',
  opening: ['Az Európai Parlament'],
  citationOpeners: ['tekintettel'],
  recitalOpeners: ['mivel'],
  closingStems: ['utasítja elnökét'],
  titleStarts: ['Az Európai Parlament', 'Közös állásfoglalásra irányuló indítvány', 'Állásfoglalásra irányuló indítvány'],
  months: {
    nominative: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    afterDay: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    variants: [['januárban'], ['februárban'], ['márciusban'], ['áprilisban'], ['májusban'], ['júniusban'], ['júliusban'], ['augusztusban'], ['szeptemberben'], ['októberben'], ['novemberben'], ['decemberben']],
  },
  dateOrder: 'ymd',
  decimal: ',',
  oj: ['HL'],
  pageWords: ['o.'],
  textsAdopted: ['Elfogadott szövegek'],
  motto: 'Egyesülve a sokféleségben',
  commonWords: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'mivel', 'meg', 'de', 'vagy', 'által', 'között', 'valamint', 'kell', 'szerint', 'emberi', 'jogok', 'alapján', 'ezt', 'azt', 'mint', 'amely', 'volt'],
  hyphenContinuations: ['és', 'vagy', 'illetve', 'valamint'],
};
