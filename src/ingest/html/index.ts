// Public surface of the HTML article extractor.
export { extractArticle } from './extract-article.js';
export type { ExtractedArticle } from './extract-article.js';
export { countShingles, scoreShingles } from './shingle-f1.js';
export type { ShingleCounts, ShingleScore } from './shingle-f1.js';
export { htmlHintsCheck } from './load-html-hints.js';
