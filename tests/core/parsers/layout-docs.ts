import type { FixtureDoc } from './fixture-docs.js';
import { expectedUnits } from './fixture-docs.js';

/**
 * A second small resolution, written by us in RO, EN and DE, for the DOCX and PDF layouts institutions and
 * translators produce (scripts/fixtures/make-fixtures.ts): Word footnotes, superscript runs with a typed
 * footnote list, LibreOffice raised runs, and a PDF with running headers and page numbers. Calls sit right after
 * a country name ("Kazahstan{1}") and right after years ("2020{2}", "2021{3}"), where a lost superscript
 * leaves "Kazahstan1" and "20202". Texts hold a soft hyphen (U+00AD) and a non-breaking hyphen (U+2011), written
 * as Word's own elements in the DOCX; the parsed text has neither. Footnote 3 has two paragraphs.
 */
export interface LayoutDoc extends FixtureDoc {
  /** Footnote bodies as paragraphs; `footnotes` is each joined with a space. */
  readonly notes: readonly (readonly string[])[];
  /** Words that tracked changes delete from paragraph 1 in the Word fixture (must not appear once parsed). */
  readonly deleted: string;
  /** Running header of the PDF fixture. */
  readonly runningHeader: string;
}

function layout(d: Omit<LayoutDoc, 'footnotes'>): LayoutDoc {
  return { ...d, footnotes: d.notes.map((p) => p.join(' ')) };
}

export const LAYOUT_DOCS: readonly LayoutDoc[] = [
  layout({
    lang: 'ro',
    title: 'Rezoluția Parlamentului European din 20 ianuarie 2022 referitoare la situația din Kazahstan',
    procedure: '2022/2505(RSP)',
    opening: 'Parlamentul European,',
    citations: [
      'având în vedere rezoluțiile sale anterioare privind Kazahstan{1},',
      'având în vedere Acordul de parteneriat și cooperare consolidat UE\u2011Kazahstan, aplicat integral din 2020{2},',
      'având în vedere articolul 144 alineatul (5) din Regulamentul său de procedură,',
    ],
    recitals: [
      ['A', 'întrucât protestele au început la 2 ianuarie 2022 în regiunea Mangh\u00ADîstau;'],
      ['B', 'întrucât misiunea de observare a alegerilor din 2021{3} a semnalat restricții grave ale libertății de întrunire;'],
    ],
    paragraphs: [
      'condamnă violențele și cere o anchetă internațională independentă;',
      'invită autoritățile din Kazahstan să elibereze toți protestatarii pașnici;',
      'încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului, Comisiei și autorităților din Kazahstan.',
    ],
    notes: [
      ['Texte adoptate, P9_TA(2021)0056.'],
      ['JO L 29, 4.2.2016, p. 3.'],
      ['Raportul final al misiunii, publicat la 25 martie 2021.', 'Versiunea integrală există numai în limba engleză.'],
    ],
    deleted: 'ferm ',
    sitting: 'Joi, 20 ianuarie 2022 - Strasbourg',
    shortTitle: 'Situația din Kazahstan',
    motto: 'Unită în diversitate',
    runningHeader: 'Rezoluția din 20 ianuarie 2022 – Kazahstan',
  }),
  layout({
    lang: 'en',
    title: 'European Parliament resolution of 20 January 2022 on the situation in Kazakhstan',
    procedure: '2022/2505(RSP)',
    opening: 'The European Parliament,',
    citations: [
      'having regard to its previous resolutions on Kazakhstan{1},',
      'having regard to the EU\u2011Kazakhstan Enhanced Partnership and Cooperation Agreement, fully applied since 2020{2},',
      'having regard to Rule 144(5) of its Rules of Procedure,',
    ],
    recitals: [
      ['A', 'whereas the protests began on 2 January 2022 in the Mangh\u00ADystau region;'],
      ['B', 'whereas the election observation mission of 2021{3} reported serious restrictions on freedom of assembly;'],
    ],
    paragraphs: [
      'condemns the violence and calls for an independent international investigation;',
      'calls on the authorities of Kazakhstan to release all peaceful protesters;',
      'Instructs its President to forward this resolution to the Council, the Commission and the authorities of Kazakhstan.',
    ],
    notes: [
      ['Texts adopted, P9_TA(2021)0056.'],
      ['OJ L 29, 4.2.2016, p. 3.'],
      ['Final report of the mission, published on 25 March 2021.', 'The full version exists in English only.'],
    ],
    deleted: 'strongly ',
    sitting: 'Thursday, 20 January 2022 - Strasbourg',
    shortTitle: 'Situation in Kazakhstan',
    motto: 'United in diversity',
    runningHeader: 'Resolution of 20 January 2022 – Kazakhstan',
  }),
  layout({
    lang: 'de',
    title: 'Entschließung des Europäischen Parlaments vom 20. Januar 2022 zur Lage in Kasachstan',
    procedure: '2022/2505(RSP)',
    opening: 'Das Europäische Parlament,',
    citations: [
      'unter Hinweis auf seine früheren Entschließungen zu Kasachstan{1},',
      'unter Hinweis auf das erweiterte Partnerschafts- und Kooperationsabkommen EU\u2011Kasachstan, das seit 2020{2} vollständig angewandt wird,',
      'gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung,',
    ],
    recitals: [
      ['A', 'in der Erwägung, dass die Proteste am 2. Januar 2022 in der Region Mangy\u00ADstau begannen;'],
      ['B', 'in der Erwägung, dass die Wahlbeobachtungsmission von 2021{3} schwerwiegende Einschränkungen der Versammlungsfreiheit feststellte;'],
    ],
    paragraphs: [
      'verurteilt die Gewalt und fordert eine unabhängige internationale Untersuchung;',
      'fordert die Behörden Kasachstans auf, alle friedlichen Demonstranten freizulassen;',
      'beauftragt seine Präsidentin, diese Entschließung dem Rat, der Kommission und den Behörden Kasachstans zu übermitteln.',
    ],
    notes: [
      ['Angenommene Texte, P9_TA(2021)0056.'],
      ['ABl. L 29 vom 4.2.2016, S. 3.'],
      ['Abschlussbericht der Mission, veröffentlicht am 25. März 2021.', 'Die vollständige Fassung liegt nur auf Englisch vor.'],
    ],
    deleted: 'entschieden ',
    sitting: 'Donnerstag, 20. Januar 2022 - Straßburg',
    shortTitle: 'Lage in Kasachstan',
    motto: 'In Vielfalt geeint',
    runningHeader: 'Entschließung vom 20. Januar 2022 – Kasachstan',
  }),
];

/** The text as parsed: soft hyphens gone, non-breaking hyphens plain (normalise.ts). */
export function asParsed(text: string): string {
  return text.replace(/\u00AD/g, '').replace(/\u2011/g, '-');
}

/** The units every parser must return for a layout document. */
export function expectedLayoutUnits(doc: LayoutDoc) {
  return expectedUnits({
    ...doc,
    citations: doc.citations.map(asParsed),
    recitals: doc.recitals.map(([label, text]) => [label, asParsed(text)] as const),
    paragraphs: doc.paragraphs.map(asParsed),
  });
}
