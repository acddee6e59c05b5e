// The ingest run (read, clean, analyse, store) and its progress and summary display.
export { runIngest } from './run-ingest.js';
export type { IngestSummary, RunIngestOptions } from './run-ingest.js';
export { formatSummary, rates, summaryJson } from './format-summary.js';
export { makeProgressBar, renderProgress } from './progress-bar.js';
export type { ProgressBar } from './progress-bar.js';
export { parseSize } from './parse-size.js';
export { totalInputBytes } from './total-input-bytes.js';
