import type { LanguageProfile } from '../profile.js';

/**
 * Finnish. Opening "Euroopan parlamentti, joka" and "ottaa huomioon" V (TA-9-2023-0009_FI); recital formula
 * varies ("ottaa huomioon, että", "toteaa, että", "katsoo, että", all seen); title V~; "EUVL" V, page word "s."
 * U. U: closing formula, motion title starts, inessive month variants ("tammikuussa").
 */
export const fi: LanguageProfile = {
  code: 'fi',
  name: 'Finnish',
  nativeName: 'suomi',
  script: 'latin',
  lettering: 'latin',
  opening: ['Euroopan parlamentti, joka', 'Euroopan parlamentti'],
  citationOpeners: ['ottaa huomioon'],
  recitalOpeners: ['ottaa huomioon, että', 'toteaa, että', 'katsoo, että'],
  closingStems: ['kehottaa puhemiestä'],
  titleStarts: ['Euroopan parlamentin päätöslauselma', 'Yhteinen päätöslauselmaesitys', 'Päätöslauselmaesitys'],
  months: {
    nominative: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
    afterDay: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    variants: [['tammikuussa'], ['helmikuussa'], ['maaliskuussa'], ['huhtikuussa'], ['toukokuussa'], ['kesäkuussa'], ['heinäkuussa'], ['elokuussa'], ['syyskuussa'], ['lokakuussa'], ['marraskuussa'], ['joulukuussa']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['EUVL'],
  pageWords: ['s.'],
  textsAdopted: ['Hyväksytyt tekstit'],
  motto: 'Moninaisuudessaan yhtenäinen',
  commonWords: ['ja', 'on', 'että', 'ei', 'se', 'joka', 'jotka', 'sekä', 'tai', 'myös', 'ovat', 'oli', 'kuin', 'mukaan', 'sen', 'niiden', 'jossa', 'kanssa', 'euroopan', 'parlamentti', 'ihmisoikeuksien', 'olisi', 'hän', 'tämän'],
  hyphenContinuations: ['ja', 'tai', 'sekä'],
};
