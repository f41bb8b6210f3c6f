// The core vocabulary checkbox of the dictionaries dialog and the status-bar line that names it, rendered in the
// French, Romanian and German interface: the checkbox shows the project's setting (and no guess before it is
// read), is tied to its help line, and the status bar names the core vocabulary only when the grid used it.
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DictionarySummary, ProjectGrid } from '../../electron/ipc/contract.js';
import { loadRenderer } from './load-renderer.js';
import { uiI18n } from './ui-i18n.js';

interface ViewProps {
  dictionaries: readonly DictionarySummary[] | null;
  vocabulary?: boolean | null;
  onVocabulary?: (enabled: boolean) => void;
  chosen: readonly string[];
  from: string;
  to: string;
  busy: boolean;
  error: null;
  onChoose: () => void;
  onLangs: () => void;
  onAdd: () => void;
  onRemove: () => void;
  onClose: () => void;
}

let i18n: I18n;
let View: ComponentType<ViewProps>;
let InUse: ComponentType<{ grid: ProjectGrid | null }>;

beforeAll(async () => {
  ({ DictionaryDialogView: View, DictionariesInUse: InUse } = await loadRenderer<{ DictionaryDialogView: typeof View; DictionariesInUse: typeof InUse }>('components/dictionary-dialog.tsx'));
  i18n = await uiI18n('fr');
});

const noop = () => undefined;
const base: ViewProps = { dictionaries: [], vocabulary: true, onVocabulary: noop, chosen: [], from: '', to: '', busy: false, error: null, onChoose: noop, onLangs: noop, onAdd: noop, onRemove: noop, onClose: noop };
const render = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, el));
const view = (p: Partial<ViewProps>) => render(createElement(View, { ...base, ...p }));
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
/** The checkbox's tag. */
const checkbox = (html: string) => /<input type="checkbox"[^>]*>/.exec(html)?.[0] ?? '';
/** The element whose id the checkbox names in aria-describedby. */
const described = (html: string) => {
  const id = /aria-describedby="([^"]+)"/.exec(checkbox(html))?.[1];
  expect(id, 'aria-describedby').toBeTruthy();
  return new RegExp(`<p[^>]*id="${id}"[^>]*>([^<]*)</p>`).exec(html)?.[1] ?? '';
};

const EN_RO: DictionarySummary = { id: 3, name: 'en-ro.txt', format: 'word-list', from: 'en', to: 'ro', pairs: 12, phrases: 0, addedAt: '2026-12-03T08:00:00.000Z' };

describe('the core vocabulary checkbox', () => {
  it('comes first in the dialog, labelled and described in French', async () => {
    await i18n.changeLanguage('fr');
    const html = view({});
    const t = text(html);
    expect(t).toContain('Vocabulaire de base (1 500 mots courants et de l’UE dans les 24 langues, rédigé pour Concordia)');
    expect(described(html)).toBe('Utilisé au niveau des phrases pour chaque paire de langues, en plus des dictionnaires ci-dessous.');
    // Above the dictionaries' own hint and the file input.
    expect(html.indexOf('data-testid="vocabulary-toggle"')).toBeLessThan(html.indexOf('type="file"'));
    expect(t.indexOf('Vocabulaire de base')).toBeLessThan(t.indexOf('hunalign'));
    // A native checkbox inside its label: keyboard reachable (Tab, Space) and named by the label's text.
    expect(/<label[^>]*><input type="checkbox"/.test(html)).toBe(true);
  });

  it('shows the project’s setting, on or off, in Romanian and German', async () => {
    await i18n.changeLanguage('ro');
    const on = view({ vocabulary: true });
    expect(checkbox(on)).toContain('checked=""');
    expect(checkbox(on)).not.toContain('disabled');
    expect(text(on)).toContain('Vocabular de bază (1 500 de cuvinte uzuale și din limbajul UE, în cele 24 de limbi, scris pentru Concordia)');
    expect(described(on)).toBe('Folosit la nivelul frazelor pentru fiecare pereche de limbi, alături de dicționarele de mai jos.');
    await i18n.changeLanguage('de');
    const off = view({ vocabulary: false });
    expect(checkbox(off)).not.toContain('checked');
    expect(checkbox(off)).not.toContain('disabled');
    expect(text(off)).toContain('Grundwortschatz (1 500 Alltags- und EU-Wörter in den 24 Sprachen, für Concordia verfasst)');
    expect(described(off)).toBe('Wird auf Satzebene für jedes Sprachpaar verwendet, zusätzlich zu den unten aufgeführten Wörterbüchern.');
  });

  it('is disabled and unticked until the setting has been read, and stays enabled while a call runs', async () => {
    await i18n.changeLanguage('fr');
    const unknown = checkbox(view({ vocabulary: null }));
    expect(unknown).toContain('disabled');
    expect(unknown).not.toContain('checked');
    // Disabling the focused control would drop the keyboard focus after Space.
    expect(checkbox(view({ vocabulary: true, busy: true }))).not.toContain('disabled');
  });
});

describe('the status-bar line', () => {
  const grid = (extra: Partial<ProjectGrid>): ProjectGrid => ({ docIds: [], grid: { pivot: 0, documents: [], rows: [] }, corrections: [], ...extra });

  it('names the core vocabulary when the grid used it, before the dictionaries, in French, Romanian and German', async () => {
    await i18n.changeLanguage('fr');
    expect(text(render(createElement(InUse, { grid: grid({ vocabulary: true }) })))).toBe('Dictionnaires : vocabulaire de base');
    expect(text(render(createElement(InUse, { grid: grid({ vocabulary: true, dictionaries: [EN_RO] }) })))).toBe('Dictionnaires : vocabulaire de base, en-ro.txt (EN → RO)');
    await i18n.changeLanguage('ro');
    expect(text(render(createElement(InUse, { grid: grid({ vocabulary: true }) })))).toBe('Dicționare: vocabular de bază');
    await i18n.changeLanguage('de');
    expect(text(render(createElement(InUse, { grid: grid({ vocabulary: true, dictionaries: [EN_RO] }) })))).toBe('Wörterbücher: Grundwortschatz, en-ro.txt (EN → RO)');
  });

  it('leaves it out when the vocabulary was off or no sentences were aligned', async () => {
    await i18n.changeLanguage('de');
    expect(text(render(createElement(InUse, { grid: grid({ vocabulary: false, dictionaries: [EN_RO] }) })))).toBe('Wörterbücher: en-ro.txt (EN → RO)');
    expect(render(createElement(InUse, { grid: grid({ vocabulary: false }) }))).toBe('');
    expect(render(createElement(InUse, { grid: grid({}) }))).toBe('');
  });
});
