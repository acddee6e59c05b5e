// Writes a verdict into the events row and its pair-index rows, so every existing query (pairs,
// recognizers, listings, export) answers from the reviewed record without knowing about reviews.
import { dyadRows } from '../events/index.js';
import { effectiveFields } from './effective-fields.js';
import type { DiplomaticType } from '../../core/index.js';
import type { Store } from '../open-store.js';
import type { ExtractedFields } from './effective-fields.js';
import type { Correction, ReviewStatus } from './review-input.js';

interface ActorCodes {
  readonly text: string;
  readonly code: string;
  readonly state?: string | null;
}

function asEventActors(json: string) {
  const parsed: unknown = JSON.parse(json);
  const list = Array.isArray(parsed) ? (parsed as ActorCodes[]) : [];
  return list.map((a) => ({ start: 0, end: 0, text: a.text, code: a.code, state: a.state ?? null, sector: null, name: null }));
}

/** Rejected events keep their row (the reader shows them struck out) but leave the pair index. */
export async function applyReview(
  db: Store,
  eventId: number,
  original: ExtractedFields,
  status: ReviewStatus,
  correction: Correction | null,
  posted: boolean,
): Promise<void> {
  const fields = effectiveFields(original, status === 'corrected' ? correction : null);
  await db.updateTable('events').set({ ...fields }).where('id', '=', eventId).execute();
  await db.deleteFrom('event_dyads').where('event_id', '=', eventId).execute();
  if (status === 'rejected') return;
  const dyads = dyadRows(
    { source: asEventActors(fields.source_json), target: asEventActors(fields.target_json), type: fields.type as DiplomaticType | null },
    fields.date_start,
    posted,
  ).map((d) => ({ ...d, event_id: eventId }));
  if (dyads.length) await db.insertInto('event_dyads').values(dyads).execute();
}
