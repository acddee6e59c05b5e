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

export interface PairFilter {
  /** Only reports of these types or naming a diplomatic post (all that can change a state). */
  readonly types: readonly string[];
  /** Only reports dated up to this ISO day (or undated), except those of `anyDateTypes`. */
  readonly until?: string;
  /** Types whose reports can bear on earlier dates ("had long refused to recognise"). */
  readonly anyDateTypes?: readonly string[];
}

/** Every stored report of an event between states `x` and `y` (either direction), optionally filtered. */
export async function loadPairReports(db: Store, x: string, y: string, filter?: PairFilter): Promise<EventReport[]> {
  const [a, b] = x < y ? [x, y] : [y, x];
  const { columns, join } = await documentJoin(db);
  const relevant = filter ? sql`and (y.posted = 1 or y.type in (${sql.join(filter.types)}))` : sql``;
  const anyDate = filter?.anyDateTypes?.length ? sql` or y.type in (${sql.join(filter.anyDateTypes)})` : sql``;
  const until = filter?.until ? sql`and (y.date_start is null or y.date_start <= ${filter.until}${anyDate})` : sql``;
  const { rows } = await sql<ReportRow>`select ${sql.raw(REPORT_COLUMNS)}, ${columns}
    from event_dyads y join events e on e.id = y.event_id ${join}
    where y.pair_a = ${a} and y.pair_b = ${b} ${relevant} ${until}`.execute(db);
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
