// Public surface of the ingest stage.
export { makeTextSegmenter } from './segment-text.js';
export { splitSentences } from './split-sentences.js';
export { extractArticle } from './html/extract-article.js';
export type { ExtractedArticle } from './html/extract-article.js';
export { extractMetadata } from './metadata/extract-metadata.js';
export type { MetadataInput } from './metadata/extract-metadata.js';
export { classifyTextBlocks } from './text/classify-text-blocks.js';
export { cleanDocument } from './clean-document.js';
export type { CleanDeps, CleanedDocument, CleanInput } from './clean-document.js';
export { decodeHtmlBytes, describeFailure, readInputs, readSource, DEFAULT_MAX_BYTES } from './read/index.js';
export type { RawDocument, ReadFailure, ReadItem, ReadOptions } from './read/index.js';
