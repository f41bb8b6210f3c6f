import type { LanguageProfile } from '../profile.js';

/**
 * Slovenian. Opening, "ob upoštevanju", "ker" and title V (TA-9-2022-0012_SL); "UL L …, str." V (ISG SL 10.5).
 * U: genitive months julija, avgusta, novembra; closing formula; motion title starts; the "Texts adopted" label
 * (not in facts doc §1c); the motto.
 */
export const sl: LanguageProfile = {
  code: 'sl',
  name: 'Slovenian',
  nativeName: 'slovenščina',
  script: 'latin',
  lettering: 'latin',
  opening: ['Evropski parlament'],
  citationOpeners: ['ob upoštevanju'],
  recitalOpeners: ['ker'],
  closingStems: ['naroči svoji predsednici', 'naroči svojemu predsedniku'],
  titleStarts: ['Resolucija Evropskega parlamenta', 'Skupni predlog resolucije', 'Predlog resolucije'],
  months: {
    nominative: ['januar', 'februar', 'marec', 'april', 'maj', 'junij', 'julij', 'avgust', 'september', 'oktober', 'november', 'december'],
    afterDay: ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    variants: [['januarju'], ['februarju'], ['marcu'], ['aprilu'], ['maju'], ['juniju'], ['juliju'], ['avgustu'], ['septembru'], ['oktobru'], ['novembru'], ['decembru']],
  },
  dateOrder: 'dmy',
  decimal: ',',
  oj: ['UL'],
  pageWords: ['str.'],
  textsAdopted: ['Sprejeta besedila'],
  motto: 'Združena v raznolikosti',
  commonWords: ['in', 'v', 'je', 'da', 'na', 'se', 'za', 'ki', 'so', 'z', 's', 'o', 'iz', 'ali', 'kot', 'tudi', 'pa', 'ter', 'bi', 'ni', 'ker', 'od', 'človekovih', 'pravic', 'bila', 'njegove', 'k', 'h', 'pri', 'po', 'med', 'nad', 'pod', 'naj', 'vse', 'vseh', 'zaradi', 'svoje', 'svojih', 'samo', 'tega', 'do'],
  hyphenContinuations: ['in', 'ali', 'ter'],
};
