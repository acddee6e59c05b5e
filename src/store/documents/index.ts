// Public surface of the documents repository.
export { storeDocument } from './store-document.js';
export type { StoreDocumentOptions, StoreOutcome } from './store-document.js';
export { searchDocuments, toFtsQuery } from './search-documents.js';
export type { SearchHit, SearchOptions } from './search-documents.js';
export { countDocuments, getDocument } from './get-document.js';
export type { StoredDocument } from './get-document.js';
export { findDocumentByHash, findDocumentByRawHash, findDocumentsByHash } from './find-document-by-hash.js';
export type { SameBodyRow } from './find-document-by-hash.js';
export { findLshCandidates } from './find-lsh-candidates.js';
export { insertDocument } from './insert-document.js';
export type { DocumentRow } from './insert-document.js';
