import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../core/checks/index.js';
import { conventionMessage } from '../../../core/checks/names.js';
import type { NameForm } from '../../../core/model/findings.js';

const form = (over: Partial<NameForm>): NameForm => ({ lang: 'ro', doc: 0, text: 'Ashat', count: 1, conventional: false, expected: 'Așat', occurrences: [], ...over });

describe('convention finding messages say how sure the verdict is', () => {
  it('names the source spelling of a certain verdict', () => {
    const m = conventionMessage(form({ confidence: 'certain', sources: [{ lang: 'bg', text: 'Ашат' }, { lang: 'el', text: 'Ασάτ' }] }), 'RO');
    expect(m.key).toBe('name.convention');
    expect(renderMessage(m)).toBe('Ashat does not follow the RO transliteration convention, which gives Așat for the source spelling BG Ашат, EL Ασάτ (certain).');
  });

  it('says a verdict without a source is likely, and one from conflicting sources only possible', () => {
    expect(renderMessage(conventionMessage(form({ text: 'Semey', expected: 'Semei', confidence: 'likely' }), 'RO'))).toBe(
      'Semey does not follow the RO transliteration convention, which gives Semei (likely: no Russian spelling gives Semey, but no Bulgarian or Greek version shows the source).',
    );
    const possible = conventionMessage(form({ confidence: 'possible', sources: [{ lang: 'bg', text: 'Ашат' }] }), 'RO');
    expect(possible.key).toBe('name.convention.possible');
    expect(renderMessage(possible)).toContain('may not follow');
    // A form without a recorded confidence or source (an older names list) reads as inferred from the form.
    expect(conventionMessage(form({}), 'RO').key).toBe('name.convention.likely');
  });
});
