// Everything known about one pair of states: its merged events and the claims rules make of them.
import { actorState, pairOf } from './actor-state.js';
import { deriveClaims } from './derive-claims.js';
import { dropContradicted } from './drop-contradicted.js';
import { mergeReports } from './merge-reports.js';
import { loadRelationRules } from './relation-rules.js';
import type { RelationRules } from './relation-rules.js';
import type { Claim, EventReport, Facet, KnownEvent } from './types.js';

/**
 * A report seen from one pair: only the pair's actors are kept, so "Argentina, Bolivia and
 * Ecuador recognised Palestine" merges with another paper's "Bolivia recognised Palestine".
 */
export function onPair(report: EventReport, a: string, b: string): EventReport | null {
  const keep = (actors: EventReport['source']) => actors.filter((x) => {
    const s = actorState(x);
    return s === a || s === b;
  });
  const source = keep(report.source);
  const target = keep(report.target);
  if (!source.length || !target.length) return null;
  if (source.length === report.source.length && target.length === report.target.length) return report;
  return { ...report, source, target };
}

export interface PairAnalysis {
  readonly a: string;
  readonly b: string;
  readonly events: readonly KnownEvent[];
  readonly claims: readonly Claim[];
  /** Claims of one facet about `holder` in/towards `other` (relations: either order). */
  claimsOf(facet: Facet, holder: string, other: string): Claim[];
}

/** The known events between two states, each report seen from the pair. */
export function mergePairReports(reports: readonly EventReport[], a: string, b: string): KnownEvent[] {
  const projected = reports.map((r) => onPair(r, a, b)).filter((r): r is EventReport => r !== null);
  return mergeReports(dropContradicted(projected));
}

export function analyzePair(reports: readonly EventReport[], a: string, b: string, rules: RelationRules = loadRelationRules()): PairAnalysis {
  const events = mergePairReports(reports, a, b);
  const claims = deriveClaims(events, rules).filter(
    (c) => (c.holder === a && c.other === b) || (c.holder === b && c.other === a),
  );
  return {
    a,
    b,
    events,
    claims,
    claimsOf(facet, holder, other) {
      if (facet === 'relations') {
        const [x, y] = pairOf(holder, other);
        return claims.filter((c) => c.facet === facet && c.holder === x && c.other === y);
      }
      return claims.filter((c) => c.facet === facet && c.holder === holder && c.other === other);
    },
  };
}
