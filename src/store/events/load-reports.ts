// Report queries. Every one starts from the pair index, so a pair's derivation reads only its events.
import { sql } from 'kysely';
import { documentJoin } from './document-columns.js';
import { REPORT_COLUMNS, reportOfRow } from './report-row.js';
import type { ReportRow } from './report-row.js';
import type { EventReport } from '../../knowledge/index.js';
import type { Store } from '../open-store.js';

function unique(rows: readonly ReportRow[]): EventReport[] {
  const seen = new Set<number>();
  const out: EventReport[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push(reportOfRow(row));
  }
  return out;
}

/**
 * Every stored report of an event between states `x` and `y` (either direction); with `types`,
 * only reports of those types or naming a diplomatic post (all that can change the pair's state).
 */
export async function loadPairReports(db: Store, x: string, y: string, types?: readonly string[]): Promise<EventReport[]> {
  const [a, b] = x < y ? [x, y] : [y, x];
  const { columns, join } = await documentJoin(db);
  const relevant = types ? sql`and (y.posted = 1 or y.type in (${sql.join(types)}))` : sql``;
  const { rows } = await sql<ReportRow>`select ${sql.raw(REPORT_COLUMNS)}, ${columns}
    from event_dyads y join events e on e.id = y.event_id ${join}
    where y.pair_a = ${a} and y.pair_b = ${b} ${relevant}`.execute(db);
  return unique(rows);
}

/** How many reports of events between `x` and `y` are stored. */
export async function countPairReports(db: Store, x: string, y: string): Promise<number> {
  const [a, b] = x < y ? [x, y] : [y, x];
  const { rows } = await sql<{ n: number }>`select count(distinct event_id) as n from event_dyads where pair_a = ${a} and pair_b = ${b}`.execute(db);
  return rows[0].n;
}

/** Reports of events of one type whose target side includes `state` (e.g. recognitions of PSE). */
export async function loadReportsTowards(db: Store, state: string, type: string): Promise<EventReport[]> {
  const { columns, join } = await documentJoin(db);
  const { rows } = await sql<ReportRow>`select ${sql.raw(REPORT_COLUMNS)}, ${columns}
    from event_dyads y join events e on e.id = y.event_id ${join}
    where y.tgt = ${state} and y.type = ${type}`.execute(db);
  return unique(rows);
}

/** Every report stored for one document, in text order. */
export async function loadDocumentReports(db: Store, documentId: string): Promise<EventReport[]> {
  const { columns, join } = await documentJoin(db);
  const { rows } = await sql<ReportRow>`select ${sql.raw(REPORT_COLUMNS)}, ${columns}
    from events e ${join} where e.document_id = ${documentId} order by e.evidence_start`.execute(db);
  return unique(rows);
}
