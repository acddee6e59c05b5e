import type { IngestSummary } from './run-ingest.js';

const MB = 1024 * 1024;

/** Documents and megabytes per second (0 before any time has passed). */
export function rates(summary: Readonly<IngestSummary>): { docsPerSecond: number; mbPerSecond: number } {
  if (summary.seconds <= 0) return { docsPerSecond: 0, mbPerSecond: 0 };
  return { docsPerSecond: summary.read / summary.seconds, mbPerSecond: summary.bytes / MB / summary.seconds };
}

/** The one-paragraph summary printed after an ingest. */
export function formatSummary(summary: Readonly<IngestSummary>): string {
  const { docsPerSecond, mbPerSecond } = rates(summary);
  const duplicates = summary.duplicates ? ` (${summary.duplicates} near-duplicate${summary.duplicates === 1 ? '' : 's'} linked to a first copy)` : '';
  return [
    `read ${summary.read} document${summary.read === 1 ? '' : 's'}: stored ${summary.stored}${duplicates}, ` +
      `already stored ${summary.unchanged}, failed ${summary.failed}`,
    `${(summary.bytes / MB).toFixed(2)} MB in ${summary.seconds.toFixed(1)} s ` +
      `(${docsPerSecond.toFixed(1)} docs/s, ${mbPerSecond.toFixed(2)} MB/s)`,
  ].join('\n') + '\n';
}

/** The `--json` summary, for scripts. */
export function summaryJson(summary: Readonly<IngestSummary>): string {
  const { docsPerSecond, mbPerSecond } = rates(summary);
  return JSON.stringify({
    read: summary.read,
    stored: summary.stored,
    duplicates: summary.duplicates,
    unchanged: summary.unchanged,
    failed: summary.failed,
    bytes: summary.bytes,
    seconds: round(summary.seconds, 3),
    docsPerSecond: round(docsPerSecond, 1),
    mbPerSecond: round(mbPerSecond, 3),
  }) + '\n';
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
