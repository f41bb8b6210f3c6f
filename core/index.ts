// The public surface of the pure domain: code outside core/ imports from here.
export * from './model/index.js';
export * from './errors.js';
export * from './parsers/index.js';
export { PROFILES } from './lang/profiles/index.js';
export type { LanguageProfile, LetteringScheme } from './lang/profile.js';
export { recitalLabel, recitalOrdinal, normaliseLabel } from './lang/lettering.js';
export * from './fetch/index.js';
export * from './export/index.js';
export * from './align/index.js';
export * from './checks/index.js';
export * from './names/index.js';
