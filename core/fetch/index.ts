// Fetching official language versions (issue #9): the pure half. References, addresses, page checks.
export type { DocumentKind, DocumentReference, ProcedureReference, Reference } from './reference.js';
export { parseReference, doceoId, celexNumber, formatReference, identifierForms, termsOfYear } from './reference.js';
export type { SiteBases, Site, DownloadFormat, CandidateUrl } from './urls.js';
export { DEFAULT_BASES, buildUrls, procedureUrl, formatSourceUrl, parseSourceUrl } from './urls.js';
export type { ContentProblem } from './content.js';
export { checkContent, contentProblem, mentionsDocument } from './content.js';
export type { ProcedureDocuments } from './procedure-page.js';
export { parseProcedurePage, primaryDocument } from './procedure-page.js';
export type { FetchFailure } from './errors.js';
export { FetchError } from './errors.js';
