// The dictionaries dialog and the status-bar line, rendered in the UI language: the list with pair and size, the
// language selects a name without languages leaves empty (Add stays disabled until both are chosen), and every
// error the service can refuse a dictionary with, in all four locales, from its params alone.
import { readFileSync } from 'node:fs';
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { DictionarySummary, ProjectGrid } from '../../electron/ipc/contract.js';
import { toIpcFailure } from '../../electron/main/handlers.js';
import { MAX_DICTIONARY_FILE_BYTES, readUploadedDictionary } from '../../electron/main/services/project-dictionaries.js';
import { NotFoundError } from '../../core/errors.js';
import { loadRenderer } from './load-renderer.js';
import { thrown, uiI18n } from './ui-i18n.js';

interface CodedMessage {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
interface ViewProps {
  dictionaries: readonly DictionarySummary[] | null;
  chosen: readonly string[];
  from: string;
  to: string;
  busy: boolean;
  error: CodedMessage | null;
  onChoose: () => void;
  onLangs: () => void;
  onAdd: () => void;
  onRemove: () => void;
  onClose: () => void;
}

let i18n: I18n;
let View: ComponentType<ViewProps>;
let InUse: ComponentType<{ grid: ProjectGrid | null }>;
let dictionaryNameOf: (names: readonly string[]) => { name: string; langs: { from: string; to: string } | null } | null;
let oversizeError: (files: readonly { fileName: string; size: number }[]) => CodedMessage | null;
let combineChosen: (previous: readonly { fileName: string }[], next: readonly { fileName: string }[]) => readonly { fileName: string }[];
let codedError: (e: unknown) => CodedMessage;
let ApiError: new (code: string, message: string, params?: Readonly<Record<string, string | number>>) => Error;
let errorKeys: (e: { code: string; params?: Readonly<Record<string, string | number>> }) => string[];
let LOCALES: Record<string, Record<string, string>>;

beforeAll(async () => {
  const m = await loadRenderer<{ DictionaryDialogView: typeof View; DictionariesInUse: typeof InUse; dictionaryNameOf: typeof dictionaryNameOf; combineChosen: typeof combineChosen; oversizeError: typeof oversizeError }>(
    'components/dictionary-dialog.tsx',
  );
  ({ DictionaryDialogView: View, DictionariesInUse: InUse, dictionaryNameOf, combineChosen, oversizeError } = m);
  ({ codedError, errorKeys } = await loadRenderer<{ codedError: typeof codedError; errorKeys: typeof errorKeys }>('components/warning-text.tsx'));
  ({ ApiError } = await loadRenderer<{ ApiError: typeof ApiError }>('api.ts'));
  ({ LOCALES } = await loadRenderer<{ LOCALES: typeof LOCALES }>('i18n/index.ts'));
  i18n = await uiI18n('fr');
});

const EN_RO: DictionarySummary = { id: 3, name: 'en-ro.txt', format: 'word-list', from: 'en', to: 'ro', pairs: 1234, phrases: 2, addedAt: '2026-12-03T08:00:00.000Z' };
const DICTD: DictionarySummary = { id: 4, name: 'freedict-deu-fra.index', format: 'dictd', from: 'de', to: 'fr', pairs: 15, phrases: 0, addedAt: '2026-12-03T08:01:00.000Z' };
const noop = () => undefined;
const base: ViewProps = { dictionaries: [], chosen: [], from: '', to: '', busy: false, error: null, onChoose: noop, onLangs: noop, onAdd: noop, onRemove: noop, onClose: noop };

const render = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, el));
const view = (p: Partial<ViewProps>) => render(createElement(View, { ...base, ...p }));
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
/** The Add button's markup: the primary button inside the fieldset. */
const addButton = (html: string) => /<button type="button" class="primary"[^>]*>/.exec(html)?.[0] ?? '';

describe('the dictionaries dialog', () => {
  it('lists each dictionary with its kind, pair and size in the UI language, with a named remove button', async () => {
    await i18n.changeLanguage('fr');
    const html = view({ dictionaries: [EN_RO, DICTD] });
    expect(html).toContain('data-testid="dictionary-dialog"');
    expect((html.match(/data-testid="dictionary-row"/g) ?? []).length).toBe(2);
    const t = text(html);
    expect(t).toContain('en-ro.txt liste de mots EN → RO');
    // French groups thousands with a narrow no-break space (text() turns it into a space).
    expect(t).toContain('1 234 paires de mots');
    expect(t).toContain('2 entrées de plusieurs mots laissées de côté');
    expect(t).toContain('freedict-deu-fra.index dictionnaire dictd DE → FR 15 paires de mots');
    expect(html).toContain('aria-label="Retirer en-ro.txt"');
    expect(html).toContain('aria-label="Choisir les fichiers du dictionnaire"');
    await i18n.changeLanguage('de');
    expect(text(view({ dictionaries: [] }))).toContain('Dieses Projekt hat keine Wörterbücher.');
  });

  it('asks for the languages of a file whose name gives none, and keeps Add disabled until both are chosen', async () => {
    await i18n.changeLanguage('en');
    const none = view({ chosen: ['glossary.txt'] });
    expect(text(none)).toContain('The name glossary.txt does not say which languages the dictionary is for: choose them below.');
    expect(addButton(none)).toContain('disabled');
    expect(addButton(view({ chosen: ['glossary.txt'], from: 'en' }))).toContain('disabled');
    expect(addButton(view({ chosen: ['glossary.txt'], from: 'en', to: 'ro' }))).not.toContain('disabled');
    expect(addButton(view({ from: 'en', to: 'ro' }))).toContain('disabled'); // no file yet
    expect(none).toContain('data-testid="dictionary-from"');
    expect(none).toContain('data-testid="dictionary-to"');
  });

  it('shows the languages a dictd pair’s name gives, taken from its index', async () => {
    await i18n.changeLanguage('ro');
    expect(dictionaryNameOf(['freedict-ron-eng.dict.dz', 'freedict-ron-eng.index'])).toEqual({ name: 'freedict-ron-eng.index', langs: { from: 'ro', to: 'en' } });
    expect(dictionaryNameOf(['glossary.txt'])).toEqual({ name: 'glossary.txt', langs: null });
    expect(dictionaryNameOf([])).toBeNull();
    const html = view({ chosen: ['freedict-ron-eng.index', 'freedict-ron-eng.dict.dz'], from: 'ro', to: 'en' });
    expect(text(html)).toContain('Numele freedict-ron-eng.index indică limbile RO → EN');
    expect(text(html)).toContain('Ales: freedict-ron-eng.index, freedict-ron-eng.dict.dz');
  });

  it('refuses a file over the limit before uploading it, with the error main would give, in the UI language', async () => {
    expect(oversizeError([{ fileName: 'en-ro.txt', size: MAX_DICTIONARY_FILE_BYTES }])).toBeNull();
    const size = MAX_DICTIONARY_FILE_BYTES + 5 * 1048576;
    const local = oversizeError([{ fileName: 'a.index', size: 10 }, { fileName: 'a.dict.dz', size }]);
    const remote = await thrown(() => readUploadedDictionary([{ fileName: 'a.dict.dz', bytes: new Uint8Array(size) }]));
    expect(local).toEqual({ code: remote.code, message: `a.dict.dz: the file is 30.0 MB; a dictionary file may be 25 MB`, params: remote.params });
    await i18n.changeLanguage('fr');
    expect(text(view({ chosen: ['a.index', 'a.dict.dz'], from: 'ro', to: 'en', error: local }))).toContain('Le fichier fait 30.0 Mo ; la limite est de 25 Mo.');
  });

  it('joins the two halves of a dictd dictionary picked one at a time; any other pick replaces the choice', () => {
    const f = (fileName: string) => ({ fileName });
    const names = (x: readonly { fileName: string }[]) => x.map((y) => y.fileName);
    expect(names(combineChosen([f('freedict-ron-eng.index')], [f('freedict-ron-eng.dict.dz')]))).toEqual(['freedict-ron-eng.index', 'freedict-ron-eng.dict.dz']);
    expect(names(combineChosen([f('freedict-ron-eng.dict')], [f('freedict-ron-eng.index')]))).toEqual(['freedict-ron-eng.dict', 'freedict-ron-eng.index']);
    expect(names(combineChosen([f('freedict-ron-eng.index')], [f('freedict-deu-fra.dict.dz')]))).toEqual(['freedict-deu-fra.dict.dz']);
    expect(names(combineChosen([f('freedict-ron-eng.index')], [f('freedict-ron-eng.index')]))).toEqual(['freedict-ron-eng.index']);
    expect(names(combineChosen([f('en-ro.txt')], [f('ro-en.txt')]))).toEqual(['ro-en.txt']);
    expect(names(combineChosen([], [f('a.index'), f('a.dict.dz')]))).toEqual(['a.index', 'a.dict.dz']);
  });

  it('shows a refused file’s error in the UI language, from the service through the wire', async () => {
    const e = await thrown(() => readUploadedDictionary([{ fileName: 'en-ro.txt', bytes: new TextEncoder().encode('norul @ cloud\nbridge podul\n') }]));
    const failure = JSON.parse(JSON.stringify(toIpcFailure(e).error)) as CodedMessage;
    const error = codedError(new ApiError(failure.code, failure.message, failure.params));
    await i18n.changeLanguage('fr');
    const html = view({ chosen: ['en-ro.txt'], from: 'en', to: 'ro', error });
    expect(html).toContain('data-testid="dictionary-error"');
    expect(html).toContain('role="alert"');
    expect(text(html)).toContain('en-ro.txt, ligne 2 : « cible @ source » ou « source<TAB>cible » attendu, « bridge podul » trouvé.');
  });
});

describe('the dictionaries in use, in the status bar', () => {
  const grid = (dictionaries?: DictionarySummary[]): ProjectGrid => ({ docIds: [], grid: { pivot: 0, documents: [], rows: [] }, corrections: [], ...(dictionaries ? { dictionaries } : {}) });
  it('names each dictionary the grid was aligned with, and says nothing when there is none', async () => {
    await i18n.changeLanguage('fr');
    expect(text(render(createElement(InUse, { grid: grid([EN_RO, DICTD]) })))).toBe('Dictionnaires : en-ro.txt (EN → RO), freedict-deu-fra.index (DE → FR)');
    expect(render(createElement(InUse, { grid: grid() }))).toBe('');
    expect(render(createElement(InUse, { grid: null }))).toBe('');
  });
});

describe('every dictionary error has its wording in the four locales', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const file = (fileName: string, bytes: Uint8Array | string) => ({ fileName, bytes: typeof bytes === 'string' ? enc(bytes) : bytes });
  const INPUTS: readonly { expect: string; run: () => unknown }[] = [
    { expect: 'invalid-input_dictionary-languages', run: () => readUploadedDictionary([file('glossary.txt', 'norul @ cloud\n')]) },
    { expect: 'invalid-input_dictionary-same-language', run: () => readUploadedDictionary([file('glossary.txt', 'norul @ cloud\n')], { from: 'ro', to: 'ro' }) },
    { expect: 'invalid-input_dictionary-language-code', run: () => readUploadedDictionary([file('glossary.txt', 'norul @ cloud\n')], { from: 'xx' as never, to: 'ro' }) },
    { expect: 'invalid-input_dictionary-line', run: () => readUploadedDictionary([file('en-ro.txt', 'bridge podul\n')]) },
    { expect: 'invalid-input_dictionary-no-pairs', run: () => readUploadedDictionary([file('en-ro.txt', 'seară târzie @ late evening\n')]) },
    { expect: 'invalid-input_dictionary-encoding', run: () => readUploadedDictionary([file('en-ro.txt', new Uint8Array([0xff, 0xfe, 0x40]))]) },
    { expect: 'invalid-input_dictionary-dictd-pair', run: () => readUploadedDictionary([file('x-en-ro.dict.dz', gzipSync(enc('a')))]) },
    { expect: 'invalid-input_dictionary-gzip', run: () => readUploadedDictionary([file('en-ro.index', 'a\tA\tB\n'), file('en-ro.dict.dz', 'plain')]) },
    {
      expect: 'invalid-input_dictionary-unpacked-too-large',
      // Nine gzip members of 16 MB of zeros each (gunzip reads them all): 144 MB unpacked from a few hundred kB.
      run: () => readUploadedDictionary([file('en-ro.index', 'a\tA\tB\n'), file('en-ro.dict.dz', Buffer.concat(Array<Buffer>(9).fill(gzipSync(new Uint8Array(16 * 1048576)))))]),
    },
    { expect: 'invalid-input_dictionary-unreadable', run: () => readUploadedDictionary([file('en-ro.index', 'a\tA\tZZZ\n'), file('en-ro.dict', 'a\nb\n')]) },
    { expect: 'invalid-input_dictionary-files', run: () => readUploadedDictionary([file('en-ro.txt', 'a @ b\n'), file('ro-en.txt', 'b @ a\n')]) },
    { expect: 'too-large', run: () => readUploadedDictionary([file('en-ro.txt', new Uint8Array(MAX_DICTIONARY_FILE_BYTES + 1))]) },
    {
      expect: 'not-found_dictionary',
      run: () => {
        throw new NotFoundError('dictionary 9: not in this project', { params: { variant: 'dictionary' } });
      },
    },
  ];

  it('has an input here for every variant the service and the repository throw', () => {
    const source = ['electron/main/services/project-dictionaries.ts', 'electron/main/services/project-service.ts', 'electron/main/db/repositories/dictionaries-repo.ts']
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const variants = new Set([...source.matchAll(/variant: '(dictionary[a-z-]*)'/g)].map((m) => m[1]));
    expect(variants.size).toBeGreaterThan(10);
    const covered = new Set(INPUTS.map((i) => i.expect.replace(/^[a-z-]+_/, '')));
    covered.add('dictionary-duplicate'); // thrown by the project (tests/db/project-dictionaries.test.ts makes it)
    expect([...variants].filter((v) => !covered.has(v))).toEqual([]);
  });

  it.each(INPUTS.map((i) => [i.expect, i] as const))('%s: the key exists in every locale and uses only the error’s params', async (_k, input) => {
    const e = await thrown(async () => input.run());
    const keys = errorKeys(e);
    expect(keys).toEqual([`errors.${input.expect}`]);
    for (const [lang, table] of Object.entries(LOCALES)) {
      const wording = table[keys[0]];
      expect(wording, `${lang} ${keys[0]}`).toBeTruthy();
      for (const m of wording.matchAll(/\{\{(\w+)\}\}/g)) expect(e.params, `${lang} ${keys[0]} uses {{${m[1]}}}`).toHaveProperty(m[1]);
    }
  });

  it('the duplicate wording uses only the params the project gives it', () => {
    for (const table of Object.values(LOCALES)) {
      const used = [...table['errors.invalid-input_dictionary-duplicate'].matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(used).toEqual(['file', 'from', 'to']);
    }
  });
});
