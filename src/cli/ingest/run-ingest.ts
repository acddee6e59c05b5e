import type { Doc, DocInput } from '../../core/index.js';
import { cleanDocument } from '../../ingest/clean-document.js';
import { hashRawInput } from '../../ingest/dedup/index.js';
import type { ReadFailure, ReadItem } from '../../ingest/read/index.js';
import { makePipeline, analyzeDocument } from '../../pipeline.js';
import { findDocumentByRawHash, storeDocument } from '../../store/documents/index.js';
import type { Store } from '../../store/index.js';

export interface IngestSummary {
  /** Input documents seen, including those that failed. */
  read: number;
  /** New rows, near-duplicates included. */
  stored: number;
  /** Stored rows linked to an earlier first copy. */
  duplicates: number;
  /** Content already in the store: nothing done. */
  unchanged: number;
  failed: number;
  /** Raw bytes of the documents read. */
  bytes: number;
  seconds: number;
}

export interface RunIngestOptions {
  readonly db: Store;
  readonly inputs: AsyncIterable<ReadItem>;
  readonly analyze?: (input: DocInput) => Doc;
  readonly saveAnalysis?: (trx: Store, documentId: string, doc: Doc) => Promise<void>;
  readonly onFailure?: (failure: ReadFailure) => void;
  /** Called after every document with the running totals. */
  readonly onProgress?: (summary: Readonly<IngestSummary>) => void;
}

/** Reads, cleans, analyses and stores every input, one document (and one transaction) at a time. */
export async function runIngest(options: RunIngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const analyze = options.analyze ?? defaultAnalyzer();
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, unchanged: 0, failed: 0, bytes: 0, seconds: 0 };
  const fail = (failure: ReadFailure): void => {
    summary.failed++;
    options.onFailure?.(failure);
  };
  for await (const item of options.inputs) {
    summary.read++;
    summary.bytes += item.bytes;
    if (item.kind === 'failure') fail(item);
    else {
      const problem = await ingestOne(options.db, item, analyze, options.saveAnalysis, summary);
      if (problem) fail({ kind: 'failure', source: item.source, location: item.location, reason: problem, bytes: item.bytes, id: item.id });
    }
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function ingestOne(
  db: Store,
  raw: Extract<ReadItem, { kind: 'document' }>,
  analyze: (input: DocInput) => Doc,
  saveAnalysis: RunIngestOptions['saveAnalysis'],
  summary: IngestSummary,
): Promise<string | null> {
  // An input read before (a resumed or repeated batch) is skipped without cleaning it again.
  const rawHash = hashRawInput(raw.format, raw.content);
  if (await findDocumentByRawHash(db, rawHash)) {
    summary.unchanged++;
    return null;
  }
  let cleaned;
  try {
    cleaned = cleanDocument(raw);
  } catch (error) {
    return `cleaning failed: ${messageOf(error)}`;
  }
  if (!cleaned.text.trim()) return 'no article text found';
  try {
    const tagged = (input: DocInput): Doc => {
      try {
        return analyze(input);
      } catch (error) {
        throw new Error(`analysis failed: ${messageOf(error)}`);
      }
    };
    const outcome = await storeDocument(db, cleaned, { analyze: tagged, saveAnalysis, sourcePath: sourcePathOf(raw), rawHash });
    if (outcome.status === 'exists') summary.unchanged++;
    else {
      summary.stored++;
      if (outcome.status === 'duplicate') summary.duplicates++;
    }
    return null;
  } catch (error) {
    return `not stored: ${messageOf(error)}`;
  }
}

function defaultAnalyzer(): (input: DocInput) => Doc {
  const stages = makePipeline();
  return (input) => analyzeDocument(input, stages);
}

function sourcePathOf(raw: { source: string; location: string | null }): string {
  return raw.location ? `${raw.source}#${raw.location.replace(/\s+\(.*\)$/, '').replace(' ', '=')}` : raw.source;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
