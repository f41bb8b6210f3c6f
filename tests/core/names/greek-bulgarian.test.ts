import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { checkGrid } from '../../../core/checks/index.js';
import { parseDocument } from '../../../core/index.js';
import type { LangCode } from '../../../core/model/language.js';
import { checkConvention, checkConventionFrom, conventionalSpelling, extractNames, hasConvention, skeletonKey, toCyrillic } from '../../../core/names/index.js';

// The people and places of the bundled Greek and Bulgarian versions, written down by reading el.txt and bg.txt,
// each with the Russian form of the name (from the EN/DE/RO spellings) and the convention's verdict on the
// translation's spelling. Every one follows its convention: the translations are right.
const PEOPLE: readonly { ru: string; el: string; bg: string }[] = [
  { ru: 'Нуралия Айткулова', el: 'Νουραλία Αϊτκούλοβα', bg: 'Нуралия Айткулова' },
  { ru: 'Айтбай Алиев', el: 'Αϊτμπάι Αλίεφ', bg: 'Айтбай Алиев' },
  { ru: 'Нурболат Сейткулов', el: 'Νουρμπολάτ Σεϊτκούλοφ', bg: 'Нурболат Сейткулов' },
  { ru: 'Алтынай Етаева', el: 'Αλτινάι Ετάγιεβα', bg: 'Алтинай Етаева' },
  { ru: 'Касым-Жомарт Токаев', el: 'Κασίμ-Ζομάρτ Τοκάγιεφ', bg: 'Касим-Жомарт Токаев' },
  { ru: 'Токаев', el: 'Τοκάγιεφ', bg: 'Токаев' },
  { ru: 'Василий Полонский', el: 'Βασίλι Πολόνσκι', bg: 'Василий Полонски' },
  { ru: 'Василий Крестьянинов', el: 'Βασίλι Κρεστιανίνοφ', bg: 'Василий Крестянинов' },
  { ru: 'Сания Тойкен', el: 'Σάνια Τοϊκέν', bg: 'Сания Тойкен' },
  { ru: 'Махамбет Абжан', el: 'Μαχαμπέτ Αμπζάν', bg: 'Махамбет Абжан' },
  { ru: 'Лукпан Ахмедьяров', el: 'Λουκπάν Αχμεντιάροφ', bg: 'Лукпан Ахмедяров' },
  { ru: 'Касым Аманжол', el: 'Κασίμ Αμανζόλ', bg: 'Касим Аманжол' },
  { ru: 'Дархан Омирбек', el: 'Νταρχάν Ομιρμπέκ', bg: 'Дархан Омирбек' },
  { ru: 'Кайрат Клышев', el: 'Καϊράτ Κλίσεφ', bg: 'Кайрат Клишев' },
  { ru: 'Ноян Рахимжанов', el: 'Νογιάν Ραχιμζάνοφ', bg: 'Ноян Рахимжанов' },
  { ru: 'Асхат Жексебаев', el: 'Ασχάτ Ζεξεμπάγιεφ', bg: 'Асхат Жексебаев' },
  { ru: 'Абай Бегимбетов', el: 'Αμπάι Μπεγκιμπέτοφ', bg: 'Абай Бегимбетов' },
  { ru: 'Райгул Садырбаева', el: 'Ραϊγκούλ Σαντιρμπάγιεβα', bg: 'Райгул Садирбаева' },
  { ru: 'Алия Исенова', el: 'Αλία Ισένοβα', bg: 'Алия Исенова' },
  { ru: 'Елена Семенова', el: 'Ελένα Σεμένοβα', bg: 'Елена Семенова' },
  { ru: 'Бекижан Мендигазиев', el: 'Μπεκιζάν Μεντιγκαζίεφ', bg: 'Бекижан Мендигазиев' },
  { ru: 'Ерулан Амиров', el: 'Ερουλάν Αμίροφ', bg: 'Ерулан Амиров' },
  { ru: 'Игорь Чуприна', el: 'Ιγκόρ Τσουπρίνα', bg: 'Игор Чуприна' },
  { ru: 'Руслан Гинатулин', el: 'Ρουσλάν Γκινατούλιν', bg: 'Руслан Гинатулин' },
  { ru: 'Ержан Елшибаев', el: 'Ερζάν Ελσιμπάγιεφ', bg: 'Ержан Елшибаев' },
  { ru: 'Салтанат Кусманкызы', el: 'Σαλτανάτ Κουσμανκιζί', bg: 'Салтанат Кусманкизи' },
  { ru: 'Бауржан Юсупов', el: 'Μπαουρζάν Γιουσούποφ', bg: 'Бауржан Юсупов' },
  { ru: 'Наталья Даулетьярова', el: 'Νατάλια Νταουλετιάροβα', bg: 'Наталия Даулетярова' },
  { ru: 'Ринат Баткаев', el: 'Ρινάτ Μπατκάγιεφ', bg: 'Ринат Баткаев' },
  { ru: 'Ербол Ескозин', el: 'Ερμπόλ Εσκοζίν', bg: 'Ербол Ескозин' },
  { ru: 'Аскар Кайырбек', el: 'Ασκάρ Καγιρμπέκ', bg: 'Аскар Кайирбек' },
  { ru: 'Уласбек Ахметов', el: 'Ουλασμπέκ Αχμέτοφ', bg: 'Уласбек Ахметов' },
];

/** Kazakh places transliterated from their Russian form. */
const PLACES: readonly { ru: string; el: string; bg: string }[] = [
  { ru: 'Казахстан', el: 'Καζαχστάν', bg: 'Казахстан' },
  { ru: 'Астана', el: 'Αστανά', bg: 'Астана' },
  { ru: 'Жанаозен', el: 'Ζαναοζέν', bg: 'Жанаозен' },
  { ru: 'Алматы', el: 'Αλμάτι', bg: 'Алмати' },
  { ru: 'Талдыкорган', el: 'Ταλντικοργκάν', bg: 'Талдикорган' },
  { ru: 'Семей', el: 'Σεμέι', bg: 'Семей' },
];

/** Places both versions name by their own exonym: no transliteration convention applies. */
const EXONYMS: Readonly<Record<'el' | 'bg', readonly string[]>> = {
  el: ['Ευρώπη', 'Κεντρική Ασία'],
  bg: ['Европа', 'Русия', 'Централна Азия'],
};

const stripTonos = (s: string) => s.normalize('NFD').replace(/\u0301/gu, '').normalize('NFC');

describe('Greek and Bulgarian conventions: tables', () => {
  it('exist for both languages', () => {
    expect(hasConvention('el')).toBe(true);
    expect(hasConvention('bg')).toBe(true);
  });

  it('write every name of the corpus as the translations do (Greek without the tonos)', () => {
    for (const { ru, el, bg } of [...PEOPLE, ...PLACES]) {
      expect(conventionalSpelling(ru, 'bg'), ru).toBe(bg);
      // A final -άι/-έι (Αλτινάι, Σεμέι) is written with a diaeresis once the tonos is gone.
      expect(stripTonos(el).replace(/([αε])ι(?!\p{L})/gu, '$1ϊ'), ru).toBe(conventionalSpelling(ru, 'el'));
    }
  });

  it('apply the Bulgarian orthography rules for letters Bulgarian lacks', () => {
    expect(conventionalSpelling('Кусманкызы', 'bg')).toBe('Кусманкизи');
    expect(conventionalSpelling('Семёнова', 'bg')).toBe('Семьонова');
    expect(conventionalSpelling('Горбачёв', 'bg')).toBe('Горбачов');
    expect(conventionalSpelling('Ёлкин', 'bg')).toBe('Йолкин');
    expect(conventionalSpelling('Эрнест', 'bg')).toBe('Ернест');
    expect(conventionalSpelling('Андрей Белый', 'bg')).toBe('Андрей Бели');
    expect(conventionalSpelling('Юрий Васильев', 'bg')).toBe('Юрий Василиев');
  });

  it('apply the Greek digraphs and endings', () => {
    expect(conventionalSpelling('Горбачёв', 'el')).toBe('Γκορμπατσοφ');
    expect(conventionalSpelling('Цой', 'el')).toBe('Τσοϊ');
    expect(conventionalSpelling('Ельцин', 'el')).toBe('Ελτσιν');
    expect(conventionalSpelling('Иванова', 'el')).toBe('Ιβανοβα');
    expect(conventionalSpelling('Аксёнов', 'el')).toBe('Αξιονοφ');
  });
});

describe('Greek and Bulgarian conventions: checking a spelling without the Cyrillic original', () => {
  it('accepts every person and place of the Greek and Bulgarian versions', () => {
    for (const { el, bg } of [...PEOPLE, ...PLACES]) {
      expect(checkConvention(el, 'el'), el).toEqual({ conventional: true, confidence: 'likely' });
      expect(checkConvention(bg, 'bg'), bg).toEqual({ conventional: true, confidence: 'likely' });
      // With the other version as the source, the verdict is certain.
      expect(checkConventionFrom(el, 'el', [{ lang: 'bg', text: bg }]), el).toEqual({ conventional: true, confidence: 'certain', sources: [{ lang: 'bg', text: bg }] });
      expect(checkConventionFrom(bg, 'bg', [{ lang: 'el', text: el }]), bg).toEqual({ conventional: true, confidence: 'certain', sources: [{ lang: 'el', text: el }] });
    }
  });

  it('accepts the variants the conventions allow', () => {
    // Bulgarian press writes Kazakh ы as ъ; Greek may write an initial е as γιε and кс as κσ.
    for (const ok of ['Касъм-Жомарт Токаев', 'Кусманкъзъ', 'Корольов', 'Хрушчов']) expect(checkConvention(ok, 'bg').conventional, ok).toBe(true);
    for (const ok of ['Γιερζάν', 'Ζεκσεμπάγιεφ', 'ΤΟΚΑΓΙΕΦ']) expect(checkConvention(ok, 'el').conventional, ok).toBe(true);
  });

  it('flags wrong Greek spellings no plausible source gives, with the form the convention gives', () => {
    const likely = (expected: string) => ({ conventional: false, expected, confidence: 'likely' });
    expect(checkConvention('Τοκάγιεβ', 'el')).toEqual(likely('Τοκαγιεφ')); // final -в is φ
    expect(checkConvention('Αλία Ισένοφα', 'el')).toEqual(likely('Αλία Ισενοβα')); // -ова is -οβα
    expect(checkConvention('Ταλντικοργάν', 'el')).toEqual(likely('Ταλντικοργκαν')); // г is γκ
    expect(checkConvention('Ρουσλάν Γινατούλιν', 'el')).toEqual(likely('Ρουσλάν Γκινατουλιν'));
    expect(checkConvention('Ταλδικοργκάν', 'el')).toEqual(likely('Ταλντικοργκαν')); // д is ντ
  });

  it('needs the Bulgarian spelling to flag a Greek one a rarer Russian spelling would give', () => {
    // е after a vowel is γιε (Τοκάεφ could only be the implausible Токаэв); Αιτκούλοβα could be Аиткулова, and
    // only the Bulgarian version says Айткулова.
    expect(checkConvention('Τοκάεφ', 'el')).toEqual({ conventional: false, expected: 'Τοκαγιεφ', confidence: 'likely' });
    expect(checkConventionFrom('Τοκάεφ', 'el', [{ lang: 'bg', text: 'Токаев' }])).toEqual({ conventional: false, expected: 'Τοκαγιεφ', confidence: 'certain', sources: [{ lang: 'bg', text: 'Токаев' }] });
    expect(checkConvention('Αιτκούλοβα', 'el').conventional).toBe(true);
    expect(checkConventionFrom('Αιτκούλοβα', 'el', [{ lang: 'bg', text: 'Айткулова' }])).toMatchObject({ conventional: false, expected: 'Αϊτκουλοβα', confidence: 'certain' });
  });

  it('flags wrong Bulgarian spellings with the form the convention gives', () => {
    const likely = (expected: string) => ({ conventional: false, expected, confidence: 'likely' });
    expect(checkConvention('Салтанат Кусманкызы', 'bg')).toEqual(likely('Салтанат Кусманкизи'));
    expect(checkConvention('Райгул Садырбаева', 'bg')).toEqual(likely('Райгул Садирбаева'));
    expect(checkConvention('Семёнова', 'bg')).toEqual(likely('Семьонова'));
    expect(checkConvention('Семйонова', 'bg')).toEqual(likely('Семьонова'));
    expect(checkConvention('Токаеф', 'bg')).toEqual(likely('Токаев'));
    expect(checkConvention('Исенофа', 'bg')).toEqual(likely('Исенова'));
    expect(checkConvention('Василий Полонский', 'bg')).toEqual(likely('Василий Полонски'));
    expect(checkConvention('Эрнест', 'bg')).toEqual(likely('Ернест'));
  });

  it('has no opinion on a form in another script', () => {
    expect(checkConvention('Tokayev', 'el')).toEqual({ conventional: null });
    expect(checkConvention('Tokayev', 'bg')).toEqual({ conventional: null });
    expect(checkConvention('Τοκάγιεφ', 'bg')).toEqual({ conventional: null });
    expect(checkConvention('Μποσταντίκ Kz', 'el')).toEqual({ conventional: null });
  });
});

describe('reading Greek and Bulgarian back', () => {
  it('reads a tonos on the first of two vowels as two sounds, a plain diphthong as one', () => {
    expect(toCyrillic('Σεμέι', 'el')).toBe('семей');
    expect(toCyrillic('Αϊτμπάι', 'el')).toBe('айтбай');
    expect(toCyrillic('Καγιρμπέκ', 'el')).toBe('кайирбек');
    expect(toCyrillic('Παπαδάκη', 'el')).toBe('пападаки');
  });

  it('reads Bulgarian ъ as ы and ьо as ё', () => {
    expect(toCyrillic('Касъм', 'bg')).toBe('касым');
    expect(toCyrillic('Семьонова', 'bg')).toBe('семёнова');
    // Only a Bulgarian text reads ъ so; a Cyrillic word quoted in a Romanian text stays as written.
    expect(toCyrillic('Касъм', 'ro')).toBe('касъм');
  });

  it('gives the Greek and Bulgarian spellings the key of the Latin ones', () => {
    const cases: [string, LangCode][][] = [
      [['Askar Kaiyrbek', 'en'], ['Ασκάρ Καγιρμπέκ', 'el'], ['Аскар Кайирбек', 'bg'], ['Askar Kaiîrbek', 'ro']],
      [['Semey', 'en'], ['Σεμέι', 'el'], ['Семей', 'bg'], ['Semei', 'ro']],
      [['Kasym', 'en'], ['Κασίμ', 'el'], ['Касъм', 'bg'], ['Касим', 'bg']],
      [['Aitbai', 'en'], ['Αϊτμπάι', 'el'], ['Айтбай', 'bg']],
    ];
    for (const forms of cases) expect(new Set(forms.map(([f, l]) => skeletonKey(f, l))).size, forms[0][0]).toBe(1);
  });
});

async function corpusVersions(edit: Partial<Record<LangCode, (text: string) => string>> = {}) {
  const langs: LangCode[] = ['ro', 'en', 'de', 'el', 'bg'];
  const docs = await Promise.all(
    langs.map((lang) => {
      const text = readFileSync(`corpus/2022-2505-RSP/${lang}.txt`, 'utf8');
      return parseDocument(new TextEncoder().encode(edit[lang]?.(text) ?? text), { fileName: `${lang}.txt`, lang });
    }),
  );
  const grid = alignDocuments(docs, { names: langs.map((l) => `${l}.txt`) });
  return { docs, grid, entities: extractNames(grid, docs) };
}

function verdicts(entities: Awaited<ReturnType<typeof corpusVersions>>['entities'], lang: 'el' | 'bg') {
  const out = new Map<string, { conventional: boolean | null; expected?: string }>();
  for (const e of entities) for (const f of e.forms) if (f.lang === lang) out.set(f.text, { conventional: f.conventional, ...(f.expected ? { expected: f.expected } : {}) });
  return out;
}

describe('names view over the bundled Greek and Bulgarian versions', () => {
  it('judges every person and place and finds each one conventional; exonyms get no verdict', async () => {
    const { entities } = await corpusVersions();
    for (const lang of ['el', 'bg'] as const) {
      const got = verdicts(entities, lang);
      for (const p of [...PEOPLE, ...PLACES]) expect(got.get(p[lang]), `${lang} ${p[lang]}`).toEqual({ conventional: true });
      for (const x of EXONYMS[lang]) expect(got.get(x), `${lang} ${x}`).toEqual({ conventional: null });
      // Nothing in either version is flagged.
      expect([...got].filter(([, v]) => v.conventional === false), lang).toEqual([]);
    }
  }, 30_000);

  it('flags a misspelt name in a translation and reports it as a convention finding', async () => {
    const { docs, grid, entities } = await corpusVersions({
      el: (t) => t.replace('Νουρμπολάτ Σεϊτκούλοφ', 'Νουρμπολάτ Σεϊτκούλοβ'),
      bg: (t) => t.replace('Салтанат Кусманкизи', 'Салтанат Кусманкызы'),
    });
    expect(verdicts(entities, 'el').get('Νουρμπολάτ Σεϊτκούλοβ')).toEqual({ conventional: false, expected: 'Νουρμπολάτ Σεϊτκουλοφ' });
    expect(verdicts(entities, 'bg').get('Салтанат Кусманкызы')).toEqual({ conventional: false, expected: 'Салтанат Кусманкизи' });
    const convention = checkGrid(grid, docs)
      .filter((f) => f.type === 'name-convention')
      .map((f) => `${String(f.message.params.a)} → ${String(f.message.params.b)}`);
    expect(convention).toContain('Νουρμπολάτ Σεϊτκούλοβ → Νουρμπολάτ Σεϊτκουλοφ');
    expect(convention).toContain('Салтанат Кусманкызы → Салтанат Кусманкизи');
  }, 30_000);
});

describe('reading a word of another script in a Greek or Bulgarian text', () => {
  it('uses the Latin readings for a Latin word, whichever script was read first', () => {
    expect(toCyrillic('Касъм', 'bg')).toBe('касым');
    expect(toCyrillic('Σεμέι', 'el')).toBe('семей');
    expect(toCyrillic('Kasym', 'bg')).toBe(toCyrillic('Kasym', 'en'));
    expect(toCyrillic('Kasym', 'el')).toBe(toCyrillic('Kasym', 'en'));
    expect(toCyrillic('Касъм', 'bg')).toBe('касым');
  });
});
