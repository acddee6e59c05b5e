import { rates } from './format-summary.js';
import type { IngestSummary } from './run-ingest.js';

export interface ProgressBar {
  update(summary: Readonly<IngestSummary>): void;
  /** Clears the bar so the summary prints on a clean line. */
  finish(): void;
}

const WIDTH = 24;

/**
 * A one-line progress display on a terminal (redrawn at most ten times a second): a bar when the
 * total size is known, documents, docs/s and MB/s. Disabled, it prints nothing.
 */
export function makeProgressBar(write: (text: string) => void, enabled: boolean, totalBytes: number | null = null): ProgressBar {
  let last = 0;
  let shown = false;
  return {
    update(summary) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      write(`\r\x1b[2K${renderProgress(summary, totalBytes)}`);
    },
    finish() {
      if (enabled && shown) write('\r\x1b[2K');
    },
  };
}

export function renderProgress(summary: Readonly<IngestSummary>, totalBytes: number | null): string {
  const { docsPerSecond, mbPerSecond } = rates(summary);
  let bar = '';
  if (totalBytes && totalBytes > 0) {
    const share = Math.min(0.99, summary.bytes / totalBytes);
    const filled = Math.round(share * WIDTH);
    bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(2)}% `;
  }
  return (
    `${bar}${summary.read} docs  ${docsPerSecond.toFixed(1)} docs/s  ${mbPerSecond.toFixed(2)} MB/s  ` +
    `stored ${summary.stored}  dup ${summary.duplicates}  failed ${summary.failed}`
  );
}
