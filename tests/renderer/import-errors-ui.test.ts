// The import dialog in the UI language: a file's import error renders from its code and params (French,
// Romanian, German), an error the locale files cannot word falls back to core's English message, and a file's
// warnings are a keyboard-reachable details/summary list with each warning translated.
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, parseDocument } from '../../core/index.js';
import type { CoreError } from '../../core/index.js';
import type { ParseWarning } from '../../core/index.js';
import { readTmx } from '../../core/parsers/tmx.js';
import { loadRenderer } from './load-renderer.js';
import { thrown, uiI18n } from './ui-i18n.js';

interface CodedMessage {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
let i18n: I18n;
let errorText: (i18n: Pick<I18n, 'exists' | 't'>, e: CodedMessage) => string;
let codedError: (e: unknown) => CodedMessage;
let ImportState: ComponentType<{ done: boolean; error: CodedMessage | null; warnings: readonly ParseWarning[]; onAllowUnstructured: (() => void) | null }>;
let ApiError: new (code: string, message: string, params?: Readonly<Record<string, string | number>>) => Error;
let wireParams: (x: unknown) => Readonly<Record<string, string | number>> | undefined;

beforeAll(async () => {
  ({ errorText, codedError } = await loadRenderer<{ errorText: typeof errorText; codedError: typeof codedError }>('components/warning-text.tsx'));
  ({ ImportState } = await loadRenderer<{ ImportState: typeof ImportState }>('components/import-dialog.tsx'));
  ({ ApiError, wireParams } = await loadRenderer<{ ApiError: typeof ApiError; wireParams: typeof wireParams }>('api.ts'));
  i18n = await uiI18n('fr');
});

/** The error as the renderer receives it: the ApiError `call()` throws for the failed IPC/HTTP result. */
const overTheWire = (e: CoreError) => codedError(new ApiError(e.code, e.message, wireParams(JSON.parse(JSON.stringify(e.params ?? null)))));

const state = (props: Partial<{ done: boolean; error: CodedMessage | null; warnings: readonly ParseWarning[] }>) =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(ImportState, { done: false, error: null, warnings: [], onAllowUnstructured: () => undefined, ...props })),
  );

describe('import errors in the UI language', () => {
  it('renders an oversized file in French and Romanian with its size and the limit', async () => {
    const e = overTheWire(await thrown(parseDocument(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: 'huge.txt' })));
    expect(e.code).toBe('too-large');
    await i18n.changeLanguage('fr');
    expect(errorText(i18n, e)).toBe(`Le fichier fait 50.0 Mo ; la limite est de ${MAX_INPUT_BYTES / 1048576} Mo.`);
    await i18n.changeLanguage('ro');
    expect(errorText(i18n, e)).toBe(`Fișierul are 50.0 MB; limita este de ${MAX_INPUT_BYTES / 1048576} MB.`);
  });

  it('renders a broken TMX with its line and an HTML charset with its name', async () => {
    const xml = overTheWire(await thrown(() => readTmx('<tmx version="1.4">\n<body>\n</tmx>', { fileName: 'bad.tmx' })));
    await i18n.changeLanguage('fr');
    expect(errorText(i18n, xml)).toBe('XML mal formé (ligne 3) : unexpected close tag.');
    const koi = overTheWire(await thrown(parseDocument(new TextEncoder().encode('<html><head><meta charset="koi8-r"></head><body><p>x</p></body></html>'), { fileName: 'p.html' })));
    await i18n.changeLanguage('ro');
    expect(errorText(i18n, koi)).toBe('Pagina declară setul de caractere „koi8-r”, pe care Concordia nu îl citește; salvați-o în UTF-8.');
    await i18n.changeLanguage('de');
    expect(errorText(i18n, koi)).toBe('Die Seite gibt den Zeichensatz „koi8-r“ an, den Concordia nicht liest; speichern Sie sie als UTF-8.');
  });

  it('shows the translated error in the import table, with the offer to read the file as plain text', async () => {
    const e = overTheWire(await thrown(parseDocument(new TextEncoder().encode('A shopping list for the week.\n\nBread, water and apples.\n'), { fileName: 'list.txt', lang: 'en' })));
    await i18n.changeLanguage('fr');
    const html = state({ error: e });
    expect(html).toContain('Aucune structure de texte du PE reconnue (ni visas, ni considérants lettrés, ni paragraphes numérotés)');
    expect(html).toContain('<button type="button" class="link">Importer comme texte brut</button>');
    expect(html).not.toContain('no EP structure was recognised');
  });

  it('falls back to the English message: unknown wording, no params, a transport code, params that are not flat', async () => {
    await i18n.changeLanguage('fr');
    const newWording: CodedMessage = { code: 'parse', message: 'a.docx: not a valid DOCX (an embedded font is damaged)', params: { variant: 'docx-font' } };
    expect(errorText(i18n, newWording)).toBe(newWording.message);
    expect(state({ error: newWording })).toContain('a.docx: not a valid DOCX (an embedded font is damaged)');
    // Thrown without params (older code, other services): the code alone would lose the detail.
    expect(errorText(i18n, { code: 'empty-input', message: 'a.txt: the file is empty' })).toBe('a.txt: the file is empty');
    expect(errorText(i18n, codedError(new ApiError('internal', 'Internal error; see the log for details.')))).toBe('Internal error; see the log for details.');
    expect(errorText(i18n, codedError(new TypeError('Failed to fetch')))).toBe('Failed to fetch');
    expect(wireParams({ size: '51.0', limit: 50 })).toEqual({ size: '51.0', limit: 50 });
    expect(wireParams({ size: { nested: 1 } })).toBeUndefined();
    expect(wireParams(['50'])).toBeUndefined();
    const odd = codedError(new ApiError('too-large', 'huge.txt: the file is 51.0 MB; the limit is 50 MB', wireParams({ size: { toString: 1 } })));
    expect(errorText(i18n, odd)).toBe('huge.txt: the file is 51.0 MB; the limit is 50 MB');
  });
});

describe('import warnings in the import table', () => {
  const TMX = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>One tap.</seg></tuv><tuv xml:lang="en"><seg>A tap.</seg></tuv><tuv xml:lang="de"><seg>Ein Hahn.</seg></tuv><tuv xml:lang="ja"><seg>蛇口</seg></tuv></tu>
</body></tmx>`;

  it('lists every warning, translated, in a details element whose summary gives the count', async () => {
    const warnings = readTmx(TMX, { fileName: 'taps.tmx' }).documents[0].warnings;
    expect(warnings.map((w) => w.code).sort()).toEqual(['tmx-duplicate-language', 'tmx-language']);
    await i18n.changeLanguage('fr');
    const html = state({ warnings });
    expect(html).toMatch(/^<details class="import-warnings"><summary>avertissements : 2<\/summary><ul><li>.*<\/li><li>.*<\/li><\/ul><\/details>$/);
    expect(html).toContain('<li>Segments en ja ignorés : ce n’est pas une langue de l’UE.</li>');
    expect(html).toMatch(/<li>L’unité de traduction \S+ a deux segments en en ; le premier est conservé\.<\/li>/);
    expect(html).not.toContain('title=');
    await i18n.changeLanguage('ro');
    expect(state({ warnings })).toContain('<summary>avertismente: 2</summary>');
    expect(state({ warnings })).toContain('<li>Segmentele în ja au fost ignorate: nu este o limbă a UE.</li>');
  });

  it('shows ready without warnings and imported once done', async () => {
    await i18n.changeLanguage('de');
    expect(state({})).toBe('bereit');
    expect(state({ done: true, warnings: [{ code: 'unstructured', message: 'x', params: {} }] })).toBe('importiert');
  });
});
