import type { Doc, DocInput } from '../../core/index.js';
import { cleanDocument } from '../../ingest/clean-document.js';
import type { CleanedDocument } from '../../ingest/clean-document.js';
import { hashRawInput } from '../../ingest/dedup/index.js';
import type { ReadFailure, ReadItem } from '../../ingest/read/index.js';
import { analyzeBatch, makePipeline } from '../../pipeline.js';
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

/** Documents cleaned and analysed together before they are stored one by one. */
const BATCH = 16;

/**
 * Reads, cleans, analyses and stores every input, one transaction per document. Inputs are taken
 * a few at a time so that the analysis runs stage by stage over the batch (see `analyzeBatch`).
 */
export async function runIngest(options: RunIngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const analyzeEach = options.analyze ?? null;
  const stages = analyzeEach ? null : makePipeline();
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, unchanged: 0, failed: 0, bytes: 0, seconds: 0 };
  const fail = (failure: ReadFailure): void => {
    summary.failed++;
    options.onFailure?.(failure);
  };
  const ingestChunk = async (items: readonly ReadItem[]): Promise<void> => {
    const prepared = await Promise.all(items.map((item) => prepare(options.db, item)));
    const cleanedTexts = prepared.filter((p): p is Cleaned => p.kind === 'cleaned');
    const analyzed = stages ? analyzeBatch(cleanedTexts.map((p) => inputOf(p.cleaned, 'batch')), stages) : [];
    const ready = new Map(cleanedTexts.map((p, i) => [p, analyzed[i]]));
    for (const p of prepared) {
      summary.read++;
      summary.bytes += p.item.bytes;
      if (p.kind === 'failure') fail(p.item);
      else if (p.kind === 'known') summary.unchanged++;
      else if (p.kind === 'problem') fail(failureOf(p.item, p.reason));
      else {
        const analyze = analyzeEach ?? ((input: DocInput): Doc => fromBatch(input, ready.get(p)));
        const problem = await storeCleaned(options.db, p, analyze, options.saveAnalysis, summary);
        if (problem) fail(failureOf(p.item, problem));
      }
      summary.seconds = (performance.now() - started) / 1000;
      options.onProgress?.(summary);
    }
  };
  let chunk: ReadItem[] = [];
  try {
    for await (const item of options.inputs) {
      chunk.push(item);
      if (chunk.length < BATCH) continue;
      await ingestChunk(chunk);
      chunk = [];
    }
  } finally {
    // Inputs already read are stored even when the reader fails part way (its error still surfaces).
    await ingestChunk(chunk);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

type DocumentItem = Extract<ReadItem, { kind: 'document' }>;
type Cleaned = { readonly kind: 'cleaned'; readonly item: DocumentItem; readonly cleaned: CleanedDocument; readonly rawHash: string };
type Prepared =
  | { readonly kind: 'failure'; readonly item: ReadFailure }
  | { readonly kind: 'known'; readonly item: DocumentItem }
  | { readonly kind: 'problem'; readonly item: DocumentItem; readonly reason: string }
  | Cleaned;

/** Skips an input read before (a resumed or repeated batch) without cleaning it again; cleans the rest. */
async function prepare(db: Store, item: ReadItem): Promise<Prepared> {
  if (item.kind === 'failure') return { kind: 'failure', item };
  const rawHash = hashRawInput(item.format, item.content);
  if (await findDocumentByRawHash(db, rawHash)) return { kind: 'known', item };
  let cleaned;
  try {
    cleaned = cleanDocument(item);
  } catch (error) {
    return { kind: 'problem', item, reason: `cleaning failed: ${messageOf(error)}` };
  }
  if (!cleaned.text.trim()) return { kind: 'problem', item, reason: 'no article text found' };
  return { kind: 'cleaned', item, cleaned, rawHash };
}

function inputOf(cleaned: CleanedDocument, id: string): DocInput {
  return { id, text: cleaned.text, meta: cleaned.meta, blocks: cleaned.blocks };
}

/** The batch's analysis of this text under the id the store chose (no stage reads the id). */
function fromBatch(input: DocInput, analyzed: Doc | Error | undefined): Doc {
  if (analyzed === undefined) throw new Error('missing from its batch');
  if (analyzed instanceof Error) throw analyzed;
  return { ...analyzed, id: input.id };
}

async function storeCleaned(
  db: Store,
  prepared: Cleaned,
  analyze: (input: DocInput) => Doc,
  saveAnalysis: RunIngestOptions['saveAnalysis'],
  summary: IngestSummary,
): Promise<string | null> {
  try {
    const tagged = (input: DocInput): Doc => {
      try {
        return analyze(input);
      } catch (error) {
        throw new Error(`analysis failed: ${messageOf(error)}`);
      }
    };
    const outcome = await storeDocument(db, prepared.cleaned, { analyze: tagged, saveAnalysis, sourcePath: sourcePathOf(prepared.item), rawHash: prepared.rawHash });
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

function failureOf(item: DocumentItem, reason: string): ReadFailure {
  return { kind: 'failure', source: item.source, location: item.location, reason, bytes: item.bytes, id: item.id };
}

function sourcePathOf(raw: { source: string; location: string | null }): string {
  return raw.location ? `${raw.source}#${raw.location.replace(/\s+\(.*\)$/, '').replace(' ', '=')}` : raw.source;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
