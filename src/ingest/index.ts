// Public surface of the ingest stage.
export { makeTextSegmenter } from './segment-text.js';
export { splitSentences } from './split-sentences.js';
