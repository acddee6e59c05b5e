// One real-world event, many reports: reports of the same type between the same states, with the
// same polarity, modality and level and compatible dates, become one KnownEvent that keeps every
// citation and counts independent sources (a republished copy cites, but counts once).
import { rangeDays, rangesOverlap } from './date-bounds.js';
import { sideStates } from './actor-state.js';
import { makeCitation } from './make-citation.js';
import type { DateBounds, EventReport, KnownEvent } from './types.js';

/** Types whose two sides are interchangeable ("A and B restored relations"). */
const SYMMETRIC = new Set([
  'establish_relations',
  'restore_relations',
  'suspend_relations',
  'sever_relations',
  'downgrade_relations',
  'meet',
  'sign_agreement',
]);

function mergeKey(report: EventReport): string {
  const sources = sideStates(report.source).sort().join('+') || report.source.map((a) => a.code).sort().join('+');
  const targets = sideStates(report.target).sort().join('+') || report.target.map((a) => a.code).sort().join('+');
  const sides = SYMMETRIC.has(report.type ?? '') ? [sources, targets].sort().join('~') : `${sources}>${targets}`;
  return [report.type ?? report.plover, report.polarity, report.modality, report.level ?? '', sides].join('|');
}

/**
 * Reports a few days apart describe one act more often than two (an announcement and its
 * effect, a wire dated by its dateline): ranges this close count as compatible.
 */
const TOLERANCE_DAYS = 7;

function widen(d: DateBounds): DateBounds {
  if (!d.start || !d.end) return d;
  const shift = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
  return { ...d, start: shift(d.start, -TOLERANCE_DAYS), end: shift(d.end, TOLERANCE_DAYS) };
}

interface Cluster {
  readonly key: string;
  date: DateBounds;
  readonly reports: EventReport[];
}

/** The tighter of two compatible dates: their intersection, labelled by the more precise report. */
function narrow(a: DateBounds, b: DateBounds): DateBounds {
  if (!a.start) return b;
  if (!b.start) return a;
  const precise = rangeDays(b) < rangeDays(a) ? b : a;
  const start = a.start > b.start! ? a.start : b.start!;
  const end = a.end! < b.end! ? a.end : b.end;
  if (start > end!) return precise;
  if (start === precise.start && end === precise.end) return precise;
  return { value: `${start}/${end}`, granularity: 'range', start, end };
}

function toKnownEvent(cluster: Cluster): KnownEvent {
  const first = cluster.reports[0];
  const reports = [...cluster.reports].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.id - y.id);
  return {
    kind: 'known-event',
    key: `${cluster.key}|${cluster.date.value ?? 'undated'}`,
    type: first.type,
    plover: first.plover,
    cameo: first.cameo,
    sources: sideStates(first.source),
    targets: sideStates(first.target),
    date: cluster.date,
    polarity: first.polarity,
    modality: first.modality,
    level: first.level,
    reports,
    citations: reports.map(makeCitation),
    independentSources: new Set(reports.map((r) => r.origin)).size,
  };
}

/** Merges reports into known events, in date order (undated last). */
export function mergeReports(reports: readonly EventReport[]): KnownEvent[] {
  const ordered = [...reports].sort(
    (x, y) => (x.date.start ?? '9999').localeCompare(y.date.start ?? '9999') || rangeDays(x.date) - rangeDays(y.date) || x.id - y.id,
  );
  const byKey = new Map<string, Cluster[]>();
  for (const report of ordered) {
    const key = mergeKey(report);
    const clusters = byKey.get(key) ?? [];
    byKey.set(key, clusters);
    const home = report.date.start
      ? clusters.find((c) => rangesOverlap(widen(c.date), report.date))
      : clusters.length === 1
        ? clusters[0]
        : clusters.find((c) => !c.date.start);
    if (home) {
      home.reports.push(report);
      home.date = narrow(home.date, report.date);
    } else {
      clusters.push({ key, date: report.date, reports: [report] });
    }
  }
  const events = [...byKey.values()].flat().map(toKnownEvent);
  return events.sort((x, y) => (x.date.start ?? '9999').localeCompare(y.date.start ?? '9999') || x.key.localeCompare(y.key));
}
