import type { Doc } from '../core/index.js';
import type { Store } from './open-store.js';

/**
 * Stores what the pipeline found in one document (mentions, events with evidence, dates) inside
 * the caller's transaction, replacing any earlier analysis of the same document.
 * (Placeholder until the knowledge issue lands: stores nothing yet.)
 */
export async function saveDocumentAnalysis(_trx: Store, _documentId: string, _doc: Doc): Promise<void> {}
