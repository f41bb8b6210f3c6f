import { describe, expect, it } from 'vitest';
import type { AnchorCandidate, StoredAnchor } from '../../electron/main/services/anchors.js';
import { anchorText, CONTEXT_CHARS, reattach } from '../../electron/main/services/anchors.js';

const OLD = 'whereas the pier of Norvik was rebuilt in 2029; whereas the pier of Norvik is used by 80 boats;';

function anchorAt(text: string, quote: string, nth = 0, unitId = 'recital:1', rowKey = 'recital:1'): StoredAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return { unitId, rowKey, start: at, end: at + quote.length, ...anchorText(text, at, at + quote.length) };
}

const unit = (text: string, unitId = 'recital:1', rowKey = unitId): AnchorCandidate => ({ unitId, rowKey, text });

describe('anchorText', () => {
  it('keeps the quote and up to 32 characters either side', () => {
    const a = anchorText(OLD, 48, 56);
    expect(a.quote).toBe('whereas ');
    expect(a.prefix).toHaveLength(CONTEXT_CHARS);
    expect(a.prefix.endsWith('2029; ')).toBe(true);
    expect(anchorText('abc', 0, 1)).toEqual({ quote: 'a', prefix: '', suffix: 'bc' });
  });
});

describe('reattach', () => {
  it('is attached when the same offsets of the same unit still hold the quote', () => {
    const a = anchorAt(OLD, '80 boats');
    expect(reattach(a, [unit(OLD)])).toMatchObject({ state: 'attached', how: 'exact', start: a.start, end: a.end });
  });

  it('moves within the unit when text before it changed, to the occurrence with the best context', () => {
    const a = anchorAt(OLD, 'the pier of Norvik', 1); // the second occurrence
    const changed = `whereas, after a long delay, ${OLD.slice('whereas '.length)}`;
    const r = reattach(a, [unit(changed)]);
    expect(r.state).toBe('moved');
    if (r.state === 'orphaned') throw new Error('unreachable');
    expect(r.how).toBe('same-unit');
    expect(changed.slice(r.start, r.end)).toBe('the pier of Norvik');
    expect(r.start).toBe(changed.lastIndexOf('the pier of Norvik'));
  });

  it('finds the quote in another unit of the same row', () => {
    const a = anchorAt(OLD, '80 boats');
    const r = reattach(a, [unit('whereas the pier of Norvik was rebuilt in 2029;'), unit('whereas it is used by 80 boats;', 'recital:2', 'recital:1')]);
    expect(r).toMatchObject({ state: 'moved', how: 'same-row', unitId: 'recital:2', rowKey: 'recital:1' });
  });

  it('does not look in units of other rows', () => {
    const a = anchorAt(OLD, '80 boats');
    expect(reattach(a, [unit('whereas nothing here;'), unit('used by 80 boats', 'para:3')])).toEqual({ state: 'orphaned' });
  });

  it('accepts a small spelling change as a fuzzy move and orphans a rewritten passage', () => {
    const a = anchorAt(OLD, 'the pier of Norvik was rebuilt');
    const typo = reattach(a, [unit(OLD.replace('the pier of Norvik was rebuilt', 'the pier of Narvik was rebuilt'))]);
    expect(typo).toMatchObject({ state: 'moved', how: 'fuzzy' });
    const rewritten = reattach(a, [unit('whereas a new jetty opened in 2029; whereas it is used by 80 boats;')]);
    expect(rewritten).toEqual({ state: 'orphaned' });
  });

  it('never fuzzy-matches a window whose numbers differ', () => {
    const a = anchorAt(OLD, 'rebuilt in 2029');
    expect(reattach(a, [unit(OLD.replace('2029', '2028'))])).toEqual({ state: 'orphaned' });
    expect(reattach(a, [unit(OLD.replace('rebuilt in', 'rebuild in'))])).toMatchObject({ state: 'moved', how: 'fuzzy' });
  });

  it('orphans a span whose unit disappeared and whose row has no match', () => {
    expect(reattach(anchorAt(OLD, '80 boats'), [unit('something else', 'para:1')])).toEqual({ state: 'orphaned' });
  });

  it('is deterministic', () => {
    const a = anchorAt(OLD, 'whereas');
    const units = [unit(`Also ${OLD}`)];
    expect(reattach(a, units)).toEqual(reattach(a, units));
  });
});
