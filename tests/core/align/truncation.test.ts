// The pieces of the aligner that make a version which ends early align as far as it goes (issue 16): how a cut
// text is recognised and compared, the length ratio, and the support a split or merge needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asPartial, defaultExtractors, endsOpen, featuresOf, idfWeights, isCutShort, scorePair } from '../../../core/align/evidence.js';
import type { PairContext } from '../../../core/align/evidence.js';
import { alignSequence } from '../../../core/align/sequence.js';
import { itemsOf, lengthRatio } from '../../../core/align/units.js';
import { parseDocument } from '../../../core/index.js';
import type { LangCode } from '../../../core/index.js';
import { perturb } from '../../../scripts/lib/perturb.js';

const CORPUS = new URL('../../../corpus/2022-2505-RSP/', import.meta.url);
const read = (lang: string) => readFileSync(new URL(`${lang}.txt`, CORPUS), 'utf8');
const parse = (text: string, lang: LangCode) => parseDocument(new TextEncoder().encode(text), { fileName: `${lang}.txt`, lang });
const ctx = (ratio = 1): PairContext => ({ ratio, numberWeight: idfWeights([]), nameWeight: idfWeights([]) });

describe('endsOpen', () => {
  it('is true only for a text that stops after a word', () => {
    expect(endsOpen('calls on the authorities of Kazakhstan to release')).toBe(true);
    expect(endsOpen('having regard to Rule 144(5) of its Rules of Procedure 2')).toBe(true);
    // A bracket or quote is skipped: what counts is whether punctuation comes before it.
    expect(endsOpen('the statement by the spokesperson of the EEAS (European External Action Service)')).toBe(true);
    for (const closed of ['to the Council;', 'of Kazakhstan.', 'as follows:', 'the ‘Fund for the People’.', 'έως το 2031·', 'vu la résolution (2019),', 'the “Fund for the People;”']) {
      expect(endsOpen(closed), closed).toBe(false);
    }
  });
});

describe('scorePair with a cut-off text', () => {
  const whole = featuresOf('calls for the release of the 14 activists detained in Almaty on 5 January 2022 and for an independent inquiry into the 227 deaths;', 'en');
  const start = featuresOf('calls for the release of the 14 activists detained in Almaty', 'en');
  const other = featuresOf('notes that 9 journalists were fined in Nur-Sultan in 2019 and asks the Commission to report by 2025;', 'en');

  it('does not hold the missing end against the start of a unit', () => {
    const asComplete = scorePair(whole, start, ctx()).sim;
    const asCut = scorePair(whole, asPartial(start), ctx()).sim;
    expect(asCut).toBeGreaterThan(asComplete);
    expect(asCut).toBeGreaterThan(0.7);
    // The same from the other side (a cut-off pivot unit).
    expect(scorePair(asPartial(start), whole, ctx()).sim).toBeCloseTo(asCut, 10);
  });

  it('still tells its partner from a unit with other numbers and names', () => {
    expect(scorePair(whole, asPartial(start), ctx()).sim).toBeGreaterThan(scorePair(other, asPartial(start), ctx()).sim + 0.3);
  });

  it('counts a cut text as cut short only when clearly shorter than its partner', () => {
    expect(isCutShort(whole, asPartial(start), 1)).toBe(true);
    expect(isCutShort(whole, asPartial(whole), 1)).toBe(false);
  });
});

describe('alignSequence support for splits and merges', () => {
  it('does not merge two pivot units into a cut-off text no longer than the first', () => {
    // The fragment shares one number with each of the next two units: read together they account for both, and
    // without the length test that would make the merge win, although a text shorter than the first unit
    // cannot reach into the second.
    const a = [
      featuresOf('welcomes the decision of 3 March to free 12 detainees;', 'en'),
      featuresOf('condemns the arrest of 17 journalists and bloggers in the regions and calls on the authorities to stop using the criminal code against peaceful critics and to drop all charges against them;', 'en'),
      featuresOf('urges the government to repeal article 405 of the criminal code and to register the opposition party;', 'en'),
    ];
    const b = [featuresOf('welcomes the decision of 3 March to free 12 detainees;', 'en'), asPartial(featuresOf('condemns the arrest of 17 journalists under article 405', 'en'))];
    const steps = alignSequence(a, b, ctx(), (i, j) => i === j);
    expect(steps.map((s) => `${s.op}:${s.a.join('+')}/${s.b.join('+')}`)).toEqual(['pair:0/0', 'pair:1/1', 'delete:2/']);
  });

  it('still merges when the text read together fits better than either part', () => {
    const a = [
      featuresOf('condemns the arrest of 16 journalists in Almaty;', 'en'),
      featuresOf('calls for the release of the 16 journalists held since 6 January 2022;', 'en'),
    ];
    const b = [featuresOf('condemns the arrest of 16 journalists in Almaty and calls for the release of the 16 journalists held since 6 January 2022;', 'en')];
    const steps = alignSequence(a, b, ctx(), (i, j) => i === j);
    expect(steps.map((s) => s.op)).toEqual(['merge']);
  });
});

describe('lengthRatio', () => {
  it('is about the same for a version and the first part of it', async () => {
    const ro = itemsOf(await parse(read('ro'), 'ro'), defaultExtractors);
    for (const lang of ['en', 'de', 'el'] as const) {
      const full = itemsOf(await parse(read(lang), lang), defaultExtractors);
      const cut = itemsOf(await parse(perturb(read(lang), lang, { kind: 'cut-in-recital', at: 5 }).text, lang), defaultExtractors);
      expect(Math.abs(Math.log(lengthRatio(ro, cut) / lengthRatio(ro, full))), lang).toBeLessThan(0.05);
    }
  });
});
