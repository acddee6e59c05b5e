// Human review of extracted events: verdicts keyed to survive re-analysis, written into the
// events rows so every query and export answers from the reviewed record, with an audit log.
export { eventKey } from './event-key.js';
export { recordReview } from './record-review.js';
export type { ReviewRecord, OriginalSnapshot } from './record-review.js';
export { reapplyReviews } from './reapply-reviews.js';
export { reviewsForEvents, listAuditLog } from './list-reviews.js';
export type { AuditEntry } from './list-reviews.js';
export { listReviewQueue } from './review-queue.js';
export type { QueueItem } from './review-queue.js';
export { storeVersion, makeVersionedCache } from './store-version.js';
export { ReviewError, knownEventTypes } from './effective-fields.js';
export { reviewInputSchema, correctionSchema, POLARITIES, MODALITIES } from './review-input.js';
export type { ReviewInput, Correction, ReviewStatus } from './review-input.js';
