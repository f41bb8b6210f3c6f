import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../core/lang/profiles/index.js';
import { fold } from '../../../core/parsers/normalise.js';
import { buildDocument, continuationsOf, joinLines } from '../../../core/parsers/structure.js';
import type { LangCode } from '../../../core/model/language.js';

const join = (lang: LangCode, ...lines: string[]) => joinLines(lines, continuationsOf(PROFILES[lang]));

describe('joinLines: a line-end hyphen before a conjunction closes a suspended compound', () => {
  // Our own phrases; each breaks after the hyphen of the first, suspended compound.
  it.each([
    ['de', 'das Partnerschafts-', 'und Kooperationsabkommen', 'das Partnerschafts- und Kooperationsabkommen'],
    ['de', 'Ein- oder Aus-', 'reise', 'Ein- oder Aus-reise'],
    ['de', 'die Menschenrechts-', 'sowie Demokratiefragen', 'die Menschenrechts- sowie Demokratiefragen'],
    ['de', 'Bundes-', 'bzw. Landesbehörden', 'Bundes- bzw. Landesbehörden'],
    ['de', 'Presse-', 'oder Versammlungsfreiheit', 'Presse- oder Versammlungsfreiheit'],
    ['nl', 'de land-', 'en tuinbouw', 'de land- en tuinbouw'],
    ['nl', 'grond-', 'of mensenrechten', 'grond- of mensenrechten'],
    ['da', 'menneske-', 'og borgerrettigheder', 'menneske- og borgerrettigheder'],
    ['sv', 'yttrande-', 'och mötesfrihet', 'yttrande- och mötesfrihet'],
    ['sv', 'stats-', 'eller regeringschefer', 'stats- eller regeringschefer'],
    ['pl', 'społeczno-', 'i gospodarczy', 'społeczno- i gospodarczy'],
    ['pl', 'krajowo-', 'lub regionalne', 'krajowo- lub regionalne'],
    ['pl', 'rolno-', 'oraz spożywczy', 'rolno- oraz spożywczy'],
    ['cs', 'hospodářsko-', 'a sociální', 'hospodářsko- a sociální'],
    ['sk', 'politicko-', 'alebo hospodárske', 'politicko- alebo hospodárske'],
    ['hr', 'gospodarsko-', 'ili socijalno', 'gospodarsko- ili socijalno'],
    ['sl', 'gospodarsko-', 'in socialno', 'gospodarsko- in socialno'],
    ['hu', 'emberi jogi', 'és demokratikus', 'emberi jogi és demokratikus'],
    ['hu', 'vám-', 'és adóügyi', 'vám- és adóügyi'],
    ['fi', 'ihmis-', 'ja perusoikeudet', 'ihmis- ja perusoikeudet'],
    ['et', 'inim-', 'või põhiõigused', 'inim- või põhiõigused'],
    ['lv', 'cilvēk-', 'un pamattiesības', 'cilvēk- un pamattiesības'],
    ['lt', 'ekonominio-', 'ir socialinio', 'ekonominio- ir socialinio'],
    ['ro', 'social-', 'și economic', 'social- și economic'],
    ['ro', 'social-', 'si economic', 'social- si economic'],
    ['it', 'socio-', 'e economico', 'socio- e economico'],
    ['fr', 'pré-', 'et post-électoral', 'pré- et post-électoral'],
    ['es', 'pre-', 'y postelectoral', 'pre- y postelectoral'],
    ['pt', 'pré-', 'ou pós-eleitoral', 'pré- ou pós-eleitoral'],
    ['en', 'pre-', 'and post-election', 'pre- and post-election'],
    ['en', 'pre-', 'and/or post-election', 'pre- and/or post-election'],
    ['en', 'pre-', 'And post-election', 'pre- And post-election'],
  ] as const)('%s: "%s" + "%s"', (lang, a, b, expected) => {
    expect(join(lang, a, b)).toBe(expected);
  });

  it('keeps joining hyphenation and compounds otherwise (the hyphen stays, as before)', () => {
    expect(join('de', 'die Partner-', 'schaft mit Kasachstan')).toBe('die Partner-schaft mit Kasachstan');
    expect(join('ro', 'Consiliul de cooperare UE-', 'Kazahstan din 11 octombrie')).toBe('Consiliul de cooperare UE-Kazahstan din 11 octombrie');
    // A conjunction only counts as a whole word: "Undine", "Oderbruch", "order", "andere", "ettersom".
    expect(join('de', 'die Partnerschafts-', 'Undine')).toBe('die Partnerschafts-Undine');
    expect(join('de', 'Fluss-', 'Oderbruch')).toBe('Fluss-Oderbruch');
    expect(join('de', 'Handels-', 'undurchsichtigkeit')).toBe('Handels-undurchsichtigkeit');
    expect(join('en', 'law-and-', 'order policy')).toBe('law-and-order policy');
    expect(join('en', 'co-', 'ordination')).toBe('co-ordination');
    expect(join('fr', 'Ouzbé-', 'kistan')).toBe('Ouzbé-kistan');
  });

  it('uses the words of the document language only', () => {
    // "und" is German; in an English text the line end is still glued.
    expect(join('en', 'Anti-', 'und')).toBe('Anti-und');
    expect(join('de', 'Anti-', 'and')).toBe('Anti-and');
    // Without a language (the default), every line-end hyphen is glued, as before.
    expect(joinLines(['Partnerschafts-', 'und Kooperationsabkommen'])).toBe('Partnerschafts-und Kooperationsabkommen');
  });

  it('every language profile lists its continuations in lower case, each a single word', () => {
    for (const p of Object.values(PROFILES)) {
      expect(p.hyphenContinuations.length, p.code).toBeGreaterThan(0);
      for (const w of p.hyphenContinuations) {
        expect(w, p.code).toBe(w.toLowerCase());
        expect(w, p.code).toMatch(/^[\p{L}]+\.?$/u);
        // Folding (what joinLines compares) keeps a word a word.
        expect(fold(w), p.code).toMatch(/^[\p{L}]+\.?$/u);
      }
    }
  });
});

describe('buildDocument keeps the suspended compound across wrapped lines (TXT and PDF text)', () => {
  const de = [
    'Entschließung des Europäischen Parlaments vom 20. Januar 2022 zur Lage in Testland',
    '',
    'Das Europäische Parlament,',
    '',
    '– unter Hinweis auf das erweiterte Partnerschafts-',
    'und Kooperationsabkommen zwischen der EU und Testland,',
    '',
    'A. in der Erwägung, dass die Presse-',
    'oder Versammlungsfreiheit eingeschränkt und die Partner-',
    'schaft belastet ist;',
    '',
    '1. fordert die Freilassung aller Inhaftierten;',
    '',
    '2. beauftragt seine Präsidentin, diese Entschließung dem Rat und der Kommission zu übermitteln.',
  ].join('\n');

  it.each(['txt', 'pdf'] as const)('%s', (format) => {
    const doc = buildDocument({ lines: de.split('\n').map((text, i) => ({ text, line: i + 1 })), format, lang: 'de' });
    const text = (id: string) => doc.units.find((u) => u.id === id)?.text;
    expect(text('citation:1')).toBe('unter Hinweis auf das erweiterte Partnerschafts- und Kooperationsabkommen zwischen der EU und Testland,');
    expect(text('recital:1')).toBe('in der Erwägung, dass die Presse- oder Versammlungsfreiheit eingeschränkt und die Partner-schaft belastet ist;');
  });

  it('NL and PL wrapped texts', () => {
    const nl = buildDocument({
      lines: [
        'Resolutie van het Europees Parlement van 20 januari 2022 over de situatie in Testland',
        '',
        'Het Europees Parlement,',
        '',
        '– gezien de steun voor de land-',
        'en tuinbouw in Testland,',
        '',
        '1. verzoekt zijn voorzitter deze resolutie te doen toekomen aan de Raad en de Commissie.',
      ].map((text, i) => ({ text, line: i + 1 })),
      format: 'txt',
      lang: 'nl',
    });
    expect(nl.units.find((u) => u.id === 'citation:1')?.text).toBe('gezien de steun voor de land- en tuinbouw in Testland,');
  });
});
