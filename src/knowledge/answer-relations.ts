// "What were relations between A and B on this date, and which articles say so?" — the
// `chancery relations --json` contract, built from one pair's stored reports.
import { analyzePair } from './analyze-pair.js';
import { contractDate } from './date-bounds.js';
import { uniqueCitations } from './make-citation.js';
import { loadRelationRules } from './relation-rules.js';
import { resolveFacet } from './resolve-facet.js';
import type { PairAnalysis } from './analyze-pair.js';
import type { RelationRules } from './relation-rules.js';
import type { Citation, Conflict, EventReport, FacetState } from './types.js';

export type RelationStatus = 'established' | 'suspended' | 'severed' | 'none' | 'unknown';

export interface RelationsAnswer {
  readonly a: string;
  readonly b: string;
  readonly asOf: string;
  readonly relations: {
    readonly status: RelationStatus;
    readonly since: string | null;
    readonly citations: readonly Citation[];
    readonly rules: readonly string[];
    /** True when the status is inferred from embassies or ambassadors on both sides. */
    readonly inferred: boolean;
  };
  readonly recognition: {
    readonly aRecognizesB: boolean | null;
    readonly bRecognizesA: boolean | null;
    readonly citations: readonly Citation[];
  };
  readonly missions: {
    readonly aInB: string;
    readonly bInA: string;
    readonly ambassadors: { readonly aInB: string; readonly bInA: string };
    readonly citations: readonly Citation[];
  };
  readonly conflicts: readonly Conflict[];
  /** How many real-world events between the two that bear on their state as of the date are on record. */
  readonly events: number;
}

interface MissionSide {
  readonly level: string;
  readonly ambassador: string;
  readonly citations: readonly Citation[];
  readonly conflicts: readonly Conflict[];
  readonly since: string | null;
}

/** A side's mission; an ambassador in post implies an embassy when no level is on record. */
function missionSide(pair: PairAnalysis, holder: string, other: string, asOf: string, rules: RelationRules): MissionSide {
  const mission = resolveFacet(pair.claimsOf('mission', holder, other), asOf, rules.agree);
  const ambassador = resolveFacet(pair.claimsOf('ambassador', holder, other), asOf, rules.agree);
  const level = mission.value !== null ? String(mission.value) : ambassador.value === 'present' ? 'embassy' : 'unknown';
  return {
    level,
    ambassador: ambassador.value !== null ? String(ambassador.value) : 'unknown',
    citations: uniqueCitations([...mission.citations, ...ambassador.citations]),
    conflicts: [...mission.conflicts, ...ambassador.conflicts],
    since: [mission.since, ambassador.since].filter((s): s is string => Boolean(s)).sort().at(-1) ?? null,
  };
}

function relationsOf(state: FacetState, aInB: MissionSide, bInA: MissionSide): RelationsAnswer['relations'] {
  if (state.value !== null) {
    return { status: state.value as RelationStatus, since: contractDate(state.since), citations: state.citations, rules: state.rules, inferred: false };
  }
  const posted = (m: MissionSide) => m.level === 'embassy' || m.ambassador === 'present';
  if (posted(aInB) && posted(bInA)) {
    return {
      status: 'established',
      since: contractDate([aInB.since, bInA.since].filter((s): s is string => Boolean(s)).sort().at(-1) ?? null),
      citations: uniqueCitations([...aInB.citations, ...bInA.citations]),
      rules: ['embassies-both-ways'],
      inferred: true,
    };
  }
  return { status: 'unknown', since: null, citations: [], rules: [], inferred: false };
}

export function answerRelationsFromPair(pair: PairAnalysis, asOf: string, rules: RelationRules = loadRelationRules()): RelationsAnswer {
  const { a, b } = pair;
  const aInB = missionSide(pair, a, b, asOf, rules);
  const bInA = missionSide(pair, b, a, asOf, rules);
  const relState = resolveFacet(pair.claimsOf('relations', a, b), asOf, rules.agree);
  const aRec = resolveFacet(pair.claimsOf('recognition', a, b), asOf, rules.agree);
  const bRec = resolveFacet(pair.claimsOf('recognition', b, a), asOf, rules.agree);
  const conflicts = [...relState.conflicts, ...aRec.conflicts, ...bRec.conflicts, ...aInB.conflicts, ...bInA.conflicts];
  return {
    a,
    b,
    asOf,
    relations: relationsOf(relState, aInB, bInA),
    recognition: {
      aRecognizesB: aRec.value === null ? null : aRec.value === true,
      bRecognizesA: bRec.value === null ? null : bRec.value === true,
      citations: uniqueCitations([...aRec.citations, ...bRec.citations]),
    },
    missions: {
      aInB: aInB.level,
      bInA: bInA.level,
      ambassadors: { aInB: aInB.ambassador, bInA: bInA.ambassador },
      citations: uniqueCitations([...aInB.citations, ...bInA.citations]),
    },
    conflicts,
    events: pair.events.length,
  };
}

/** Answers `relations A B --as-of DATE` from the reports of events between A and B. */
export function answerRelations(reports: readonly EventReport[], a: string, b: string, asOf: string, rules: RelationRules = loadRelationRules()): RelationsAnswer {
  return answerRelationsFromPair(analyzePair(reports, a, b, rules), asOf, rules);
}
