// A parser warning renders in the UI language with its params, and an unknown code (or a wording the locale
// files do not have yet) falls back to something readable: the code's general text, then core's English message.
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseWarning } from '../../core/index.js';
import { buildDocument } from '../../core/parsers/index.js';
import { loadRenderer } from './load-renderer.js';
import { uiI18n } from './ui-i18n.js';

let i18n: I18n;
let warningText: (i18n: Pick<I18n, 'exists' | 't'>, w: ParseWarning) => string;
let WarningText: ComponentType<{ warning: ParseWarning }>;

beforeAll(async () => {
  ({ warningText, WarningText } = await loadRenderer<{ warningText: typeof warningText; WarningText: typeof WarningText }>('components/warning-text.tsx'));
  i18n = await uiI18n('fr');
});

const lines = (ls: readonly string[]) => ls.map((text, i) => ({ text, line: i + 1 }));
/** A real warning: a paste that starts at recital F of a resolution, with the end of recital E before it. */
const fromRecitalF = () =>
  buildDocument({
    lines: lines([
      'and the water board did not answer the letters sent to it in 2030;',
      '',
      'F. whereas the reservoirs were closed in March;',
      '',
      'G. whereas the wells ran dry;',
      '',
      '1. Regrets the closures;',
      '',
      '2. Instructs its President to forward this resolution to the Council and the Commission.',
    ]),
    format: 'txt',
    lang: 'en',
  }).warnings;

const render = (w: ParseWarning) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(WarningText, { warning: w })));

describe('WarningText', () => {
  it('renders a parser warning in French and in Romanian with its params', async () => {
    const [start, cut] = fromRecitalF();
    await i18n.changeLanguage('fr');
    expect(render(start)).toBe('Le texte semble commencer au considérant F : ce qui le précède manque.');
    expect(warningText(i18n, cut)).toBe(
      'Avant le considérant F, la fin d’une unité tronquée a été écartée (1 ligne(s)) : « and the water board did not answer the letters sent to it i… »',
    );
    await i18n.changeLanguage('ro');
    expect(render(start)).toBe('Textul pare să înceapă la considerentul F: ce îl precede lipsește.');
    expect(render({ code: 'footnote-uncalled', message: 'footnote 4 is never called in the text', params: { n: 4 } })).toBe(
      'Nota de subsol 4 nu este apelată nicăieri în text.',
    );
  });

  it('keeps technical identifiers as they are', async () => {
    await i18n.changeLanguage('de');
    const w: ParseWarning = { code: 'tmx-duplicate-language', message: 'TU para:12 has two en segments; the first is kept', params: { unit: 'para:12', lang: 'en' } };
    expect(render(w)).toBe('Übersetzungseinheit para:12 hat zwei Segmente in en; das erste wird behalten.');
  });

  it('falls back to the code’s general text for an unknown wording, and to the English message for an unknown code', async () => {
    await i18n.changeLanguage('fr');
    expect(render({ code: 'label-sequence', message: 'x', params: { variant: 'annex', label: 'II', previous: 'IV' } })).toBe('Numérotation discontinue : II suit IV.');
    const unknown: ParseWarning = { code: 'brand-new-check', message: 'something new was noticed at line 3', params: { line: 3 } };
    expect(render(unknown)).toBe('something new was noticed at line 3');
    expect(warningText(i18n, { code: 'no-params', message: 'an old warning stored before params existed' })).toBe('an old warning stored before params existed');
  });

  it('a warning stored without params (an older project) still shows its key text without raw placeholders', async () => {
    await i18n.changeLanguage('en');
    expect(render({ code: 'unstructured', message: 'no EP structure recognised: each block of text is one unit' })).toBe(
      'No EP structure recognised: each block of text is one unit.',
    );
  });
});
