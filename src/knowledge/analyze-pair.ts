// Everything known about one pair of states: its merged events and the claims rules make of them.
import { pairOf } from './actor-state.js';
import { deriveClaims } from './derive-claims.js';
import { mergeReports } from './merge-reports.js';
import { loadRelationRules } from './relation-rules.js';
import type { RelationRules } from './relation-rules.js';
import type { Claim, EventReport, Facet, KnownEvent } from './types.js';

export interface PairAnalysis {
  readonly a: string;
  readonly b: string;
  readonly events: readonly KnownEvent[];
  readonly claims: readonly Claim[];
  /** Claims of one facet about `holder` in/towards `other` (relations: either order). */
  claimsOf(facet: Facet, holder: string, other: string): Claim[];
}

export function analyzePair(reports: readonly EventReport[], a: string, b: string, rules: RelationRules = loadRelationRules()): PairAnalysis {
  const events = mergeReports(reports);
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
