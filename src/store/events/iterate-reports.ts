// Every stored report, a pair of states at a time, for exports of any size: memory holds one
// pair's reports, not the store. Uses the raw SQLite handle (a bulk path Kysely does not stream).
import { REPORT_COLUMNS, reportOfRow } from './report-row.js';
import { documentJoinSql } from './document-columns.js';
import type SqliteDatabase from 'better-sqlite3';
import type { ReportRow } from './report-row.js';
import type { EventReport } from '../../knowledge/index.js';

export interface ReportGroup {
  /** The pair's codes, or null for reports with no pair of states (a union, a court...). */
  readonly pair: readonly [string, string] | null;
  readonly reports: readonly EventReport[];
}

function hasDocuments(sqlite: SqliteDatabase.Database): boolean {
  return Boolean(sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'documents'").get());
}

export function* iterateReportGroups(sqlite: SqliteDatabase.Database): Generator<ReportGroup> {
  const { columns, join } = documentJoinSql(hasDocuments(sqlite));
  const paired = sqlite.prepare(`select y.pair_a as pair_a, y.pair_b as pair_b, ${REPORT_COLUMNS}, ${columns}
    from event_dyads y join events e on e.id = y.event_id ${join} order by y.pair_a, y.pair_b, e.id`);
  let current: [string, string] | null = null;
  let reports: EventReport[] = [];
  let seen = new Set<number>();
  for (const raw of paired.iterate()) {
    const row = raw as ReportRow & { pair_a: string; pair_b: string };
    if (!current || current[0] !== row.pair_a || current[1] !== row.pair_b) {
      if (current && reports.length) yield { pair: current, reports };
      current = [row.pair_a, row.pair_b];
      reports = [];
      seen = new Set();
    }
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    reports.push(reportOfRow(row));
  }
  if (current && reports.length) yield { pair: current, reports };
  const loose = sqlite.prepare(`select ${REPORT_COLUMNS}, ${columns} from events e ${join}
    where not exists (select 1 from event_dyads y where y.event_id = e.id) order by e.id`);
  const rest = (loose.all() as ReportRow[]).map(reportOfRow);
  if (rest.length) yield { pair: null, reports: rest };
}
