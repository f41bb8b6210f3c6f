import type { FixtureDoc } from './fixture-docs.js';

/**
 * A small resolution, written by us in EN, DE and RO, for DOCX files whose footnote calls carry no formatting:
 * the digits were typed or pasted in plain text ("Testland{1}," is written "Testland1,", "2019{2}" is "20192"),
 * the notes typed as a list at the end (scripts/fixtures/make-plain-calls.ts). Every unit also holds numbers that
 * are not calls and must stay whole: a lone year, "COM(2021)0512", "Regulation (EU) 2019/452", "P9_TA(2021)0056",
 * a paragraph and a rule number, counts ("12 of the 14 regions"). Notes look like references (OJ, texts adopted,
 * dated documents), as the typed-list recogniser asks of bare "1 …" bodies.
 */
export const PLAIN_CALL_DOCS: readonly FixtureDoc[] = [
  {
    lang: 'en',
    title: 'European Parliament resolution of 20 January 2022 on the partnership with Testland',
    procedure: '2022/2505(RSP)',
    opening: 'The European Parliament,',
    citations: [
      'having regard to its previous resolutions on Testland{1},',
      'having regard to the Commission proposal COM(2021)0512 and to Regulation (EU) 2019/452 of 19 March 2019{2},',
      'having regard to paragraph 3 of its resolution P9_TA(2021)0056 and to Rule 144(5) of its Rules of Procedure,',
    ],
    recitals: [
      ['A', 'whereas the 2019 elections and the elections of 2021{3} were marked by restrictions;'],
      ['B', 'whereas 12 of the 14 regions reported protests in 2022;'],
    ],
    paragraphs: [
      'Calls on the authorities of Testland{4} to release all peaceful protesters held since 2021;',
      'Instructs its President to forward this resolution to the Council, the Commission and the authorities of Testland.',
    ],
    footnotes: ['Texts adopted, P9_TA(2021)0056.', 'OJ L 79I, 21.3.2019, p. 1.', 'Final report of the observation mission, 25.3.2021.', 'Statement of the spokesperson, 5.1.2022.'],
    sitting: 'Thursday, 20 January 2022 - Strasbourg',
    shortTitle: 'Partnership with Testland',
    motto: 'United in diversity',
  },
  {
    lang: 'de',
    title: 'Entschließung des Europäischen Parlaments vom 20. Januar 2022 zur Partnerschaft mit Testland',
    procedure: '2022/2505(RSP)',
    opening: 'Das Europäische Parlament,',
    citations: [
      'unter Hinweis auf seine früheren Entschließungen zu Testland{1},',
      'unter Hinweis auf den Vorschlag der Kommission COM(2021)0512 und die Verordnung (EU) 2019/452 vom 19. März 2019{2},',
      'gestützt auf Ziffer 3 seiner Entschließung P9_TA(2021)0056 und Artikel 144 Absatz 5 seiner Geschäftsordnung,',
    ],
    recitals: [
      ['A', 'in der Erwägung, dass die Wahlen von 2019 und die Wahlen von 2021{3} von Einschränkungen geprägt waren;'],
      ['B', 'in der Erwägung, dass 12 der 14 Regionen im Jahr 2022 Proteste meldeten;'],
    ],
    paragraphs: [
      'fordert die Behörden von Testland{4} auf, alle seit 2021 inhaftierten friedlichen Demonstranten freizulassen;',
      'beauftragt seine Präsidentin, diese Entschließung dem Rat, der Kommission und den Behörden von Testland zu übermitteln.',
    ],
    footnotes: ['Angenommene Texte, P9_TA(2021)0056.', 'ABl. L 79I vom 21.3.2019, S. 1.', 'Schlussbericht der Beobachtungsmission, 25.3.2021.', 'Erklärung des Sprechers, 5.1.2022.'],
    sitting: 'Donnerstag, 20. Januar 2022 - Straßburg',
    shortTitle: 'Partnerschaft mit Testland',
    motto: 'In Vielfalt geeint',
  },
  {
    lang: 'ro',
    title: 'Rezoluția Parlamentului European din 20 ianuarie 2022 referitoare la parteneriatul cu Testland',
    procedure: '2022/2505(RSP)',
    opening: 'Parlamentul European,',
    citations: [
      'având în vedere rezoluțiile sale anterioare privind Testland{1},',
      'având în vedere propunerea Comisiei COM(2021)0512 și Regulamentul (UE) 2019/452 din 19 martie 2019{2},',
      'având în vedere punctul 3 din rezoluția sa P9_TA(2021)0056 și articolul 144 alineatul (5) din Regulamentul său de procedură,',
    ],
    recitals: [
      ['A', 'întrucât alegerile din 2019 și alegerile din 2021{3} au fost marcate de restricții;'],
      ['B', 'întrucât 12 din cele 14 regiuni au raportat proteste în 2022;'],
    ],
    paragraphs: [
      'invită autoritățile din Testland{4} să elibereze toți protestatarii pașnici deținuți din 2021;',
      'încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului, Comisiei și autorităților din Testland.',
    ],
    footnotes: ['Texte adoptate, P9_TA(2021)0056.', 'JO L 79I, 21.3.2019, p. 1.', 'Raportul final al misiunii de observare, 25.3.2021.', 'Declarația purtătorului de cuvânt, 5.1.2022.'],
    sitting: 'Joi, 20 ianuarie 2022 - Strasbourg',
    shortTitle: 'Parteneriatul cu Testland',
    motto: 'Unită în diversitate',
  },
];

/** How the DOCX fixtures of tests/fixtures/docx/plain-calls/ write calls and notes. */
export const PLAIN_CALL_FORMS = [
  /** Every call plain digits; the notes a typed list "1<tab>text" after a typed separator. */
  'typed-list',
  /** Every call plain digits; the notes a typed list whose numbers are superscript runs. */
  'superscript-list',
  /** Call 1 a superscript run, the other calls plain digits; the notes a plain typed list. */
  'mixed',
] as const;
export type PlainCallForm = (typeof PLAIN_CALL_FORMS)[number];
