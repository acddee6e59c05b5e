// The as-of questions answered from the store: each reads only the events of the pair (or of the
// recognised state) and hands them to the pure knowledge functions.
import { answerRecognizers, answerRelations, answerTimeline, loadRelationRules } from '../../knowledge/index.js';
import { countPairReports, loadPairReports, loadReportsTowards } from './load-reports.js';
import type { RecognizersAnswer, RelationsAnswer, Timeline } from '../../knowledge/index.js';
import type { Store } from '../open-store.js';

export async function queryRelations(db: Store, a: string, b: string, asOf: string): Promise<RelationsAnswer> {
  const rules = loadRelationRules();
  const reports = await loadPairReports(db, a, b, { types: rules.types, until: asOf, anyDateTypes: rules.anyDateTypes });
  return answerRelations(reports, a, b, asOf);
}

/** The timeline of state changes, with the events that can change a state (all reports are counted). */
export async function queryTimeline(db: Store, a: string, b: string): Promise<Timeline & { readonly reports: number }> {
  const timeline = answerTimeline(await loadPairReports(db, a, b, { types: loadRelationRules().types }), a, b);
  return { ...timeline, reports: await countPairReports(db, a, b) };
}

export async function queryRecognizers(db: Store, state: string, asOf: string): Promise<RecognizersAnswer> {
  return answerRecognizers(await loadReportsTowards(db, state, 'recognize'), state, asOf);
}
