export { replaceDocumentAnalysis, deleteDocumentAnalysis } from './replace-document-analysis.js';
export { loadPairReports, countPairReports, loadReportsTowards, loadDocumentReports } from './load-reports.js';
export { queryEvents } from './query-events.js';
export type { PairFilter } from './load-reports.js';
export type { EventFilter } from './query-events.js';
export { dyadRows } from './event-rows.js';
export { queryRelations, queryTimeline, queryRecognizers } from './answer-queries.js';
export { buildSampleStore, SAMPLE_ARTICLES } from './build-sample-store.js';
