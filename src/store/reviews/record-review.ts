// Files a reviewer's verdict on one event: the current verdict (by stable key), an audit-log
// line with who, when, before and after, and the verdict written into the events row.
import { applyReview } from './apply-review.js';
import { EXTRACTED_COLUMNS, ReviewError, effectiveFields } from './effective-fields.js';
import { eventKey, originalTypeOf } from './event-key.js';
import { statusOf } from './review-input.js';
import type { Store } from '../open-store.js';
import type { ExtractedFields } from './effective-fields.js';
import type { Correction, ReviewInput, ReviewStatus } from './review-input.js';

/** What extraction said, kept with the verdict (plus whether the event named a diplomatic post). */
export interface OriginalSnapshot extends ExtractedFields {
  readonly posted: number;
  readonly confidence: number;
}

export interface ReviewRecord {
  readonly eventKey: string;
  readonly eventId: number | null;
  readonly documentId: string;
  readonly status: ReviewStatus;
  readonly correction: Correction | null;
  readonly original: OriginalSnapshot;
  readonly reviewer: string;
  readonly note: string | null;
  readonly updatedAt: string;
}

export interface RecordReviewOptions {
  readonly reviewer: string;
  readonly now?: () => Date;
}

async function snapshotOf(db: Store, eventId: number): Promise<{ key: string; documentId: string; span: [number, number]; type: string; original: OriginalSnapshot } | null> {
  const row = await db
    .selectFrom('events')
    .select([...EXTRACTED_COLUMNS, 'id', 'document_id', 'evidence_start', 'evidence_end', 'confidence'])
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (!row) return null;
  const posted = await db.selectFrom('event_dyads').select((eb) => eb.fn.max('posted').as('posted')).where('event_id', '=', eventId).executeTakeFirst();
  const original: OriginalSnapshot = {
    type: row.type, plover: row.plover, cameo: row.cameo, source_json: row.source_json, target_json: row.target_json,
    date_value: row.date_value, granularity: row.granularity, derivation: row.derivation, date_start: row.date_start,
    date_end: row.date_end, polarity: row.polarity, modality: row.modality, confidence: row.confidence,
    posted: Number(posted?.posted ?? 0),
  };
  return { key: eventKey(row), documentId: row.document_id, span: [row.evidence_start, row.evidence_end], type: originalTypeOf(row), original };
}

export function reviewOfRow(row: {
  event_key: string; event_id: number | null; document_id: string; status: string; correction_json: string | null;
  original_json: string; reviewer: string; note: string | null; updated_at: string;
}): ReviewRecord {
  return {
    eventKey: row.event_key,
    eventId: row.event_id,
    documentId: row.document_id,
    status: row.status as ReviewStatus,
    correction: row.correction_json ? (JSON.parse(row.correction_json) as Correction) : null,
    original: JSON.parse(row.original_json) as OriginalSnapshot,
    reviewer: row.reviewer,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

/** Null when there is no event with that id. Throws ReviewError for a correction that cannot apply. */
export async function recordReview(db: Store, eventId: number, input: ReviewInput, options: RecordReviewOptions): Promise<ReviewRecord | null> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('reviews').selectAll().where('event_id', '=', eventId).executeTakeFirst();
    const previous = existing ? reviewOfRow(existing) : null;
    let filed: { key: string; documentId: string; span: [number, number]; type: string; original: OriginalSnapshot };
    if (existing && previous) {
      filed = { key: existing.event_key, documentId: existing.document_id, span: [existing.evidence_start, existing.evidence_end], type: existing.original_type, original: previous.original };
    } else {
      const snapshot = await snapshotOf(trx, eventId);
      if (!snapshot) return null;
      filed = snapshot;
    }
    const status = statusOf(input.action);
    const correction = input.action === 'correct' ? input.correction : null;
    if (correction && Object.keys(correction).length === 0) throw new ReviewError('a correction must change at least one field');
    const after = effectiveFields(filed.original, correction);
    const before = previous ? effectiveFields(previous.original, previous.status === 'corrected' ? previous.correction : null) : filed.original;
    const at = (options.now ?? (() => new Date()))().toISOString();
    const row = {
      event_key: filed.key,
      document_id: filed.documentId,
      evidence_start: filed.span[0],
      evidence_end: filed.span[1],
      original_type: filed.type,
      event_id: eventId,
      status,
      correction_json: correction ? JSON.stringify(correction) : null,
      original_json: JSON.stringify(filed.original),
      reviewer: options.reviewer,
      note: input.note ?? null,
      updated_at: at,
    };
    await trx.insertInto('reviews').values(row).onConflict((oc) => oc.column('event_key').doUpdateSet(row)).execute();
    await trx
      .insertInto('review_log')
      .values({
        event_key: filed.key,
        action: input.action,
        before_json: JSON.stringify({ status: previous?.status ?? 'unreviewed', ...pick(before) }),
        after_json: JSON.stringify({ status, ...pick(after) }),
        reviewer: options.reviewer,
        note: input.note ?? null,
        at,
      })
      .execute();
    await applyReview(trx, eventId, filed.original, status, correction, filed.original.posted > 0);
    return reviewOfRow(row);
  });
}

/** The fields a reviewer can change, as shown in the audit log. */
function pick(f: ExtractedFields): Record<string, unknown> {
  return {
    type: f.type,
    source: codes(f.source_json),
    target: codes(f.target_json),
    date: f.date_value,
    polarity: f.polarity,
    modality: f.modality,
  };
}

function codes(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map((a: { code?: unknown }) => String(a.code)) : [];
}
