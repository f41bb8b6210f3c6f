// i18next with the four UI languages bundled. Keys are flat strings ("grid.pivot"), templates use {{name}}.
// The chosen language is remembered in the project (setting `ui.language`) and in localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.js';
import en from './locales/en.js';
import fr from './locales/fr.js';
import ro from './locales/ro.js';

export const UI_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const UI_LANGUAGE_SETTING = 'ui.language';
const STORAGE_KEY = 'concordia.uiLanguage';

export const LOCALES: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>> = { en, ro, fr, de };

export function isUiLanguage(x: unknown): x is UiLanguage {
  return typeof x === 'string' && (UI_LANGUAGES as readonly string[]).includes(x);
}

function storedLanguage(): UiLanguage | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled; the project setting still remembers the choice.
  }
}

function browserLanguage(): UiLanguage {
  const two = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return isUiLanguage(two) ? two : 'en';
}

/** The i18next options of the UI in language `lng` (also what tests render with). */
export function i18nOptions(lng: UiLanguage) {
  return {
    resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l, { translation: LOCALES[l] }])),
    lng,
    fallbackLng: 'en',
    keySeparator: false as const,
    nsSeparator: false as const,
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init(i18nOptions(storedLanguage() ?? browserLanguage()));
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setDocumentLanguage(lang: UiLanguage): void {
  document.documentElement.lang = lang;
}
