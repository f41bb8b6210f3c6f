import type { LanguageProfile } from '../profile.js';

/**
 * Latvian. Opening, "ņemot vērā", "tā kā" V (TA-7-2010-0128_LV); title V~; dates are year first ("2022. gada
 * 20. janvāra"). U: the genitive forms februāra, aprīļa, jūlija, augusta; locative month variants ("janvārī");
 * closing formula; motion title starts; OJ page form "83. lpp."; the motto.
 */
export const lv: LanguageProfile = {
  code: 'lv',
  name: 'Latvian',
  nativeName: 'latviešu',
  script: 'latin',
  lettering: 'latin',
  opening: ['Eiropas Parlaments'],
  citationOpeners: ['ņemot vērā'],
  recitalOpeners: ['tā kā'],
  closingStems: ['uzdod priekšsēdētājai', 'uzdod priekšsēdētājam'],
  titleStarts: ['Eiropas Parlamenta', 'Kopīgs rezolūcijas priekšlikums', 'Rezolūcijas priekšlikums'],
  months: {
    nominative: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
    afterDay: ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    variants: [['janvārī'], ['februārī'], ['martā'], ['aprīlī'], ['maijā'], ['jūnijā'], ['jūlijā'], ['augustā'], ['septembrī'], ['oktobrī'], ['novembrī'], ['decembrī']],
  },
  dateOrder: 'ymd',
  decimal: ',',
  oj: ['OV'],
  pageWords: ['lpp.'],
  textsAdopted: ['Pieņemtie teksti'],
  motto: 'Vienoti daudzveidībā',
  commonWords: ['un', 'ir', 'par', 'ar', 'no', 'uz', 'kas', 'ka', 'tā', 'kā', 'arī', 'vai', 'to', 'tas', 'lai', 'bija', 'nav', 'pret', 'šo', 'savu', 'kuru', 'starp', 'cilvēktiesību', 'tiesības'],
  hyphenContinuations: ['un', 'vai'],
};
