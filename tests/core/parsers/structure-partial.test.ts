// Issue 16: a paste that starts in the middle of a document (from recital F, from paragraph 7, a PDF whose first
// page is missing) is recognised with its true labels and ordinals, no invented title and a warning; text with no
// EP structure is still refused. The texts are our own, in the shape of EP resolutions.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../core/parsers/index.js';
import { ParseError } from '../../../core/errors.js';
import type { LangCode, ParsedDocument, SourceFormat } from '../../../core/index.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const build = (text: string, lang: LangCode, format: SourceFormat = 'txt') => buildDocument({ lines: lines(text), format, lang, fileName: 'partial.txt' });
const shape = (doc: ParsedDocument) => doc.units.map((u) => `${u.id} ${u.label ?? '-'} ${u.ordinal}`);
const startWarnings = (doc: ParsedDocument) => doc.warnings.filter((w) => w.code === 'missing-beginning').map((w) => w.message);

const EN_FROM_F = [
  'F. whereas the regional water authority closed three reservoirs in March 2021 without notice;',
  '',
  'G. whereas about 14 000 households in the valley had no drinking water for eleven days;',
  '',
  'H. whereas the local press reported on the shortage and two journalists were fined;',
  '',
  '1. Calls on the authorities to reopen the reservoirs and publish the inspection reports;',
  '',
  '2. Regrets the fines imposed on journalists and asks for them to be withdrawn;',
  '',
  '3. Instructs its President to forward this resolution to the Council and the Commission.',
].join('\n');

describe('a paste that starts at a recital', () => {
  it('EN from recital F: recital F is ordinal 6, no title, paragraphs from 1, a warning naming recital F', () => {
    const doc = build(EN_FROM_F, 'en');
    expect(shape(doc)).toEqual(['recital:6 F 6', 'recital:7 G 7', 'recital:8 H 8', 'para:1 1 1', 'para:2 2 2', 'closing 3 1']);
    expect(doc.units.some((u) => u.kind === 'title' || u.kind === 'opening')).toBe(false);
    expect(doc.title).toBe('');
    expect(doc.units[0].text).toBe('whereas the regional water authority closed three reservoirs in March 2021 without notice;');
    expect(startWarnings(doc)).toEqual(['the text seems to start at recital F: no title or opening line was found; recitals A–E and the citations are missing']);
    expect(doc.warnings.find((w) => w.code === 'missing-beginning')?.line).toBe(1);
  });

  it('EL from recital ΣΤ (the Greek sixth letter is two characters)', () => {
    const text = [
      'ΣΤ. λαμβάνοντας υπόψη ότι η περιφερειακή αρχή υδάτων έκλεισε τρεις ταμιευτήρες τον Μάρτιο του 2021·',
      '',
      'Ζ. λαμβάνοντας υπόψη ότι περίπου 14 000 νοικοκυριά έμειναν χωρίς πόσιμο νερό για έντεκα ημέρες·',
      '',
      '1. καλεί τις αρχές να ανοίξουν ξανά τους ταμιευτήρες και να δημοσιεύσουν τις εκθέσεις επιθεώρησης·',
      '',
      '2. αναθέτει στην Πρόεδρό του να διαβιβάσει το παρόν ψήφισμα στο Συμβούλιο και στην Επιτροπή.',
    ].join('\n');
    const doc = build(text, 'el');
    expect(shape(doc)).toEqual(['recital:6 ΣΤ 6', 'recital:7 Ζ 7', 'para:1 1 1', 'closing 2 1']);
    expect(startWarnings(doc)[0]).toMatch(/^the text seems to start at recital ΣΤ: .*recitals Α–Ε /);
  });

  it('BG from recital Е, with a Latin look-alike letter in one label', () => {
    const text = [
      'Е. като има предвид, че регионалната водна агенция затвори три язовира през март 2021 г.;',
      '',
      'Ж. като има предвид, че около 14 000 домакинства останаха без питейна вода в продължение на единадесет дни;',
      '',
      'З. като има предвид, че местната преса съобщи за недостига и двама журналисти бяха глобени;',
      '',
      'И. като има предвид, че глобите бяха обжалвани пред съда;',
      '',
      '1. призовава властите да отворят отново язовирите;',
      '',
      '2. възлага на своя председател да предаде настоящата резолюция на Съвета и на Комисията.',
    ].join('\n');
    // The sixth Bulgarian letter Е typed as a Latin E: the label is normalised, the ordinal stays 6.
    const doc = build(text.replace(/^Е\./, 'E.'), 'bg');
    expect(shape(doc).slice(0, 4)).toEqual(['recital:6 Е 6', 'recital:7 Ж 7', 'recital:8 З 8', 'recital:9 И 9']);
    expect(startWarnings(doc)[0]).toMatch(/^the text seems to start at recital Е: .*recitals А–Д /);
  });

  it('leaves out the tail of the unit cut before the first label, and says so', () => {
    const text = ['and the authorities did not answer the letters sent to them in 2020;', '', EN_FROM_F].join('\n');
    const doc = build(text, 'en');
    expect(shape(doc)[0]).toBe('recital:6 F 6');
    expect(startWarnings(doc)).toHaveLength(2);
    expect(startWarnings(doc)[1]).toMatch(/^1 line\(s\) before recital F seem to be the end of a unit cut off and were left out: "and the authorities/);
    expect(doc.units.map((u) => u.text).join(' ')).not.toContain('did not answer');
  });
});

describe('a paste that starts at a paragraph', () => {
  const RO_FROM_7 = [
    '7. invită autoritățile să redeschidă cele trei rezervoare și să publice rapoartele de inspecție;',
    '',
    '8. regretă amenzile aplicate celor doi jurnaliști și cere ca acestea să fie retrase fără întârziere;',
    '',
    '9. solicită Comisiei să urmărească situația aprovizionării cu apă potabilă din întreaga regiune;',
    '',
    '10. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului și Comisiei.',
  ].join('\n');

  it('RO from paragraph 7: paragraph 7 is ordinal 7, the closing paragraph is found, a warning', () => {
    const doc = build(RO_FROM_7, 'ro');
    expect(shape(doc)).toEqual(['para:7 7 7', 'para:8 8 8', 'para:9 9 9', 'closing 10 1']);
    expect(startWarnings(doc)).toEqual(['the text seems to start at paragraph 7: no title or opening line was found; paragraphs 1–6 and everything before them are missing']);
  });

  it('PDF text whose first page is missing: wrapped lines, the page starting inside paragraph 6', () => {
    const text = [
      'rezervoarele închise fără nicio notificare prealabilă;',
      '7. invită autoritățile să redeschidă cele trei rezervoare și să',
      'publice rapoartele de inspecție;',
      '8. regretă amenzile aplicate celor doi jurnaliști și cere ca',
      'acestea să fie retrase fără întârziere;',
      '9. solicită Comisiei să urmărească situația aprovizionării cu apă',
      'potabilă din întreaga regiune;',
      '10. încredințează Președintei sarcina de a transmite prezenta',
      'rezoluție Consiliului și Comisiei.',
    ].join('\n');
    const doc = build(text, 'ro', 'pdf');
    expect(shape(doc)).toEqual(['para:7 7 7', 'para:8 8 8', 'para:9 9 9', 'closing 10 1']);
    expect(doc.units[0].text).toBe('invită autoritățile să redeschidă cele trei rezervoare și să publice rapoartele de inspecție;');
    expect(startWarnings(doc)).toHaveLength(2);
  });

  it('a text that keeps its title block and jumps to paragraph 7 after the opening line', () => {
    const text = ['Rezoluția Parlamentului European referitoare la apa potabilă din Testland', '', 'Parlamentul European,', '', RO_FROM_7].join('\n');
    const doc = build(text, 'ro');
    expect(shape(doc)).toEqual(['title - 1', 'opening - 1', 'para:7 7 7', 'para:8 8 8', 'para:9 9 9', 'closing 10 1']);
    expect(startWarnings(doc)).toEqual(['after the opening line the text seems to start at paragraph 7; paragraphs 1–6 and everything before them are missing']);
  });

  it('a whole document starting at paragraph 1 gets no warning', () => {
    const text = ['Rezoluția Parlamentului European referitoare la apa potabilă din Testland', '', 'Parlamentul European,', '', RO_FROM_7.replace(/^(\d+)\./gm, (_, n: string) => `${Number(n) - 6}.`)].join('\n');
    const doc = build(text, 'ro');
    expect(shape(doc)).toEqual(['title - 1', 'opening - 1', 'para:1 1 1', 'para:2 2 2', 'para:3 3 3', 'closing 4 1']);
    expect(startWarnings(doc)).toEqual([]);
  });
});

describe('text without EP structure is still refused', () => {
  const refused = (text: string, lang: LangCode) => {
    try {
      build(text, lang);
    } catch (e) {
      return e instanceof ParseError ? e.code : 'other error';
    }
    return 'accepted';
  };

  it('a short numbered list is not a run of paragraphs', () => {
    expect(refused('Shopping list\n\n7. Bread and milk.\n\n8. Two kilos of apples.\n\n9. Call the plumber.', 'en')).toBe('no-structure');
  });

  it('two lettered lines without the recital formula are not recitals', () => {
    expect(refused('F. The library opens at nine on weekdays and closes at five.\n\nG. It is closed on public holidays and in August.', 'en')).toBe('no-structure');
  });

  it('labels that do not follow each other are not a run', () => {
    const text = [
      '7. invită autoritățile să redeschidă cele trei rezervoare și să publice rapoartele;',
      '',
      '12. regretă amenzile aplicate celor doi jurnaliști și cere ca acestea să fie retrase;',
      '',
      '3. solicită Comisiei să urmărească situația aprovizionării cu apă potabilă din regiune;',
    ].join('\n');
    expect(refused(text, 'ro')).toBe('no-structure');
  });

  it('a long run of prose before the labels is not the tail of a cut unit', () => {
    const prose = Array.from({ length: 20 }, (_, i) => `This is line ${i + 1} of a letter about the water supply in the valley.`).join('\n');
    const text = [prose, '', EN_FROM_F].join('\n');
    expect(refused(text, 'en')).toBe('no-structure');
  });
});

// The bench's pivot sweep: a paste that starts at the document's last recital has one recital, then paragraphs
// from 1. One recital is no run by itself; the paragraphs 1, 2, … after it are the evidence.
describe('a paste that starts at the last recital', () => {
  const params = (doc: ParsedDocument) => doc.warnings.filter((w) => w.code === 'missing-beginning').map((w) => w.params);

  it('EN from recital R: one recital with its true label and ordinal, then the paragraphs, and the warning', () => {
    const text = [
      'R. whereas the river authority has not answered any of the 212 complaints filed since 2020;',
      '',
      '1. Calls on the river authority to answer every complaint within three months;',
      '',
      '2. Asks the Commission to check whether the drinking water directive is being applied in the valley;',
      '',
      '3. Instructs its President to forward this resolution to the Council and the Commission.',
    ].join('\n');
    const doc = build(text, 'en');
    expect(shape(doc)).toEqual(['recital:18 R 18', 'para:1 1 1', 'para:2 2 2', 'closing 3 1']);
    expect(doc.title).toBe('');
    expect(doc.units[0].text).toBe('whereas the river authority has not answered any of the 212 complaints filed since 2020;');
    expect(startWarnings(doc)).toEqual(['the text seems to start at recital R: no title or opening line was found; recitals A–Q and the citations are missing']);
    expect(params(doc)).toEqual([{ variant: 'recital', label: 'R', missing: 'A–Q', opening: 'none' }]);
  });

  it('FR from recital Q, starting inside recital P: the cut tail is left out with a cut-off-recital warning', () => {
    const text = [
      'et que les habitants ont dû acheter de l’eau en bouteille pendant deux semaines;',
      '',
      'Q. considérant que l’autorité fluviale n’a répondu à aucune des 212 plaintes déposées depuis 2020;',
      '',
      '1. invite l’autorité fluviale à répondre à chaque plainte dans un délai de trois mois;',
      '',
      '2. demande à la Commission de vérifier l’application de la directive sur l’eau potable dans la vallée;',
      '',
      '3. charge sa Présidente de transmettre la présente résolution au Conseil et à la Commission.',
    ].join('\n');
    const doc = build(text, 'fr');
    expect(shape(doc)).toEqual(['recital:17 Q 17', 'para:1 1 1', 'para:2 2 2', 'closing 3 1']);
    expect(params(doc).map((p) => p?.variant)).toEqual(['recital', 'cut-off-recital']);
    expect(params(doc)[1]).toMatchObject({ kind: 'recital', label: 'Q', lines: 1 });
    expect(doc.units.map((u) => u.text).join(' ')).not.toContain('eau en bouteille');
  });

  it('DE from recital P', () => {
    const text = [
      'P. in der Erwägung, dass die Flussbehörde keine der 212 seit 2020 eingereichten Beschwerden beantwortet hat;',
      '',
      '1. fordert die Flussbehörde auf, jede Beschwerde innerhalb von drei Monaten zu beantworten;',
      '',
      '2. fordert die Kommission auf, die Anwendung der Trinkwasserrichtlinie im Tal zu prüfen;',
      '',
      '3. beauftragt seine Präsidentin, diese Entschließung dem Rat und der Kommission zu übermitteln.',
    ].join('\n');
    const doc = build(text, 'de');
    expect(shape(doc)).toEqual(['recital:16 P 16', 'para:1 1 1', 'para:2 2 2', 'closing 3 1']);
    expect(startWarnings(doc)).toEqual(['the text seems to start at recital P: no title or opening line was found; recitals A–O and the citations are missing']);
  });

  it('EL from recital ΚΘ (29: the Greek numeral letters)', () => {
    const text = [
      'ΚΘ. λαμβάνοντας υπόψη ότι η αρχή του ποταμού δεν απάντησε σε καμία από τις 212 καταγγελίες από το 2020·',
      '',
      '1. καλεί την αρχή του ποταμού να απαντά σε κάθε καταγγελία εντός τριών μηνών·',
      '',
      '2. ζητεί από την Επιτροπή να ελέγξει την εφαρμογή της οδηγίας για το πόσιμο νερό στην κοιλάδα·',
      '',
      '3. αναθέτει στην Πρόεδρό του να διαβιβάσει το παρόν ψήφισμα στο Συμβούλιο και στην Επιτροπή.',
    ].join('\n');
    const doc = build(text, 'el');
    expect(shape(doc)).toEqual(['recital:29 ΚΘ 29', 'para:1 1 1', 'para:2 2 2', 'closing 3 1']);
    expect(params(doc)).toEqual([{ variant: 'recital', label: 'ΚΘ', missing: 'Α–ΚΗ', opening: 'none' }]);
  });

  it('BG from recital С (18, Й counted), with text of the cut recital before it', () => {
    const text = [
      'и жителите купуваха бутилирана вода в продължение на две седмици;',
      '',
      'С. като има предвид, че речният орган не е отговорил на нито една от 212-те жалби, подадени от 2020 г.;',
      '',
      '1. призовава речния орган да отговаря на всяка жалба в срок от три месеца;',
      '',
      '2. възлага на своя председател да предаде настоящата резолюция на Съвета и на Комисията.',
    ].join('\n');
    const doc = build(text, 'bg');
    expect(shape(doc)).toEqual(['recital:18 С 18', 'para:1 1 1', 'closing 2 1']);
    expect(params(doc).map((p) => p?.variant)).toEqual(['recital', 'cut-off-recital']);
    expect(params(doc)[0]).toMatchObject({ label: 'С', missing: 'А–Р' });
  });
});

describe('one lettered line is still not structure on its own', () => {
  const refused = (text: string, lang: LangCode) => {
    try {
      build(text, lang);
    } catch (e) {
      return e instanceof ParseError ? e.code : 'other error';
    }
    return 'accepted';
  };
  const PARAS = [
    '1. Calls on the river authority to answer every complaint within three months;',
    '',
    '2. Asks the Commission to check whether the drinking water directive is being applied;',
    '',
    '3. Instructs its President to forward this resolution to the Council and the Commission.',
  ].join('\n');

  it('a lone "A." line in prose, even before numbered lines', () => {
    expect(refused(['The minutes of the meeting follow.', '', 'A.', '', PARAS].join('\n'), 'en')).toBe('no-structure');
  });

  it('a lettered line without the formula before numbered lines', () => {
    expect(refused(['R. The river authority has not answered any of the complaints filed since 2020.', '', PARAS].join('\n'), 'en')).toBe('no-structure');
  });

  it('a recital with the formula and no paragraphs after it', () => {
    expect(refused('R. whereas the river authority has not answered any of the 212 complaints filed since 2020;\n\nThe committee will meet again in May.', 'en')).toBe('no-structure');
  });

  it('a recital followed by a single paragraph', () => {
    expect(refused('R. whereas the river authority has not answered any of the 212 complaints filed since 2020;\n\n1. Calls on the river authority to answer every complaint within three months.', 'en')).toBe('no-structure');
  });

  it('a recital followed by paragraphs that do not start at 1', () => {
    expect(refused(['R. whereas the river authority has not answered any of the 212 complaints filed since 2020;', '', PARAS.replace(/^(\d)\./gm, (_, n: string) => `${Number(n) + 6}.`)].join('\n'), 'en')).toBe('no-structure');
  });

  it('a lower-case list "a) b) c)"', () => {
    const text = ['a) whereas the first point of the list is this one here;', '', 'b) whereas the second point of the list is that one;', '', 'c) whereas the third point closes the list.'].join('\n');
    expect(refused(text, 'en')).toBe('no-structure');
  });

  it('SV has no recital formula: a recital of unit length needs three paragraphs after it, not two', () => {
    const sv = [
      'R. Flodmyndigheten har inte besvarat ett enda av de 212 klagomål som lämnats in sedan 2020.',
      '',
      '1. Europaparlamentet uppmanar flodmyndigheten att besvara varje klagomål inom tre månader.',
      '',
      '2. Europaparlamentet ber kommissionen att kontrollera hur dricksvattendirektivet tillämpas i dalen.',
      '',
      '3. Europaparlamentet uppdrar åt talmannen att översända denna resolution till rådet och kommissionen.',
    ];
    expect(shape(build(sv.join('\n'), 'sv')).slice(0, 3)).toEqual(['recital:18 R 18', 'para:1 1 1', 'para:2 2 2']);
    expect(refused(sv.slice(0, 5).join('\n'), 'sv')).toBe('no-structure');
  });

  it('a lettered line with the formula before numbered lines too short to be paragraphs', () => {
    expect(refused('R. whereas the river authority has not answered any complaint;\n\n1. Bread.\n\n2. Milk.\n\n3. Apples.', 'en')).toBe('no-structure');
  });
});
