import type { LangCode } from '../../model/language.js';
import type { LanguageProfile } from '../profile.js';
import { en } from './en.js';
import { ro } from './ro.js';

/**
 * Registry of language profiles, keyed by language code. Explicit on purpose: adding a language is one file
 * plus one line here.
 */
export const PROFILES: Partial<Record<LangCode, LanguageProfile>> = { en, ro };
