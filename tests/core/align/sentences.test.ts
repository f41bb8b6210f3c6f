import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentenceSpans } from '../../../core/align/sentences.js';

describe('splitSentences', () => {
  it('splits at sentence ends and at ";"-chained clauses', () => {
    expect(splitSentences('whereas the court met twice; whereas it ruled in May. It appealed.', 'en')).toEqual([
      'whereas the court met twice;',
      'whereas it ruled in May.',
      'It appealed.',
    ]);
    expect(splitSentences('întrucât curtea s-a întrunit; întrucât a decis.', 'ro')).toEqual(['întrucât curtea s-a întrunit;', 'întrucât a decis.']);
    expect(splitSentences('considérant que la cour a siégé ; considérant qu’elle a statué.', 'fr')).toHaveLength(2);
    expect(splitSentences('λαμβάνοντας υπόψη ότι το δικαστήριο συνεδρίασε· λαμβάνοντας υπόψη ότι αποφάσισε.', 'el')).toHaveLength(2);
    expect(splitSentences('като има предвид, че съдът заседава; като има предвид, че реши.', 'bg')).toHaveLength(2);
  });

  it('keeps abbreviations, initials, decimals and dotted dates inside a sentence', () => {
    expect(splitSentences('conform art. 5 alin. (2) lit. b din Regulament. Apoi pleacă.', 'ro')).toHaveLength(2);
    expect(splitSentences('gemäß Art. 3 Abs. 5 und Nr. 7 vom 20. Januar 2022 ist das so. Danach nicht.', 'de')).toHaveLength(2);
    expect(splitSentences('A 2022. január 20-i ülésen döntöttek. Utána nem.', 'hu')).toHaveLength(2);
    expect(splitSentences('Dz.U. L 12 z 2020 r., s. 4. Następnie koniec.', 'pl')).toHaveLength(2);
    expect(splitSentences('Úř. věst. C 23, 21.1.2021, s. 83. Potom konec.', 'cs')).toHaveLength(2);
    expect(splitSentences('President K. Tokayev spoke. The rate rose 2.5 percent. See OJ C 23, p. 83. No 4 applies.', 'en')).toEqual([
      'President K. Tokayev spoke.',
      'The rate rose 2.5 percent.',
      'See OJ C 23, p. 83.',
      'No 4 applies.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case word', () => {
    expect(splitSentences('He said: “We will stay.” Then he left. The act (no. 12) applies.', 'en')).toEqual([
      'He said: “We will stay.”',
      'Then he left.',
      'The act (no. 12) applies.',
    ]);
    expect(splitSentences('calls for: (a) the release of all; (b) an inquiry.', 'en')).toEqual(['calls for: (a) the release of all;', '(b) an inquiry.']);
  });

  it('returns trimmed spans into the input', () => {
    const text = '  First one.  Second one;  third ';
    const spans = splitSentenceSpans(text, 'en');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one;', 'third']);
    expect(splitSentences('', 'en')).toEqual([]);
  });
});
