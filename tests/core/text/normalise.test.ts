import { describe, expect, it } from 'vitest';
import { foldForMatch, foldWithOffsets, normaliseSpacing, toInputSpan } from '../../../core/text/normalise.js';

describe('normaliseSpacing', () => {
  it('maps space, hyphen and private-use dash look-alikes and keeps the length', () => {
    const s = 'B9\u20110079/2022\u00A0și\u202F20\u2009000\tx \uF02D vu';
    const n = normaliseSpacing(s);
    expect(n).toBe('B9-0079/2022 și 20 000 x – vu');
    expect(n.length).toBe(s.length);
  });
});

describe('foldForMatch', () => {
  it.each([
    ['Întrucât', 'intrucat'],
    ['ÎNTRUCÂT', 'intrucat'],
    ['Rezoluţia', 'rezolutia'],
    ['Μαΐου', 'μαιου'],
    ['ΜΑΪΟΥ', 'μαιου'],
    ['της 20ής', 'τησ 20ησ'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Međunarodni', 'medunarodni'],
    ['Għaxar', 'ghaxar'],
    ['ſtate', 'state'],
    ['ta’ Jannar', "ta' jannar"],
    ['září', 'zari'],
    ['Értékben 1ᵉʳ', 'ertekben 1er'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldForMatch(input)).toBe(expected);
  });
});

describe('foldWithOffsets', () => {
  it('maps folded spans back to input offsets', () => {
    const text = 'Die Straße vom 1ᵉʳ März';
    const f = foldWithOffsets(text);
    const i = f.text.indexOf('marz');
    const { start, end } = toInputSpan(f, i, i + 4);
    expect(text.slice(start, end)).toBe('März');
    const j = f.text.indexOf('strasse');
    const s2 = toInputSpan(f, j, j + 7);
    expect(text.slice(s2.start, s2.end)).toBe('Straße');
  });

  it('maps decomposed input (e + combining accent) as one character', () => {
    const text = 'cafe\u0301 noir';
    const f = foldWithOffsets(text);
    expect(f.text).toBe('cafe noir');
    const { start, end } = toInputSpan(f, 0, 4);
    // The combining mark is its own code point and folds to nothing, so the span ends before it.
    expect(text.slice(start, end)).toBe('cafe');
  });
});
