import { replaceDocumentAnalysis } from './events/index.js';
import { reapplyReviews } from './reviews/index.js';
import type { Doc } from '../core/index.js';
import type { Store } from './open-store.js';

/**
 * Stores what the pipeline found in one document (mentions, events with evidence, dates,
 * actors, polarity, modality, pattern and confidence) inside the caller's transaction,
 * replacing any earlier analysis of the same document, so re-ingesting changes nothing.
 * Reviewers' verdicts on the document's events are written back over the fresh analysis.
 */
export async function saveDocumentAnalysis(trx: Store, documentId: string, doc: Doc): Promise<void> {
  await replaceDocumentAnalysis(trx, documentId, doc);
  await reapplyReviews(trx, documentId);
}
