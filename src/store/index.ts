export { openStore } from './open-store.js';
export type { OpenedStore, Store } from './open-store.js';
export type { Database } from './database.js';
export { saveDocumentAnalysis } from './save-document-analysis.js';
