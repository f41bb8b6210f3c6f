import type { LanguageProfile } from '../profile.js';

/**
 * Polish. Opening and "uwzględniając" V (TA-9-2022-0106_PL); title V~ ("z dnia … r."). U: recital "mając na
 * uwadze, że", closing formula, motion title starts, OJ form "Dz.U. … s." (third-party copies show "Dz.U.UE"),
 * locative month variants ("w styczniu").
 */
export const pl: LanguageProfile = {
  code: 'pl',
  name: 'Polish',
  nativeName: 'polski',
  script: 'latin',
  lettering: 'latin',
  opening: ['Parlament Europejski'],
  citationOpeners: ['uwzględniając'],
  recitalOpeners: ['mając na uwadze, że'],
  closingStems: ['zobowiązuje swoją przewodniczącą', 'zobowiązuje swojego przewodniczącego'],
  titleStarts: ['Rezolucja Parlamentu Europejskiego', 'Wspólny projekt rezolucji', 'Projekt rezolucji'],
  months: {
    nominative: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
    afterDay: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    variants: [['styczniu'], ['lutym'], ['marcu'], ['kwietniu'], ['maju'], ['czerwcu'], ['lipcu'], ['sierpniu'], ['wrześniu'], ['październiku'], ['listopadzie'], ['grudniu']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['Dz.U.', 'Dz. U.', 'Dz.U.UE'],
  pageWords: ['s.', 'str.'],
  textsAdopted: ['Teksty przyjęte'],
  motto: 'Zjednoczona w różnorodności',
  commonWords: ['i', 'w', 'na', 'z', 'się', 'że', 'do', 'nie', 'jest', 'o', 'oraz', 'przez', 'od', 'dla', 'są', 'jak', 'lub', 'który', 'która', 'które', 'po', 'ze', 'także', 'praw', 'człowieka', 'roku'],
  hyphenContinuations: ['i', 'oraz', 'lub', 'albo'],
};
