// The value of one facet of a pair at one date, from its claims: the latest change on or before
// the date wins; sources that report different values for the same time make a conflict; an
// observation "not so as of T" fills in dates before T when no change is known.
import { compareText } from './compare-text.js';
import { rangeDays } from './date-bounds.js';
import { uniqueCitations } from './make-citation.js';
import type { Claim, ClaimValue, Conflict, ConflictSide, FacetState } from './types.js';

export type Agree = (facet: string, a: string, b: string) => boolean;

const UNKNOWN: FacetState = { value: null, since: null, citations: [], rules: [], conflicts: [] };

function sideOf(claims: readonly Claim[], value: ClaimValue): ConflictSide {
  return {
    value,
    rules: [...new Set(claims.map((c) => c.rule))],
    independentSources: new Set(claims.flatMap((c) => c.event.reports.map((r) => r.origin))).size,
    citations: uniqueCitations(claims.flatMap((c) => c.citations)),
  };
}

function groupByValue(claims: readonly Claim[], agree: Agree): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = [...groups.keys()].find((k) => agree(claim.facet, k, String(claim.value))) ?? String(claim.value);
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return groups;
}

/** Picks among disagreeing groups: more independent sources, then the later and more precise date. */
function pick(groups: Map<string, Claim[]>): Claim[] {
  const ranked = [...groups.values()].sort((x, y) => {
    const sx = sideOf(x, x[0].value).independentSources;
    const sy = sideOf(y, y[0].value).independentSources;
    if (sx !== sy) return sy - sx;
    const lx = x.map((c) => c.start).sort().at(-1)!;
    const ly = y.map((c) => c.start).sort().at(-1)!;
    if (lx !== ly) return compareText(ly, lx);
    return Math.min(...x.map((c) => rangeDays(c.event.date))) - Math.min(...y.map((c) => rangeDays(c.event.date)));
  });
  return ranked[0];
}

function conflictOf(groups: Map<string, Claim[]>, chosen: ClaimValue, window: { start: string; end: string }): Conflict {
  const first = [...groups.values()][0][0];
  return {
    kind: 'conflict',
    facet: first.facet,
    holder: first.holder,
    other: first.other,
    window,
    chosen,
    sides: [...groups.values()].map((g) => sideOf(g, g[0].value)),
  };
}

/** Resolves claims that all concern one facet of one (holder, other) key, as of `asOf` (ISO day). */
export function resolveFacet(claims: readonly Claim[], asOf: string, agree: Agree): FacetState {
  const changes = claims.filter((c) => c.effect === 'change' && c.start <= asOf).sort((x, y) => compareText(x.start, y.start));
  const observations = claims.filter((c) => c.effect === 'holds-until' && c.end >= asOf);
  if (!changes.length) {
    if (!observations.length) return UNKNOWN;
    const groups = groupByValue(observations, agree);
    const chosen = pick(groups);
    const conflicts = groups.size > 1 ? [conflictOf(groups, chosen[0].value, { start: asOf, end: asOf })] : [];
    return sideState(chosen, null, conflicts);
  }
  const last = changes[changes.length - 1];
  // Changes whose dates may coincide with the latest one are reports of the same moment.
  const around = changes.filter((c) => c.end >= last.start);
  // A post named in passing yields to an explicit act reported for the same moment.
  const explicit = around.filter((c) => !c.weak);
  const moment = explicit.length ? explicit : around;
  const groups = groupByValue(moment, agree);
  const chosen = pick(groups);
  const conflicts: Conflict[] = [];
  const window = { start: last.start, end: moment.map((c) => c.end).sort().at(-1)! };
  const contradicting = observations.filter((o) => o.end >= last.start && !agree(o.facet, String(o.value), String(chosen[0].value)));
  if (groups.size > 1 || contradicting.length) {
    for (const o of contradicting) groups.set(`obs:${String(o.value)}`, [...(groups.get(`obs:${String(o.value)}`) ?? []), o]);
    conflicts.push(conflictOf(groups, chosen[0].value, window));
  }
  const since = chosen.map((c) => c.since).filter((s): s is string => Boolean(s))[0] ?? null;
  return sideState(chosen, since, conflicts);
}

function sideState(chosen: readonly Claim[], since: string | null, conflicts: Conflict[]): FacetState {
  return {
    value: chosen[0].value,
    since,
    citations: uniqueCitations(chosen.flatMap((c) => c.citations)),
    rules: [...new Set(chosen.map((c) => c.rule))],
    conflicts,
  };
}
