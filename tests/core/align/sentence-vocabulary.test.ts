import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../core/align/sentence-align.js';
import { tokenBags, sharedWeight, wordsOf } from '../../../core/align/sentence-lexicon.js';
import { builtInConcepts, conceptIndex, parseVocabulary, vocabularyConcepts } from '../../../core/align/sentence-vocabulary.js';
import { VOCABULARY_TEXTS } from '../../../core/align/vocabulary/index.js';
import { InvalidInputError } from '../../../core/errors.js';
import { LANGUAGES } from '../../../core/model/language.js';
import type { LangCode } from '../../../core/model/language.js';

describe('parseVocabulary', () => {
  it('reads concept lines: forms lower-cased, phrases left out, notes and comments ignored', () => {
    const read = parseVocabulary('# a comment\nc0001\tMountain, mountains\tn: high land\n\nc0002\tgo, went, gone\nc0003\thuman rights, rights\n');
    expect(read.vocabulary.get('c0001')).toEqual(['mountain', 'mountains']);
    expect(read.vocabulary.get('c0002')).toEqual(['go', 'went', 'gone']);
    expect(read.vocabulary.get('c0003')).toEqual(['rights']);
    expect(read.forms).toBe(6);
    expect(read.phrases).toBe(1);
  });

  it('names the line of a malformed entry and of a concept given twice', () => {
    expect(() => parseVocabulary('c0001\tone\nmountain\n', 'de.ts')).toThrow(/de\.ts line 2: expected/);
    expect(() => parseVocabulary('c0001\tone\nc0001\ttwo\n', 'de.ts')).toThrow(InvalidInputError);
    expect(() => parseVocabulary('c0001\tone\nc0001\ttwo\n', 'de.ts')).toThrow(/line 2: concept c0001 is listed twice/);
  });

  it('indexes the forms of a list by concept; a form of two concepts names both', () => {
    const de = conceptIndex(parseVocabulary('c0001\tberg\nc0002\tgehen, ging\nc0003\tmorgen\nc0004\tmorgen, früh\n').vocabulary);
    expect(de.get('ging')).toEqual(['c0002']);
    expect(de.get('morgen')).toEqual(['c0003', 'c0004']);
    expect(de.has('schnee')).toBe(false);
  });

  it('makes a concept one shared token of the two sentences, found under inflected forms, however many of its forms a sentence has', () => {
    const de = conceptIndex(parseVocabulary('c0001\tberg\nc0002\tgehen, ging, gegangen\n').vocabulary);
    const fr = conceptIndex(parseVocabulary('c0001\tmontagne\nc0002\taller, va, allait\n').vocabulary);
    const s = ['Sie ging und ging auf die Berge', 'Nichts'];
    const t = ['Elle allait vers les montagnes', 'Rien'];
    const bags = tokenBags(s, t, s.map(wordsOf), t.map(wordsOf), { concepts: { src: de, tgt: fr } });
    expect(bags.src[0].length).toBe(2);
    expect(bags.tgt[0].length).toBe(2);
    expect(sharedWeight(bags.src[0], bags.tgt[0], bags.weight)).toBeGreaterThan(0);
    expect(bags.chanceSrc[0]).toBeGreaterThan(0);
    expect(tokenBags(s, t, s.map(wordsOf), t.map(wordsOf)).src[0].length).toBe(0);
  });
});

const LANGS: readonly LangCode[] = LANGUAGES;
const SCRIPT: Partial<Record<LangCode, RegExp>> = { el: /^[\p{Script=Greek}'’-]+$/u, bg: /^[\p{Script=Cyrillic}'’-]+$/u };

describe('the bundled core vocabulary', () => {
  const en = parseVocabulary(VOCABULARY_TEXTS.en ?? '', 'en').vocabulary;

  it('has a list for each of the 24 languages', () => {
    expect(Object.keys(VOCABULARY_TEXTS).sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS.filter((l) => VOCABULARY_TEXTS[l] !== undefined))('%s: every concept of the English list, in the language\'s own script, one-word forms for nearly all', (lang) => {
    const v = parseVocabulary(VOCABULARY_TEXTS[lang]!, lang).vocabulary;
    expect(en.size).toBe(1500);
    expect([...v.keys()].sort()).toEqual([...en.keys()].sort());
    const script = SCRIPT[lang] ?? /^[\p{Script=Latin}\d'’-]+$/u;
    const wrong = [...v.values()].flat().filter((f) => !script.test(f) || f !== f.toLowerCase());
    expect(wrong).toEqual([]);
    const withWord = [...v.values()].filter((forms) => forms.length > 0).length;
    expect(withWord / v.size).toBeGreaterThan(0.93);
    if (lang === 'ro') expect([...v.values()].flat().filter((f) => /[şţ]/.test(f))).toEqual([]);
  });
});

describe('vocabularyConcepts', () => {
  it('gives both languages\' indexes, and nothing for one language, the same language twice or a missing one', () => {
    const c = vocabularyConcepts('en', 'fr');
    expect(c).toBeDefined();
    const mountain = c!.src.get('mountain');
    expect(mountain).toBeDefined();
    expect(mountain!.some((id) => c!.tgt.get('montagne')?.includes(id))).toBe(true);
    expect(vocabularyConcepts('en', 'en')).toBeUndefined();
    expect(vocabularyConcepts(undefined, 'fr')).toBeUndefined();
    expect(builtInConcepts('de')).toBe(builtInConcepts('de'));
  });
});

/**
 * Ten English sentences, nine French ones: the translation of sentence 6 is missing, and sentences 5 and 6 are the
 * same length and differ in one word, so lengths cannot tell which one has no partner (the aligner, left to lengths,
 * drops 5). No word is alike in the two languages, and the texts are too short for a lexicon to be learnt from them:
 * only the core vocabulary can place the gap.
 */
const EN_FR: readonly [string, string][] = [
  ['horse', 'le cheval'],
  ['storm', 'la tempête'],
  ['bread', 'le pain'],
  ['house', 'la maison'],
  ['apple', 'la pomme'],
  ['river', 'la rivière'],
  ['night', 'la nuit'],
  ['field', 'le champ'],
  ['wheat', 'le blé'],
  ['stone', 'la pierre'],
];
const missing = (beads: ReturnType<typeof alignSentences>, side = 1) => beads.filter((b) => b.sentences[side].length === 0).map((b) => b.sentences[1 - side]);

describe('alignSentences with the core vocabulary', () => {
  const calm = (w: string) => `the ${w} was calm and the whole valley lay silent`;
  const src = EN_FR.map(([w], k) => (k === 5 ? `at dawn ${calm(w)}` : k === 6 ? `at dusk ${calm(w)}` : `the ${w} was seen ${'again '.repeat(k % 3)}`.trim()));
  const tgt = EN_FR.flatMap(([, w], k) => (k === 6 ? [] : [k === 5 ? `à l'aube ${w} était calme et toute la vallée se taisait` : `${w} a été vu ${'encore '.repeat(k % 3)}`.trim()]));

  it('places a missing sentence that lengths alone place wrongly, unless it is turned off', () => {
    expect(src[5].length).toBe(src[6].length);
    expect(missing(alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr', vocabulary: false }))).toEqual([[5]]);
    const beads = alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr' });
    expect(missing(beads)).toEqual([[6]]);
    expect(beads.filter((b) => b.sentences[0].length === 1 && b.sentences[1].length === 1)).toHaveLength(9);
    // the other way round too: French as the source
    expect(missing(alignSentences(tgt, src, { srcLang: 'fr', tgtLang: 'en' }), 0)).toEqual([[6]]);
  });

  it('needs both languages: without them it aligns as before', () => {
    expect(alignSentences(src, tgt)).toEqual(alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr', vocabulary: false }));
  });
});
