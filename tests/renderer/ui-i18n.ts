// What the renderer tests that render text share: an i18next instance with the UI's own options, and the CoreError
// a call or a promise throws.
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { CoreError } from '../../core/index.js';
import { loadRenderer } from './load-renderer.js';

/** A fresh i18next instance set up as the UI sets up its own (renderer/i18n/index.ts), in language `lng`. */
export async function uiI18n(lng = 'fr'): Promise<I18n> {
  const { i18nOptions } = await loadRenderer<{ i18nOptions: (lng: string) => Parameters<I18n['init']>[0] }>('i18n/index.ts');
  const i18n = i18next.createInstance();
  await i18n.init(i18nOptions(lng));
  return i18n;
}

/** The CoreError `p` throws or rejects with; anything else is rethrown, and nothing thrown fails the test. */
export async function thrown(p: Promise<unknown> | (() => unknown)): Promise<CoreError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
}
