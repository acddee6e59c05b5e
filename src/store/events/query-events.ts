// Filtered listing of stored reports for `chancery events`, `export` and `/api/events`.
import { sql } from 'kysely';
import { documentJoin } from './document-columns.js';
import { REPORT_COLUMNS, reportOfRow } from './report-row.js';
import type { ReportRow } from './report-row.js';
import type { EventReport } from '../../knowledge/index.js';
import type { Store } from '../open-store.js';

export interface EventFilter {
  /** A state code (matches either side through the pair index) or an actor code such as `ORG:PLO`. */
  readonly actor?: string;
  /** A diplomatic subtype (`sever_relations`) or, in upper case, a PLOVER type (`SANCTION`). */
  readonly type?: string;
  /** Inclusive ISO days; an event matches when its date range meets [since, until]. */
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly offset?: number;
  /** Events a reviewer rejected are left out unless asked for (see src/store/reviews). */
  readonly includeRejected?: boolean;
}

export async function queryEvents(db: Store, filter: EventFilter = {}): Promise<EventReport[]> {
  const { columns, join } = await documentJoin(db);
  const where = [sql`1 = 1`];
  if (filter.actor && /^[A-Z]{3}$/.test(filter.actor)) {
    where.push(sql`e.id in (select event_id from event_dyads where src = ${filter.actor} union select event_id from event_dyads where tgt = ${filter.actor})`);
  } else if (filter.actor) {
    const like = `%"code":${JSON.stringify(filter.actor)}%`;
    where.push(sql`(e.source_json like ${like} or e.target_json like ${like})`);
  }
  // Upper case names a PLOVER type (SANCTION), lower case a diplomatic subtype (sever_relations).
  if (filter.type) where.push(/^[A-Z]+$/.test(filter.type) ? sql`e.plover = ${filter.type}` : sql`e.type = ${filter.type}`);
  if (filter.since) where.push(sql`coalesce(e.date_end, e.date_start) >= ${filter.since}`);
  if (filter.until) where.push(sql`e.date_start <= ${filter.until}`);
  if (!filter.includeRejected) where.push(sql`not exists (select 1 from reviews r where r.event_id = e.id and r.status = 'rejected')`);
  const limit = filter.limit ?? -1;
  const offset = filter.offset ?? 0;
  const { rows } = await sql<ReportRow>`select ${sql.raw(REPORT_COLUMNS)}, ${columns}
    from events e ${join} where ${sql.join(where, sql` and `)}
    order by coalesce(e.date_start, '9999'), e.id limit ${limit} offset ${offset}`.execute(db);
  return rows.map(reportOfRow);
}
