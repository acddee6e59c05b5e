// Public surface of the input readers.
export { readInputs } from './read-inputs.js';
export { readSource } from './read-source.js';
export type { SourceOptions } from './read-source.js';
export { decodeHtmlBytes } from './decode-html-bytes.js';
export { decodeTextBytes } from './decode-text-bytes.js';
export { parseFeed } from './parse-feed.js';
export type { FeedItem, ParsedFeed } from './parse-feed.js';
export { parseJsonlLine } from './parse-jsonl-line.js';
export { DEFAULT_MAX_BYTES, describeFailure } from './raw-document.js';
export type { RawDocument, RawFormat, ReadFailure, ReadItem, ReadOptions } from './raw-document.js';
export type { InputFormat } from './detect-format.js';
