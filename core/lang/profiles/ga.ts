import type { LanguageProfile } from '../profile.js';

/**
 * Irish. Opening "Tá Parlaimint na hEorpa", "ag féachaint do/don/d'/dá" and "de bhrí go/gur/nach" V
 * (TA-9-2022-0033_GA); title V~. U: the closing formula ("tugann sí treoir dá hUachtarán" or "á threorú dá
 * hUachtarán"), motion title starts, OJ form "IO … lch.", genitive month variants ("mí na Samhna"), the motto.
 * Decimal point (ISG: EN, GA and MT use a point outside the OJ).
 */
export const ga: LanguageProfile = {
  code: 'ga',
  name: 'Irish',
  nativeName: 'Gaeilge',
  script: 'latin',
  lettering: 'latin',
  opening: ['Tá Parlaimint na hEorpa'],
  citationOpeners: ['ag féachaint do', 'ag féachaint don', 'ag féachaint d’', "ag féachaint d'", 'ag féachaint dá'],
  recitalOpeners: ['de bhrí go', 'de bhrí gur', 'de bhrí nach'],
  closingStems: ['tugann sí treoir dá huachtarán', 'á threorú dá huachtarán'],
  titleStarts: ['Rún ó Pharlaimint na hEorpa', 'Comhthairiscint i gcomhair rúin', 'Tairiscint i gcomhair rúin'],
  months: {
    nominative: ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
    afterDay: ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
    variants: [[], [], [], ['Aibreáin'], [], ['Meithimh'], [], [], ['Mheán Fómhair'], ['Dheireadh Fómhair'], ['Samhna'], ['Nollag']],
  },
  dateOrder: 'dmy',
  decimal: '.',
  oj: ['IO'],
  pageWords: ['lch.'],
  textsAdopted: ['Téacsanna atá glactha', 'Téacsanna arna nglacadh'],
  motto: 'Aontaithe san éagsúlacht',
  commonWords: ['agus', 'an', 'na', 'ar', 'le', 'go', 'ag', 'do', 'is', 'ó', 'ach', 'mar', 'faoi', 'sa', 'don', 'leis', 'atá', 'níos', 'nach', 'gur', 'chun', 'bhí', 'sí', 'cearta', 'seo', 'sin'],
  hyphenContinuations: ['agus', 'nó'],
};
