import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { alignSentences } from '../../../core/align/sentence-align.js';
import { sharedWeight, tokenBags, wordsOf } from '../../../core/align/sentence-lexicon.js';
import { dictionaryLanguages, invertDictionary, mergeDictionaries, parseDictd, parseWordList } from '../../../core/align/sentence-dictionary.js';
import { InvalidInputError } from '../../../core/errors.js';
import { loadDictionaries, readDictionaryFile } from '../../../electron/main/services/dictionary-files.js';
import { run } from '../../../scripts/commands/align-sentences.js';
import { run as runAlign } from '../../../scripts/commands/align.js';
import { dictdFixture as dictd } from '../../fixtures/align/dictd.js';


const ARTICLES: [string, string][] = [
  ['00-database-info', 'A made-up test dictionary\n'],
  ['Pferd', 'Pferd /pfeːɐ̯t/ <n, neut>\ncheval\nein großes Tier, auf dem man reitet\n'],
  ['Berg', 'Berg /bɛʁk/ <n, masc>\n1. montagne, mont\neine hohe Erhebung\n2. tas\nein Haufen von etwas\n 3.\nein Satz ohne Übersetzung\n'],
  ['Gipfel', 'Gipfel /ˈɡɪpfl̩/ <n, masc>\n1. sommet 2.\ndie höchste Stelle\n'],
  ['Abendessen', 'Abendessen /ˈaːbn̩tˌʔɛsn̩/ <n, neut>\nrepas du soir; dîner\ndie Mahlzeit am Abend\n'],
];

describe('reading dictionaries', () => {
  it('reads hunalign word lists ("target @ source") and two-column TSV, skipping comments and counting phrases', () => {
    const r = parseWordList('# made up\ncalul @ horse\nfurtuna @ storm\n\nstrada mare @ high street\ncalul @ Horse\n', 'en-ro.txt');
    expect([...r.dictionary]).toEqual([
      ['horse', ['calul']],
      ['storm', ['furtuna']],
    ]);
    expect([r.pairs, r.phrases]).toEqual([2, 1]);
    const t = parseWordList('\uFEFFhorse\tcalul\tcal\r\nriver\trâul\r\n');
    expect(t.dictionary.get('horse')).toEqual(['calul', 'cal']);
    expect(t.dictionary.get('river')).toEqual(['râul']);
  });

  it('names the line of a word list that is neither format', () => {
    expect(() => parseWordList('calul @ horse\nhorse calul\n', 'en-ro.txt')).toThrow(InvalidInputError);
    expect(() => parseWordList('calul @ horse\nhorse calul\n', 'en-ro.txt')).toThrow(/en-ro\.txt line 2: expected "target @ source"/);
  });

  it('reads a dictd dictionary: translations of every sense, not the glosses, not the sense numbers, not the header', () => {
    const { index, data } = dictd(ARTICLES);
    const r = parseDictd(index, data, 'test.index');
    expect(r.dictionary.get('pferd')).toEqual(['cheval']);
    expect(r.dictionary.get('berg')).toEqual(['montagne', 'mont', 'tas']);
    expect(r.dictionary.get('gipfel')).toEqual(['sommet']);
    expect(r.dictionary.get('abendessen')).toEqual(['dîner']); // "repas du soir" is a phrase
    expect(r.phrases).toBe(1);
    expect(r.dictionary.has('00-database-info')).toBe(false);
    expect([...r.dictionary.values()].flat().some((t) => /hohe|haufen|tier/i.test(t))).toBe(false);
  });

  it('refuses a broken dictd index with the line and what is wrong', () => {
    const { index, data } = dictd(ARTICLES);
    expect(() => parseDictd(`${index}Tal\tnot base64!\tB\n`, data, 'x.index')).toThrow(/x\.index index line 6: expected "headword<TAB>offset<TAB>length"/);
    expect(() => parseDictd(`${index}Tal\tZZZ\tB\n`, data, 'x.index')).toThrow(/"Tal" points beyond the end of the dictionary data/);
  });

  it('reads the language pair from FreeDict and two-letter file names', () => {
    expect(dictionaryLanguages('/usr/share/dictd/freedict-deu-fra.index')).toEqual({ from: 'de', to: 'fr' });
    expect(dictionaryLanguages('freedict-fra-deu.dict.dz')).toEqual({ from: 'fr', to: 'de' });
    expect(dictionaryLanguages('ro-en.txt')).toEqual({ from: 'ro', to: 'en' });
    expect(dictionaryLanguages('words_en_ro.dic')).toEqual({ from: 'en', to: 'ro' });
    expect(dictionaryLanguages('freedict-deu-kur.index')).toBeNull(); // not an EU language
    expect(dictionaryLanguages('glossary.txt')).toBeNull();
  });

  it('turns a dictionary round and merges dictionaries without repeating pairs', () => {
    const a = new Map([['horse', ['calul', 'cal']]]);
    const b = new Map([['cal', ['horse', 'steed']]]);
    expect([...invertDictionary(a)]).toEqual([
      ['calul', ['horse']],
      ['cal', ['horse']],
    ]);
    expect(mergeDictionaries([a, invertDictionary(b)]).get('horse')).toEqual(['calul', 'cal']);
    expect(mergeDictionaries([a, invertDictionary(b)]).get('steed')).toEqual(['cal']);
  });
});

/**
 * Ten source sentences, nine target ones: the translation of sentence 5 is missing, and sentences 5 and 6 are the
 * same length, so lengths cannot tell which one has no partner. No word is shared (no cognates), and the texts are
 * too short for a lexicon to be learnt from them: only a dictionary can place the gap.
 */
function gapTexts(topics: readonly [string, string][], src: (w: string, k: number) => string, tgt: (w: string, k: number) => string) {
  return { src: topics.map(([a], k) => src(a, k)), tgt: topics.flatMap(([, b], k) => (k === 5 ? [] : [tgt(b, k)])) };
}
/** Ten English words and their Romanian translations, none alike. */
const EN_RO: readonly [string, string][] = [
  ['horse', 'calul'],
  ['storm', 'furtuna'],
  ['bread', 'pâinea'],
  ['house', 'casa'],
  ['apple', 'mărul'],
  ['river', 'râul'],
  ['night', 'noaptea'],
  ['field', 'câmpul'],
  ['wheat', 'grâul'],
  ['stone', 'piatra'],
];
const missing = (beads: ReturnType<typeof alignSentences>) => beads.filter((b) => b.sentences[1].length === 0).map((b) => b.sentences[0]);

describe('alignSentences with a dictionary', () => {
  const topics = EN_RO;
  const { src, tgt } = gapTexts(
    topics,
    (w, k) => (k === 5 ? `at dawn the ${w} was cold` : k === 6 ? `at dusk the ${w} was cold` : `the ${w} was seen ${'again '.repeat(k % 3)}`.trim()),
    (w, k) => (k === 6 ? `în amurg ${w} era rece` : `${w} a fost văzut ${'iarăși '.repeat(k % 3)}`.trim()),
  );
  const dictionary = new Map(topics.map(([en, ro]) => [en, [ro]]));

  it('places a missing sentence that lengths alone place wrongly', () => {
    expect(src[5].length).toBe(src[6].length);
    expect(missing(alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'ro', vocabulary: false }))).not.toEqual([[5]]);
    const beads = alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'ro', dictionary, vocabulary: false });
    expect(missing(beads)).toEqual([[5]]);
    expect(beads.filter((b) => b.sentences[0].length === 1 && b.sentences[1].length === 1)).toHaveLength(9);
  });

  it('finds inflected forms under a headword on either side, but never a stem shorter than four letters', () => {
    const d = new Map([
      ['horse', ['caii']],
      ['river', ['câmp']],
      ['sun', ['soare']],
    ]);
    const s = ['The horses ran to the rivers', 'The suns rose'];
    const t = ['Caii au alergat spre câmpuri', 'Sorii au răsărit'];
    const bags = tokenBags(s, t, s.map(wordsOf), t.map(wordsOf), { dictionary: d });
    // horses → horse, rivers → river on the source side; câmpuri → câmp on the target side.
    expect(sharedWeight(bags.src[0], bags.tgt[0], bags.weight)).toBeGreaterThan(0);
    expect(bags.src[0].length).toBe(2);
    // "suns" is four letters: it is not cut down to "sun".
    expect(bags.src[1].length).toBe(0);
    expect(bags.chanceSrc[0]).toBeGreaterThan(0);
    expect(tokenBags(s, t, s.map(wordsOf), t.map(wordsOf)).chanceSrc.every((x) => x === 0)).toBe(true);
  });
});

describe('align-sentences --dict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concordia-dict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
  };

  it('reads a dictd dictionary named the other way round, says so, and places the gap with it', async () => {
    const topics: [string, string][] = [
      ['cheval', 'Pferd'],
      ['orage', 'Sturm'],
      ['pain', 'Brot'],
      ['maison', 'Haus'],
      ['pomme', 'Apfel'],
      ['rivière', 'Fluss'],
      ['château', 'Schloss'],
      ['champ', 'Feld'],
      ['blé', 'Weizen'],
      ['pierre', 'Stein'],
    ];
    const { src, tgt } = gapTexts(
      topics,
      (w, k) => (k === 5 ? `à l'aube le ${w} était froid` : k === 6 ? `au soir, le ${w} était froid` : `le ${w} a été vu ${'encore '.repeat(k % 3)}`.trim()),
      (w, k) => (k === 6 ? `in der Dämmerung war ${w} kalt` : `${w} wurde gesehen ${'wieder '.repeat(k % 3)}`.trim()),
    );
    expect(src[5].length).toBe(src[6].length);
    writeFileSync(join(dir, 'a.fr'), `${src.join('\n')}\n`);
    writeFileSync(join(dir, 'a.de'), `${tgt.join('\n')}\n`);
    const { index, data } = dictd([
      ['00-database-info', 'A made-up test dictionary\n'],
      ...topics.map(([fr, de]): [string, string] => [de, `${de} /x/ <n>\n${fr}\nein Wort\n`]),
      ['Abendessen', 'Abendessen /x/ <n>\nrepas du soir\ndie Mahlzeit am Abend\n'],
    ]);
    writeFileSync(join(dir, 'freedict-deu-fra.index'), index);
    writeFileSync(join(dir, 'freedict-deu-fra.dict.dz'), gzipSync(data));
    const without = io();
    await run(['--src-lang', 'fr', '--tgt-lang', 'de', '--no-vocabulary', join(dir, 'a.fr'), join(dir, 'a.de')], without.io as never);
    expect(without.out.join('')).not.toMatch(/^\[5\]:\[\]$/m);
    const r = io();
    const code = await run(['--src-lang', 'fr', '--tgt-lang', 'de', '--no-vocabulary', '--dict', join(dir, 'freedict-deu-fra.index'), join(dir, 'a.fr'), join(dir, 'a.de')], r.io as never);
    expect(code).toBe(0);
    expect(r.err.join('')).toBe('dictionary freedict-deu-fra.index: 10 word pairs, turned round, 1 multi-word entries left out\n');
    expect(r.out.join('')).toMatch(/^\[5\]:\[\]$/m);
  });

  it('align --level sentence: a dictionary named for its pair places the gap inside a paragraph, with either version as pivot', async () => {
    const topics = EN_RO;
    const { src, tgt } = gapTexts(
      topics,
      (w, k) => (k === 5 ? `At dawn the ${w} was cold.` : k === 6 ? `At dusk the ${w} was cold.` : `The ${w} was seen ${'again '.repeat(k % 3)}`.trim() + '.'),
      (w, k) => (k === 6 ? `În amurg ${w} era rece.` : `${w[0].toUpperCase()}${w.slice(1)} a fost văzut ${'iarăși '.repeat(k % 3)}`.trim() + '.'),
    );
    writeFileSync(join(dir, 'en.txt'), `Situation on the farm\n\nThe European Parliament,\n\n1. ${src.join(' ')}\n\n2. Instructs its President to forward this resolution to the Council.\n`);
    writeFileSync(join(dir, 'ro.txt'), `Situația de la fermă\n\nParlamentul European,\n\n1. ${tgt.join(' ')}\n\n2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.\n`);
    writeFileSync(join(dir, 'ro-en.txt'), topics.map(([en, ro]) => `${ro}\t${en}`).join('\n'));
    const para = async (pivot: string, dict: string[]) => {
      const r = io();
      await runAlign([join(dir, 'en.txt'), join(dir, 'ro.txt'), '--level', 'sentence', '--pivot', pivot, '--json', '--no-vocabulary', ...dict], r.io as never);
      const grid = JSON.parse(r.out.join('')) as { documents: { lang: string }[]; rows: { key: string; pairs: { sentences: number[][] }[] }[] };
      const en = grid.documents.findIndex((d) => d.lang === 'en');
      return { beads: grid.rows.find((row) => row.key === 'para:1')?.pairs.map((p) => p.sentences) ?? [], en, err: r.err.join('') };
    };
    const unpaired = (x: { beads: number[][][]; en: number }) => x.beads.filter((b) => b[1 - x.en].length === 0).map((b) => b[x.en]);
    expect(unpaired(await para('en', []))).not.toEqual([[5]]);
    const withDict = await para('en', ['--dict', join(dir, 'ro-en.txt')]);
    expect(withDict.err).toBe('dictionary ro-en.txt: 10 word pairs, ro↔en\n');
    expect(unpaired(withDict)).toEqual([[5]]);
    // The same file serves the other direction when Romanian is the pivot.
    expect(unpaired(await para('ro', ['--dict', join(dir, 'ro-en.txt')]))).toEqual([[5]]);
    writeFileSync(join(dir, 'words.txt'), 'calul\thorse\n');
    await expect(runAlign([join(dir, 'en.txt'), join(dir, 'ro.txt'), '--dict', join(dir, 'words.txt')], io().io as never)).rejects.toThrow(/words\.txt: name the two languages in the file name/);
  });

  it('refuses a dictionary for another language pair, and a missing half of a dictd pair', async () => {
    writeFileSync(join(dir, 'de-it.txt'), 'cavallo @ pferd\n');
    await expect(run(['--src-lang', 'fr', '--tgt-lang', 'de', '--dict', join(dir, 'de-it.txt'), join(dir, 'a.fr'), join(dir, 'a.de')], io().io as never)).rejects.toThrow(
      /de-it\.txt is a de→it dictionary; the texts are fr→de/,
    );
    writeFileSync(join(dir, 'lonely.index'), 'Pferd\tA\tB\n');
    await expect(readDictionaryFile(join(dir, 'lonely.index'))).rejects.toThrow(/needs both lonely\.index and lonely\.dict\(\.dz\)/);
    writeFileSync(join(dir, 'phrases.txt'), 'strada mare @ high street\n');
    await expect(loadDictionaries([join(dir, 'phrases.txt')])).rejects.toThrow(/phrases\.txt: no single-word entries \(1 multi-word entries are not used\)/);
  });
});
