// Public surface of the knowledge stage: merging reports into events, deriving relation states
// by the rules in data/relations, and answering as-of questions with citations and conflicts.
export type * from './types.js';
export { actorState, sideStates, pairOf } from './actor-state.js';
export { dateBounds, asOfDay } from './date-bounds.js';
export { mergeReports } from './merge-reports.js';
export { deriveClaims } from './derive-claims.js';
export { analyzePair, mergePairReports } from './analyze-pair.js';
export type { PairAnalysis } from './analyze-pair.js';
export { answerRelations, answerRelationsFromPair } from './answer-relations.js';
export type { RelationsAnswer, RelationStatus } from './answer-relations.js';
export { answerTimeline } from './answer-timeline.js';
export type { Timeline, TimelineEntry, TimelineEvent } from './answer-timeline.js';
export { answerRecognizers } from './answer-recognizers.js';
export type { RecognizersAnswer, RecognizerRow } from './answer-recognizers.js';
export { actorPost, eventLocations } from './annotate-report.js';
export { loadRelationRules, checkRelationRules, relationRulesUrl } from './relation-rules.js';
export type { RelationRules } from './relation-rules.js';
export { resolveStateQuery, stateName, isStateCode } from './state-names.js';
export { makeCitation } from './make-citation.js';
export { makeReport } from './make-report.js';
export type { ReportSketch } from './make-report.js';
export { makeAnalysedDoc } from './make-analysed-doc.js';
export type { EventSketch } from './make-analysed-doc.js';
export { renderRelations, renderTimeline, renderRecognizers, renderReports } from './render-text.js';
export { exportRow, csvHeader, csvLine, ploverRecord, EXPORT_COLUMNS } from './export-events.js';
export type { ExportRow } from './export-events.js';
