export * from './language.js';
export * from './document.js';
export * from './alignment.js';
export * from './findings.js';
