// Who recognises a state as of a date: the recognition facet of every pair with a recognition
// event towards it.
import { compareText } from './compare-text.js';
import { analyzePair } from './analyze-pair.js';
import { sideStates } from './actor-state.js';
import { loadRelationRules } from './relation-rules.js';
import { resolveFacet } from './resolve-facet.js';
import type { RelationRules } from './relation-rules.js';
import type { Citation, Conflict, EventReport } from './types.js';

export interface RecognizerRow {
  readonly state: string;
  readonly recognizes: boolean;
  readonly since: string | null;
  readonly citations: readonly Citation[];
  readonly conflicts: readonly Conflict[];
}

export interface RecognizersAnswer {
  readonly state: string;
  readonly asOf: string;
  /** States that recognise `state` as of the date. */
  readonly recognizers: readonly RecognizerRow[];
  /** States on record as not recognising it as of the date. */
  readonly nonRecognizers: readonly RecognizerRow[];
}

/** `reports`: recognition reports with `state` on either side (other pairs are ignored). */
export function answerRecognizers(reports: readonly EventReport[], state: string, asOf: string, rules: RelationRules = loadRelationRules()): RecognizersAnswer {
  const byOther = new Map<string, EventReport[]>();
  for (const r of reports) {
    if (!sideStates(r.target).includes(state)) continue;
    for (const other of sideStates(r.source)) {
      if (other === state) continue;
      byOther.set(other, [...(byOther.get(other) ?? []), r]);
    }
  }
  const rows: RecognizerRow[] = [];
  for (const [other, own] of byOther) {
    const pair = analyzePair(own, other, state, rules);
    const facet = resolveFacet(pair.claimsOf('recognition', other, state), asOf, rules.agree);
    if (facet.value === null) continue;
    rows.push({ state: other, recognizes: facet.value === true, since: facet.since, citations: facet.citations, conflicts: facet.conflicts });
  }
  rows.sort((x, y) => compareText(x.since ?? '', y.since ?? '') || compareText(x.state, y.state));
  return { state, asOf, recognizers: rows.filter((r) => r.recognizes), nonRecognizers: rows.filter((r) => !r.recognizes) };
}
