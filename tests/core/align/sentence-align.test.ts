import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../core/align/sentence-align.js';
import { formatBead, run, sentenceLines } from '../../../scripts/commands/align-sentences.js';

const fixture = (name: string) => new URL(`../../fixtures/align/${name}`, import.meta.url);
const lines = (name: string) => sentenceLines(readFileSync(fixture(name), 'utf8'));

describe('alignSentences', () => {
  it('reproduces the gold beads of the news fixture (1–1, 2–1, 1–2, 0–1)', () => {
    const beads = alignSentences(lines('news.en.txt'), lines('news.fr.txt'), { srcLang: 'en', tgtLang: 'fr' });
    expect(beads.map(formatBead)).toEqual(lines('news.gold'));
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

  it('the CLI prints one bead per line', async () => {
    let out = '';
    const code = await run([fixture('news.en.txt').pathname, fixture('news.fr.txt').pathname], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toEqual(lines('news.gold'));
  });
});
