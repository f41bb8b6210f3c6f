import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { checkGrid, renderMessage } from '../../../core/checks/index.js';
import { parseDocument } from '../../../core/index.js';
import type { LangCode } from '../../../core/model/language.js';
import { checkConvention, checkConventionFrom, extractNames } from '../../../core/names/index.js';

// Issue 16, part 4: a transliteration verdict knows the name's source spelling when a Bulgarian or Greek version
// is loaded, and says how sure it is; one organisation is linked across scripts by its place in aligned rows.

describe('verdicts derived from a source spelling', () => {
  it('does not flag RO "Ashat" when the Bulgarian or Greek version writes Асхат (с+х)', () => {
    expect(checkConventionFrom('Ashat', 'ro', [{ lang: 'bg', text: 'Асхат' }])).toEqual({ conventional: true, confidence: 'certain', sources: [{ lang: 'bg', text: 'Асхат' }] });
    expect(checkConventionFrom('Ashat', 'ro', [{ lang: 'el', text: 'Ασχάτ' }])).toMatchObject({ conventional: true, confidence: 'certain' });
  });

  it('flags the same "Ashat" as certain when the source is Ашат, with the spelling the convention gives', () => {
    expect(checkConventionFrom('Ashat', 'ro', [{ lang: 'bg', text: 'Ашат' }])).toEqual({ conventional: false, expected: 'Așat', confidence: 'certain', sources: [{ lang: 'bg', text: 'Ашат' }] });
  });

  it('checks every word against the word at the same place in the source', () => {
    const bg = { lang: 'bg' as const, text: 'Касим Аманжол' };
    expect(checkConventionFrom('Kassîm Amangiol', 'ro', [bg])).toEqual({ conventional: false, expected: 'Kasîm Amanjol', confidence: 'certain', sources: [bg] });
    expect(checkConventionFrom('Kasîm Amanjol', 'ro', [bg])).toMatchObject({ conventional: true, confidence: 'certain' });
    // Bulgarian и may stand for ы: Касим is Касым, so "Kasîm" follows the convention too.
    expect(checkConventionFrom('Kasîm', 'ro', [{ lang: 'bg', text: 'Касим' }]).conventional).toBe(true);
    // A single surname finds its word in a full name.
    expect(checkConventionFrom('Amangiol', 'ro', [bg])).toMatchObject({ conventional: false, expected: 'Amanjol', confidence: 'certain' });
  });

  it('reads the Bulgarian source back through the Bulgarian convention (dropped soft sign, -ски)', () => {
    expect(checkConventionFrom('Krestianinov', 'ro', [{ lang: 'bg', text: 'Крестянинов' }]).conventional).toBe(true);
    expect(checkConventionFrom('Vasily Polonsky', 'en', [{ lang: 'bg', text: 'Василий Полонски' }]).conventional).toBe(true);
    expect(checkConventionFrom('Wasily Polonsky', 'en', [{ lang: 'bg', text: 'Василий Полонски' }])).toMatchObject({ conventional: false, expected: 'Vasily Polonsky', confidence: 'certain' });
  });

  it('is only possible when the sources disagree or break their own convention', () => {
    const disagree = checkConventionFrom('Ashat', 'ro', [{ lang: 'bg', text: 'Ашат' }, { lang: 'el', text: 'Ασχάτ' }]);
    expect(disagree).toMatchObject({ conventional: true, confidence: 'possible' });
    // Токаеф breaks the Bulgarian convention (-ов is kept): read directly, it still says "Tocaev" is wrong.
    expect(checkConventionFrom('Tocaev', 'ro', [{ lang: 'bg', text: 'Токаеф' }])).toMatchObject({ conventional: false, expected: 'Tokaev', confidence: 'possible' });
    // A version with a conventional spelling outweighs its own misspelling elsewhere.
    expect(checkConventionFrom('Tocaev', 'ro', [{ lang: 'bg', text: 'Токаеф' }, { lang: 'bg', text: 'Токаев' }])).toMatchObject({ conventional: false, confidence: 'certain', sources: [{ lang: 'bg', text: 'Токаев' }] });
  });

  it('without a source, flags only what no plausible source could give, and says it is likely', () => {
    expect(checkConvention('Ashat', 'ro')).toEqual({ conventional: true, confidence: 'likely' });
    expect(checkConvention('Kassîm', 'ro')).toEqual({ conventional: true, confidence: 'likely' });
    expect(checkConvention('Zhanaozen', 'ro')).toEqual({ conventional: false, expected: 'Janaozen', confidence: 'likely' });
    expect(checkConvention('Semey', 'ro')).toEqual({ conventional: false, expected: 'Semei', confidence: 'likely' });
    // A source the Latin form is checked against when one is given but does not match any word: the form alone.
    expect(checkConventionFrom('Semey', 'ro', [{ lang: 'bg', text: 'Астана' }])).toEqual({ conventional: false, expected: 'Semei', confidence: 'likely' });
  });
});

// Small versions of an invented resolution, one per language, written for these tests.
const TEXTS: Partial<Record<LangCode, string>> = {
  ro: `Rezoluția Parlamentului European referitoare la o țară imaginară
(2099/0001(RSP))

Parlamentul European,

– având în vedere Acordul de parteneriat și cooperare consolidat (APCC) și Fondul Mondial pentru Cultură (FMC),

A. întrucât jurnalistul Ashat Temirbaev a fost reținut la Almatî; întrucât APCC și FMC cer respectarea libertății presei;

B. întrucât activistul Kassîm Amangiol a fost amendat în orașul Semey;

1. cere eliberarea lui Ashat Temirbaev; reamintește că APCC și FMC trebuie respectate;

2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.
`,
  en: `European Parliament resolution on an imaginary country
(2099/0001(RSP))

The European Parliament,

– having regard to the Enhanced Partnership and Cooperation Agreement (EPCA) and the World Fund for Culture (WFC),

A. whereas journalist Askhat Temirbayev was detained in Almaty; whereas the EPCA and the WFC call for press freedom;

B. whereas activist Kasym Amanzhol was fined in the city of Semey;

1. Calls for the release of Askhat Temirbayev; recalls that the EPCA and the WFC must be respected;

2. Instructs its President to forward this resolution to the Council.
`,
  el: `Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου σχετικά με μια φανταστική χώρα
(2099/0001(RSP))

Το Ευρωπαϊκό Κοινοβούλιο,

– έχοντας υπόψη την Ενισχυμένη Συμφωνία Εταιρικής Σχέσης και Συνεργασίας (ΕΣΕΣΣ) και το Παγκόσμιο Ταμείο Πολιτισμού (ΠΤΠ),

Α. λαμβάνοντας υπόψη ότι ο δημοσιογράφος Ασχάτ Τεμιρμπάγιεφ κρατήθηκε στο Αλμάτι· λαμβάνοντας υπόψη ότι η ΕΣΕΣΣ και το ΠΤΠ ζητούν ελευθερία του Τύπου·

Β. λαμβάνοντας υπόψη ότι ο ακτιβιστής Κασίμ Αμανζόλ τιμωρήθηκε με πρόστιμο στην πόλη Σεμέι·

1. ζητεί την απελευθέρωση του Ασχάτ Τεμιρμπάγιεφ· υπενθυμίζει ότι η ΕΣΕΣΣ και το ΠΤΠ πρέπει να τηρούνται·

2. αναθέτει στην Πρόεδρό του να διαβιβάσει το παρόν ψήφισμα στο Συμβούλιο.
`,
  bg: `Резолюция на Европейския парламент относно една въображаема държава
(2099/0001(RSP))

Европейският парламент,

– като взе предвид Споразумението за засилено партньорство и сътрудничество (СЗПС) и Световния фонд за култура (СФК),

А. като има предвид, че журналистът Асхат Темирбаев беше задържан в Алмати; като има предвид, че СЗПС и СФК призовават за свобода на печата;

Б. като има предвид, че активистът Касим Аманжол беше глобен в град Семей;

1. призовава за освобождаването на Асхат Темирбаев; припомня, че СЗПС и СФК трябва да бъдат спазвани;

2. възлага на своя председател да предаде настоящата резолюция на Съвета.
`,
};

async function versions(langs: readonly LangCode[], edit: Partial<Record<LangCode, (t: string) => string>> = {}) {
  const docs = await Promise.all(
    langs.map((lang) => parseDocument(new TextEncoder().encode(edit[lang]?.(TEXTS[lang] ?? '') ?? TEXTS[lang] ?? ''), { fileName: `${lang}.txt`, lang, official: lang === 'ro' })),
  );
  const grid = alignDocuments(docs, { names: langs.map((l) => `${l}.txt`) });
  return { docs, grid, entities: extractNames(grid, docs) };
}

const formOf = (entities: Awaited<ReturnType<typeof versions>>['entities'], lang: LangCode, text: string) =>
  entities.flatMap((e) => e.forms).find((f) => f.lang === lang && f.text === text);

describe('names view and findings with the source versions loaded', () => {
  it('judges RO "Ashat" by the Bulgarian Асхат: conventional, certain', async () => {
    const { entities } = await versions(['ro', 'bg']);
    expect(formOf(entities, 'ro', 'Ashat Temirbaev')).toMatchObject({ conventional: true, confidence: 'certain', sources: [{ lang: 'bg', text: 'Асхат Темирбаев' }] });
    expect(formOf(entities, 'ro', 'Kassîm Amangiol')).toMatchObject({ conventional: false, expected: 'Kasîm Amanjol', confidence: 'certain' });
  });

  it('flags RO "Ashat" as certain when the Bulgarian version writes Ашат, and the finding says so', async () => {
    const { docs, grid, entities } = await versions(['ro', 'bg'], { bg: (t) => t.replaceAll('Асхат', 'Ашат') });
    expect(formOf(entities, 'ro', 'Ashat Temirbaev')).toMatchObject({ conventional: false, expected: 'Așat Temirbaev', confidence: 'certain' });
    const findings = checkGrid(grid, docs).filter((f) => f.type === 'name-convention' && f.message.params.a === 'Ashat Temirbaev');
    expect(findings.map((f) => f.row).sort()).toEqual(['para:1', 'recital:1']);
    expect(renderMessage(findings[0].message)).toBe(
      'Ashat Temirbaev does not follow the RO transliteration convention, which gives Așat Temirbaev for the source spelling BG Ашат Темирбаев (certain).',
    );
  });

  it('without a Bulgarian or Greek version, flags only what no source gives, as likely', async () => {
    const { docs, grid, entities } = await versions(['ro', 'en']);
    expect(formOf(entities, 'ro', 'Ashat Temirbaev')).toMatchObject({ conventional: true, confidence: 'likely' });
    expect(formOf(entities, 'ro', 'Kassîm Amangiol')).toMatchObject({ conventional: true, confidence: 'likely' });
    expect(formOf(entities, 'ro', 'Semey')).toMatchObject({ conventional: false, expected: 'Semei', confidence: 'likely' });
    expect(formOf(entities, 'ro', 'Semey')?.sources).toBeUndefined();
    const semey = checkGrid(grid, docs).find((f) => f.type === 'name-convention' && f.message.params.a === 'Semey');
    expect(semey?.message.key).toBe('name.convention.likely');
  });

  it('links APCC, EPCA, ΕΣΕΣΣ and СЗПС into one organisation by their place in the aligned rows', async () => {
    const { entities } = await versions(['ro', 'en', 'el', 'bg']);
    const epca = entities.find((e) => e.forms.some((f) => f.text === 'ΕΣΕΣΣ'));
    expect(epca?.type).toBe('organisation');
    expect(epca?.forms.map((f) => `${f.lang}:${f.text}`).sort()).toEqual(['bg:СЗПС', 'el:ΕΣΕΣΣ', 'en:EPCA', 'ro:APCC']);
    // The second acronym of the same rows is paired by its order, not mixed with the first.
    const fund = entities.find((e) => e.forms.some((f) => f.text === 'FMC'));
    expect(fund?.forms.map((f) => `${f.lang}:${f.text}`).sort()).toEqual(['bg:СФК', 'el:ΠΤΠ', 'en:WFC', 'ro:FMC']);
  });

  it('does not link two acronyms that stand together in only one row', async () => {
    // Only the citation names the fund: one row is not enough to say two acronyms are one organisation.
    const drop = (t: string) => t.replace(/ (?:și|and|και|и) (?:FMC|WFC|ΠΤΠ|СФК)(?= )/gu, '').replace(/ (?:FMC|WFC|ΠΤΠ|СФК) /gu, ' ');
    const { entities } = await versions(['ro', 'bg'], { ro: drop, bg: drop });
    const fund = entities.find((e) => e.forms.some((f) => f.text === 'FMC'));
    expect(fund?.forms.map((f) => f.lang)).toEqual(['ro']);
    const epca = entities.find((e) => e.forms.some((f) => f.text === 'APCC'));
    expect(epca?.forms.map((f) => f.text).sort()).toEqual(['APCC', 'СЗПС']);
  });
});

describe('the bundled corpus (regression: convention findings before and after issue 16)', () => {
  async function corpus() {
    const langs: LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg'];
    const docs = await Promise.all(langs.map((lang) => parseDocument(readFileSync(`corpus/2022-2505-RSP/${lang}.txt`), { fileName: `${lang}.txt`, lang, official: lang === 'ro' })));
    const grid = alignDocuments(docs, { names: langs.map((l) => `${l}.txt`) });
    return { docs, grid, entities: extractNames(grid, docs) };
  }

  it('flags the gi-for-ж, ss and y spellings against the Bulgarian and Greek sources, and no longer Ashat or Sadîrbaieva', async () => {
    const { docs, grid, entities } = await corpus();
    const flagged = entities.flatMap((e) => e.forms).filter((f) => f.conventional === false);
    expect(Object.fromEntries(flagged.map((f) => [`${f.lang}:${f.text}`, `${f.expected} (${f.confidence})`]))).toEqual({
      'ro:Mahambet Abgian': 'Mahambet Abjan (certain)',
      'ro:Kassîm Amangiol': 'Kasîm Amanjol (certain)',
      'ro:Noian Rahimgianov': 'Noian Rahimjanov (certain)',
      'ro:Bechigian Mendigaziev': 'Bechijan Mendigaziev (certain)',
      'ro:Baurgian Iusupov': 'Baurjan Iusupov (certain)',
      'ro:Semey': 'Semei (certain)',
      // Two spellings of the demo translations that no reading of Бекижан or Гинатулин gives.
      'fr:Bekjan Mendigaziev': 'Bekijan Mendigaziev (certain)',
      'en:Ruslan Ginatullin': 'Ruslan Ginatulin (certain)',
    });
    for (const text of ['Ashat Jeksebaev', 'Raigul Sadîrbaieva']) expect(formOf(entities, 'ro', text), text).toMatchObject({ conventional: true, confidence: 'certain' });
    // Before: 11 RO convention findings, 4 of them false (Ashat and Sadîrbaieva, twice each). After: 9, all certain.
    const findings = checkGrid(grid, docs).filter((f) => f.type === 'name-convention');
    expect(findings.length).toBe(9);
    expect(new Set(findings.map((f) => f.message.key))).toEqual(new Set(['name.convention']));
  }, 60_000);

  it('links the agreement across the four scripts', async () => {
    const { entities } = await corpus();
    const epca = entities.find((e) => e.forms.some((f) => f.text === 'APCC'));
    expect(epca?.forms.map((f) => `${f.lang}:${f.text}`)).toEqual(['ro:APCC', 'en:EPCA', 'fr:APCR', 'de:EPCA', 'el:ΕΣΕΣΣ', 'bg:СЗПС']);
    // The known acronym keeps its key, so a spelling accepted before the link still finds its entity.
    expect(epca?.key).toBe('=EPCA');
  }, 60_000);
});

describe('bad input', () => {
  it('gives a verdict and never throws on odd forms', () => {
    // A 100-letter word is past MAX_WORD: counted as readable, not searched.
    const long = 'Ashat'.repeat(20);
    expect(checkConvention(long, 'ro')).toEqual({ conventional: true, confidence: 'likely' });
    expect(checkConventionFrom(long, 'ro', [{ lang: 'bg', text: 'Асхат'.repeat(20) }]).conventional).toBe(true);
    expect(checkConventionFrom('', 'ro', [{ lang: 'bg', text: 'Асхат' }])).toEqual({ conventional: null });
    expect(checkConventionFrom('Ashat', 'ro', [{ lang: 'bg', text: '' }, { lang: 'el', text: 'Ashat' }])).toEqual({ conventional: true, confidence: 'likely' });
    expect(checkConventionFrom('Ashat', 'fi', [{ lang: 'bg', text: 'Асхат' }])).toEqual({ conventional: null });
  });
});
