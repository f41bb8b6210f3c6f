// Proper names: extraction, cross-version linking, transliteration conventions (issue #5, part 2).
export { extractNames, findMentions, findNameSpans, looksTransliterated, LINK_SIMILARITY } from './extract.js';
export type { Mention } from './extract.js';
export { checkConvention, checkConventionFrom, conventionalSpelling, hasConvention, readingsOf, skeletonKey, toCyrillic } from './translit/index.js';
export type { ConventionVerdict } from './translit/index.js';
export { POSITION_LINK_ROWS } from './extract.js';
export { ACRONYMS, LEXICON, lexiconFor } from './lexicon.js';
export type { NameLexicon } from './lexicon.js';
