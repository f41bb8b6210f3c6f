// The fetch and export dialogs' error line in the UI language, as the import dialog's: a failed job's error (the
// FetchJobStatus.error the fetch service stores, an IpcFailure's error) or a failed call's ApiError renders from its
// code and params, and an error without params (a reference Concordia cannot read) shows core's English message.
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, MAX_INPUT_BYTES, parseDocument } from '../../core/index.js';
import type { FetchJobStatus } from '../../electron/ipc/contract.js';
import { toIpcFailure } from '../../electron/main/handlers.js';
import { loadRenderer } from './load-renderer.js';
import { thrown, uiI18n } from './ui-i18n.js';

interface CodedMessage {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
let i18n: I18n;
let codedError: (e: unknown) => CodedMessage;
let ErrorAlert: ComponentType<{ error: CodedMessage; testId?: string }>;
let ApiError: new (code: string, message: string, params?: Readonly<Record<string, string | number>>) => Error;
let wireParams: (x: unknown) => Readonly<Record<string, string | number>> | undefined;

beforeAll(async () => {
  ({ codedError, ErrorAlert } = await loadRenderer<{ codedError: typeof codedError; ErrorAlert: typeof ErrorAlert }>('components/warning-text.tsx'));
  ({ ApiError, wireParams } = await loadRenderer<{ ApiError: typeof ApiError; wireParams: typeof wireParams }>('api.ts'));
  i18n = await uiI18n('fr');
});

const line = (error: CodedMessage, testId = 'fetch-error') =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ErrorAlert, { error, testId })));

/** What the dialog's text says, without the markup. */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe('fetch and export errors in the UI language', () => {
  it('renders a failed fetch job’s error in French with its params, as polled over the wire', async () => {
    const e = await thrown(parseDocument(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: 'ro.html' }));
    // What fetch-jobs stores for a failed run and official:fetch-status returns (JSON over IPC or HTTP).
    const status = JSON.parse(JSON.stringify({ error: toIpcFailure(e).error })) as Pick<FetchJobStatus, 'error'>;
    expect(status.error?.params).toEqual(e.params);
    await i18n.changeLanguage('fr');
    const html = line(status.error!);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-testid="fetch-error"');
    expect(text(html)).toBe(`Le fichier fait 50.0 Mo ; la limite est de ${MAX_INPUT_BYTES / 1048576} Mo.`);
    await i18n.changeLanguage('de');
    expect(text(line(status.error!))).not.toBe(e.message);
  });

  it('renders a failed call’s ApiError (export or start-fetch) from its code and params', async () => {
    const e = await thrown(parseDocument(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: 'ro.html' }));
    const failure = toIpcFailure(e).error;
    const apiError = new ApiError(failure.code, failure.message, wireParams(JSON.parse(JSON.stringify(failure.params ?? null))));
    await i18n.changeLanguage('fr');
    expect(text(line(codedError(apiError), 'export-error'))).toBe(`Le fichier fait 50.0 Mo ; la limite est de ${MAX_INPUT_BYTES / 1048576} Mo.`);
  });

  it('falls back to the English message for an error without params, in any UI language', async () => {
    // Thrown the way a CoreError without params is (a project-service check); fetch and export errors all have them.
    const e = await thrown(() => {
      throw new InvalidInputError('annotation: select at least one span of text');
    });
    expect(e.params).toBeUndefined();
    const failure = toIpcFailure(e).error;
    const apiError = codedError(new ApiError(failure.code, failure.message, wireParams(failure.params ?? null)));
    for (const lng of ['fr', 'ro', 'de', 'en']) {
      await i18n.changeLanguage(lng);
      const shown = text(line(apiError));
      expect(shown, lng).toBe(e.message);
      expect(shown).not.toMatch(/^errors\./);
    }
    // A thrown value that is not an Error still shows as text.
    expect(text(line(codedError('offline')))).toBe('offline');
  });
});
