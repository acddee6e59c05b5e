// Reading verdicts back: per event (for pages that list events) and the audit log.
import { reviewOfRow } from './record-review.js';
import type { Store } from '../open-store.js';
import type { ReviewRecord } from './record-review.js';

/** The current verdict of each of the given events rows that has one. */
export async function reviewsForEvents(db: Store, eventIds: readonly number[]): Promise<Map<number, ReviewRecord>> {
  const out = new Map<number, ReviewRecord>();
  for (let i = 0; i < eventIds.length; i += 500) {
    const rows = await db.selectFrom('reviews').selectAll().where('event_id', 'in', eventIds.slice(i, i + 500)).execute();
    for (const row of rows) if (row.event_id !== null) out.set(row.event_id, reviewOfRow(row));
  }
  return out;
}

export interface AuditEntry {
  readonly id: number;
  readonly eventKey: string;
  /** The events row the key points at now, if extraction still finds it. */
  readonly eventId: number | null;
  readonly action: string;
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
  readonly reviewer: string;
  readonly note: string | null;
  readonly at: string;
}

/** Newest first; `eventKey` narrows to one event's history. */
export async function listAuditLog(db: Store, options: { limit?: number; offset?: number; eventKey?: string } = {}): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('review_log as l')
    .leftJoin('reviews as r', 'r.event_key', 'l.event_key')
    .select(['l.id', 'l.event_key', 'r.event_id', 'l.action', 'l.before_json', 'l.after_json', 'l.reviewer', 'l.note', 'l.at'])
    .orderBy('l.id', 'desc')
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
  if (options.eventKey) query = query.where('l.event_key', '=', options.eventKey);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    eventKey: r.event_key,
    eventId: r.event_id ?? null,
    action: r.action,
    before: JSON.parse(r.before_json) as Record<string, unknown>,
    after: JSON.parse(r.after_json) as Record<string, unknown>,
    reviewer: r.reviewer,
    note: r.note,
    at: r.at,
  }));
}
