/** The 24 official languages of the EU, as ISO 639-1 codes (lower case). */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

export type LangCode = (typeof LANGUAGES)[number];

export function isLangCode(x: unknown): x is LangCode {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** Writing system a language version uses; names are compared across scripts. */
export type Script = 'latin' | 'greek' | 'cyrillic';

export function scriptOf(lang: LangCode): Script {
  if (lang === 'el') return 'greek';
  if (lang === 'bg') return 'cyrillic';
  return 'latin';
}
