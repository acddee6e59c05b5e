// After a document is analysed again its events get new row ids: find each reviewed event again
// by its key and write the verdict back, so corrections survive re-ingest.
import { applyReview } from './apply-review.js';
import { actorsOf, originalTypeOf } from './event-key.js';
import { reviewOfRow } from './record-review.js';
import type { Store } from '../open-store.js';

/** Returns how many verdicts found their event again. */
export async function reapplyReviews(db: Store, documentId: string): Promise<number> {
  const reviews = await db.selectFrom('reviews').selectAll().where('document_id', '=', documentId).execute();
  if (!reviews.length) return 0;
  const rows = await db
    .selectFrom('events')
    .select(['id', 'evidence_start', 'evidence_end', 'type', 'plover', 'source_json', 'target_json'])
    .where('document_id', '=', documentId)
    .execute();
  let found = 0;
  for (const r of reviews) {
    const review = reviewOfRow(r);
    const actors = actorsOf(review.original);
    const match = rows.find(
      (e) => e.evidence_start === r.evidence_start && e.evidence_end === r.evidence_end && originalTypeOf(e) === r.original_type && actorsOf(e) === actors,
    );
    await db.updateTable('reviews').set({ event_id: match?.id ?? null }).where('event_key', '=', r.event_key).execute();
    if (!match) continue;
    await applyReview(db, match.id, review.original, review.status, review.correction, review.original.posted > 0);
    found++;
  }
  return found;
}
