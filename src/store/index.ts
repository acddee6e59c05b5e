export { openStore } from './open-store.js';
export type { OpenedStore, Store } from './open-store.js';
export type { Database, DocumentsTable, EventsTable } from './database.js';
export { saveDocumentAnalysis } from './save-document-analysis.js';
