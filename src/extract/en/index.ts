/** English extraction: re-exports only. */
export { extractEnglish } from './extract-english.js';
export { normalizeWhitespace, splitIntoSentences } from './sentence-splitter.js';
export type { Sentence } from './sentence-splitter.js';
export { findNames } from './person-finder.js';
export type { NameMention } from './person-finder.js';
