// One real-world event, many reports: reports of the same type between the same states, with the
// same polarity, modality and level and compatible dates, become one KnownEvent that keeps every
// citation and counts independent sources (a republished copy cites, but counts once).
import { compareText } from './compare-text.js';
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

const dayCache = new Map<string, number>();

/** Days since the epoch of an ISO day (memoised: the same days recur across reports). */
function dayNumber(day: string): number {
  let n = dayCache.get(day);
  if (n === undefined) {
    n = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(day, n);
  }
  return n;
}

interface Cluster {
  readonly key: string;
  date: DateBounds;
  /** Day numbers of `date`, or NaN when undated. */
  from: number;
  to: number;
  readonly reports: EventReport[];
}

function setDate(cluster: Cluster, date: DateBounds): void {
  cluster.date = date;
  cluster.from = date.start ? dayNumber(date.start) : Number.NaN;
  cluster.to = date.end ? dayNumber(date.end) : Number.NaN;
}

/** The tighter of two compatible dates: their intersection, labelled by the more precise report. */
function narrow(a: DateBounds, b: DateBounds): DateBounds {
  if (!a.start || !a.end) return b;
  if (!b.start || !b.end) return a;
  const precise = b.end !== null && dayNumber(b.end) - dayNumber(b.start) < dayNumber(a.end) - dayNumber(a.start) ? b : a;
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  if (start > end) return precise;
  if (start === precise.start && end === precise.end) return precise;
  return { value: `${start}/${end}`, granularity: 'range', start, end };
}

function toKnownEvent(cluster: Cluster): KnownEvent {
  const first = cluster.reports[0];
  const reports = [...cluster.reports].sort((x, y) => compareText(x.published ?? '', y.published ?? '') || x.id - y.id);
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
  const span = new Map<EventReport, [number, number]>();
  for (const r of reports) {
    span.set(r, r.date.start && r.date.end ? [dayNumber(r.date.start), dayNumber(r.date.end)] : [Number.NaN, Number.NaN]);
  }
  const ordered = [...reports].sort((x, y) => {
    const [xs, xe] = span.get(x)!;
    const [ys, ye] = span.get(y)!;
    if (Number.isNaN(xs) || Number.isNaN(ys)) return Number.isNaN(xs) === Number.isNaN(ys) ? x.id - y.id : Number.isNaN(xs) ? 1 : -1;
    return xs - ys || xe - xs - (ye - ys) || x.id - y.id;
  });
  const byKey = new Map<string, Cluster[]>();
  for (const report of ordered) {
    const key = mergeKey(report);
    let clusters = byKey.get(key);
    if (!clusters) byKey.set(key, (clusters = []));
    const [from, to] = span.get(report)!;
    let home: Cluster | undefined;
    if (!Number.isNaN(from)) {
      // Latest clusters first: reports arrive in date order, so a match is usually the last one.
      for (let i = clusters.length - 1; i >= 0 && !home; i--) {
        const c = clusters[i];
        if (!Number.isNaN(c.from) && c.from - TOLERANCE_DAYS <= to && from <= c.to + TOLERANCE_DAYS) home = c;
      }
    } else {
      home = clusters.length === 1 ? clusters[0] : clusters.find((c) => Number.isNaN(c.from));
    }
    if (home) {
      home.reports.push(report);
      setDate(home, narrow(home.date, report.date));
    } else {
      const cluster: Cluster = { key, date: report.date, from, to, reports: [report] };
      clusters.push(cluster);
    }
  }
  const events = [...byKey.values()].flat().map(toKnownEvent);
  return events.sort((x, y) => compareText(x.date.start ?? '9999', y.date.start ?? '9999') || compareText(x.key, y.key));
}
