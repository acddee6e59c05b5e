// A pair's relation-state timeline: each change of each facet, with its citations and any
// conflict, plus the merged events behind them.
import { compareText } from './compare-text.js';
import { analyzePair } from './analyze-pair.js';
import { loadRelationRules } from './relation-rules.js';
import { resolveFacet } from './resolve-facet.js';
import { uniqueCitations } from './make-citation.js';

const TOLERANCE_DAYS = 7;

function addDays(day: string, days: number): string {
  if (!day) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
import type { RelationRules } from './relation-rules.js';
import type { Citation, Claim, ClaimValue, Conflict, EventReport, Facet, KnownEvent } from './types.js';

export interface TimelineEntry {
  readonly kind: 'timeline-entry';
  /** The date as stated (`2010-12`, `1995`), or the first day the value is known to hold. */
  readonly date: string;
  readonly start: string;
  readonly facet: Facet;
  readonly holder: string;
  readonly other: string;
  readonly value: ClaimValue;
  /** `change`: holds from this date; `observed`: stated to hold on this date and before. */
  readonly effect: Claim['effect'];
  /** The same value reported again at a later moment (e.g. a second break with no restoration on record). */
  readonly repeat: boolean;
  readonly rules: readonly string[];
  readonly citations: readonly Citation[];
  readonly conflicts: readonly Conflict[];
}

export interface TimelineEvent {
  readonly type: string | null;
  readonly plover: string;
  readonly date: string | null;
  readonly granularity: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly polarity: string;
  readonly modality: string;
  readonly level: string | null;
  readonly independentSources: number;
  readonly citations: readonly Citation[];
}

export interface Timeline {
  readonly a: string;
  readonly b: string;
  readonly entries: readonly TimelineEntry[];
  readonly events: readonly TimelineEvent[];
}

function keyOf(c: Claim): string {
  return `${c.facet}:${c.holder}:${c.other}`;
}

function entriesOfKey(claims: readonly Claim[], rules: RelationRules): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const first = claims[0];
  const base = { kind: 'timeline-entry' as const, facet: first.facet, holder: first.holder, other: first.other };
  for (const o of claims.filter((c) => c.effect === 'holds-until')) {
    out.push({ ...base, date: o.end, start: o.end, value: o.value, effect: o.effect, repeat: false, rules: [o.rule], citations: o.citations, conflicts: [] });
  }
  let previous: string | null = null;
  let previousEnd = '';
  const seen = new Set<string>();
  const starts = [...new Set(claims.filter((c) => c.effect === 'change').map((c) => c.start))].sort();
  for (const start of starts) {
    const state = resolveFacet(claims, start, rules.agree);
    if (state.value === null) continue;
    const fresh = claims.filter((c) => c.effect === 'change' && c.start === start && !seen.has(c.event.key));
    for (const c of fresh) seen.add(c.event.key);
    const signature = `${String(state.value)}|${state.conflicts.length}`;
    const freshEnd = fresh.map((c) => c.end).sort().at(-1) ?? start;
    if (signature === previous) {
      // Reports of the same state within days of the last entry describe the same change: they
      // join its citations. A report of it well after (a second break) is shown again.
      if (start <= addDays(previousEnd, TOLERANCE_DAYS) || !fresh.some((c) => String(c.value) === String(state.value))) {
        const last = out[out.length - 1];
        if (last?.effect === 'change') out[out.length - 1] = { ...last, citations: uniqueCitations([...last.citations, ...fresh.flatMap((c) => c.citations)]) };
        if (freshEnd > previousEnd) previousEnd = freshEnd;
        continue;
      }
    }
    const repeat = signature === previous;
    previous = signature;
    previousEnd = freshEnd;
    out.push({ ...base, date: state.since ?? start, start, value: state.value, effect: 'change', repeat, rules: state.rules, citations: state.citations, conflicts: state.conflicts });
  }
  return out;
}

function eventOf(e: KnownEvent): TimelineEvent {
  return {
    type: e.type,
    plover: e.plover,
    date: e.date.value,
    granularity: e.date.granularity,
    sources: e.sources,
    targets: e.targets,
    polarity: e.polarity,
    modality: e.modality,
    level: e.level,
    independentSources: e.independentSources,
    citations: e.citations,
  };
}

export function answerTimeline(reports: readonly EventReport[], a: string, b: string, rules: RelationRules = loadRelationRules()): Timeline {
  const pair = analyzePair(reports, a, b, rules);
  const byKey = new Map<string, Claim[]>();
  for (const c of pair.claims) byKey.set(keyOf(c), [...(byKey.get(keyOf(c)) ?? []), c]);
  const entries = [...byKey.values()].flatMap((claims) => entriesOfKey(claims, rules));
  entries.sort((x, y) => compareText(x.start, y.start) || compareText(x.facet, y.facet));
  return { a, b, entries, events: pair.events.map(eventOf) };
}
