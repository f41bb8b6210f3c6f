import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../core/align/sentence-align.js';
import { bootstrapLexicon, wordsOf } from '../../../core/align/sentence-lexicon.js';
import { parseBeads, scoreAlignment } from '../../../core/align/sentence-score.js';
import { formatBead, run, sentenceLines } from '../../../scripts/commands/align-sentences.js';

const fixture = (name: string) => new URL(`../../fixtures/align/${name}`, import.meta.url);
const lines = (name: string) => sentenceLines(readFileSync(fixture(name), 'utf8'));

describe('alignSentences', () => {
  it('reproduces the gold beads of the news fixture (1–1, 2–1, 1–2, 0–1)', () => {
    const beads = alignSentences(lines('news.en.txt'), lines('news.fr.txt'), { srcLang: 'en', tgtLang: 'fr' });
    expect(beads.map(formatBead)).toEqual(lines('news.gold'));
  });

  it('reproduces the council fixture: a 1–2 split, a 2–1 join, a 1–3 split, a sentence only in Romanian, one only in English', () => {
    const beads = alignSentences(lines('council.en.txt'), lines('council.ro.txt'), { srcLang: 'en', tgtLang: 'ro' });
    expect(beads.map(formatBead)).toEqual(lines('council.en-ro.gold'));
    const s = scoreAlignment(parseBeads(readFileSync(fixture('council.en-ro.gold'), 'utf8')), beads.map((b) => [b.sentences[0], b.sentences[1]]));
    expect([s.f1Strict, s.f1Lax]).toEqual([1, 1]);
  });

  it('bootstraps a lexicon from aligned sentences: words that keep meeting pair up, chance neighbours do not', () => {
    const pairs = [
      ['the river is wide', 'râul este lat'],
      ['the river is deep here', 'râul este adânc aici'],
      ['a wide road', 'un drum lat'],
      ['the road is long', 'drumul este lung'],
      ['deep snow on the road', 'zăpadă adâncă pe drum'],
    ].map(([a, b]) => [wordsOf(a), wordsOf(b)] as const);
    const lex = bootstrapLexicon(pairs);
    expect(lex.get('river')?.[0]).toBe('râul');
    expect(lex.get('wide')?.[0]).toBe('lat');
    expect(lex.has('here')).toBe(false); // seen once: no evidence
  });

  it('uses a lexicon learnt from the texts to place a sentence that lengths alone cannot', () => {
    // Sentences 30 and 31 have the same English length and the Romanian lacks 31; nothing but the words tells which
    // is missing, and no word is shared. The second pass learns word pairs from the first and places the gap (the
    // core vocabulary, which knows these words, is turned off to see the lexicon alone).
    const topics = ['horse', 'storm', 'bread', 'river', 'house', 'apple', 'night', 'field'];
    const ro: Record<string, string> = { horse: 'calul', storm: 'furtuna', bread: 'pâinea', river: 'râul', house: 'casa', apple: 'mărul', night: 'noaptea', field: 'câmpul' };
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = 0; k < 48; k++) {
      const [a, b] = [topics[k % 8], topics[(k * 3 + 1) % 8]];
      const r = Math.floor(k / 2) % 4;
      src.push(`the ${a} and the ${b} were seen ${'today '.repeat(r)}`.trim());
      if (k !== 31) tgt.push(`${ro[a]} și ${ro[b]} au fost văzute ${'azi '.repeat(r)}`.trim());
    }
    const deleted = (singlePass: boolean) => alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'ro', singlePass, vocabulary: false }).filter((x) => x.sentences[1].length === 0);
    expect(deleted(false).map((x) => x.sentences[0])).toEqual([[31]]);
    expect(deleted(true).map((x) => x.sentences[0])).toEqual([[30]]); // lengths alone: a tie, resolved wrongly
  });

  it('covers every sentence once, in order, and handles empty sides', () => {
    const src = ['One 1.', 'Two 2.', 'Three 3.'];
    expect(alignSentences(src, []).map(formatBead)).toEqual(['[0]:[]', '[1]:[]', '[2]:[]']);
    expect(alignSentences([], ['x']).map(formatBead)).toEqual(['[]:[0]']);
    const beads = alignSentences(src, ['Eins 1.', 'Zwei 2 und drei 3.']);
    expect(beads.flatMap((b) => b.sentences[0])).toEqual([0, 1, 2]);
    expect(beads.flatMap((b) => b.sentences[1])).toEqual([0, 1]);
  });

  it('lets number anchors override similar lengths', () => {
    // Equal lengths everywhere: only the numbers tell that the target lacks the report numbered 222.
    const nums = [111, 222, 333, 444, 555, 666];
    const src = nums.map((n) => `Report number ${n} was read.`);
    const tgt = nums.filter((n) => n !== 222).map((n) => `Rapport numéro ${n} lu ici.`);
    expect(alignSentences(src, tgt).map(formatBead)).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]', '[3]:[2]', '[4]:[3]', '[5]:[4]']);
  });

  it('aligns long inputs inside its band and stays linear-ish', () => {
    const src = Array.from({ length: 3000 }, (_, i) => `Sentence ${i} has some words in it.`);
    const tgt = src.map((s, i) => (i === 1500 ? null : s.replace('Sentence', 'Satz'))).filter((s): s is string => s !== null);
    const beads = alignSentences(src, tgt);
    expect(beads.find((b) => b.sentences[0][0] === 1500)?.sentences[1]).toEqual([]);
    expect(beads.filter((b) => b.sentences[0].length === 1 && b.sentences[1].length === 1)).toHaveLength(2999);
  });

  it('the CLI prints one bead per line, detecting languages not given and saying so', async () => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
    const code = await run([fixture('news.en.txt').pathname, fixture('news.fr.txt').pathname], io);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toEqual(lines('news.gold'));
    expect(err).toBe('languages: en (detected) → fr (detected); --src-lang and --tgt-lang set them\n');
    err = '';
    await run(['--src-lang', 'en', fixture('news.en.txt').pathname, fixture('news.fr.txt').pathname], io);
    expect(err).toBe('languages: en → fr (detected); --src-lang and --tgt-lang set them\n');
    // Given both, or with the vocabulary off, nothing is detected and nothing is said.
    err = '';
    await run(['--src-lang', 'en', '--tgt-lang', 'fr', fixture('news.en.txt').pathname, fixture('news.fr.txt').pathname], io);
    await run(['--no-vocabulary', fixture('news.en.txt').pathname, fixture('news.fr.txt').pathname], io);
    expect(err).toBe('');
    // A text in no EU language the detector knows: the vocabulary is not used, and the user is told.
    const dir = mkdtempSync(join(tmpdir(), 'concordia-lang-'));
    try {
      writeFileSync(join(dir, 'x.txt'), '12 34\n56\n');
      await run([join(dir, 'x.txt'), fixture('news.fr.txt').pathname], io);
      expect(err).toBe('languages: unknown → fr (detected): the core vocabulary is not used; --src-lang and --tgt-lang set them\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI splits running text into sentences with --split, by each language\'s rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concordia-split-'));
    try {
      writeFileSync(join(dir, 'en.txt'), 'The committee met on 3 May. It adopted the report by 12 votes to 4. Mr. Novak abstained.\nThe vote ends the procedure.\n');
      writeFileSync(join(dir, 'fr.txt'), "La commission s'est réunie le 3 mai. Elle a adopté le rapport par 12 voix contre 4. M. Novak s'est abstenu.\nLe vote clôt la procédure.\n");
      let out = '';
      let err = '';
      const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
      expect(await run(['--split', '--text', '--src-lang', 'en', '--tgt-lang', 'fr', join(dir, 'en.txt'), join(dir, 'fr.txt')], io)).toBe(0);
      expect(out.trimEnd().split('\n')).toEqual([
        "The committee met on 3 May.\tLa commission s'est réunie le 3 mai.",
        'It adopted the report by 12 votes to 4.\tElle a adopté le rapport par 12 voix contre 4.',
        "Mr. Novak abstained.\tM. Novak s'est abstenu.",
        'The vote ends the procedure.\tLe vote clôt la procédure.',
      ]);
      expect(err).toBe('');
      // Without --split a line is one sentence.
      out = '';
      await run(['--src-lang', 'en', '--tgt-lang', 'fr', join(dir, 'en.txt'), join(dir, 'fr.txt')], io);
      expect(out.trimEnd().split('\n')).toEqual(['[0]:[0]', '[1]:[1]']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI prints aligned text with --text and scores against --gold on standard error', async () => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
    const [en, ro, gold] = ['council.en.txt', 'council.ro.txt', 'council.en-ro.gold'].map((n) => fixture(n).pathname);
    expect(await run(['--text', '--gold', gold, '--src-lang', 'en', '--tgt-lang', 'ro', en, ro], io)).toBe(0);
    const rows = out.trimEnd().split('\n');
    expect(rows).toHaveLength(11);
    expect(rows[2]).toBe(`${lines('council.en.txt')[2]}\t${lines('council.ro.txt').slice(2, 4).join(' ')}`);
    expect(rows[9]).toBe(`${lines('council.en.txt')[9]}\t`);
    expect(err).toContain('strict: P 1.000 R 1.000 F1 1.000');
    // A gold file for other texts names sentences these files do not have: a clear error, not a score.
    await expect(run(['--gold', fixture('news.gold').pathname, en, ro], io)).rejects.toThrow(/news\.gold line 12: sentence 11 is beyond the files/);
  });
});
