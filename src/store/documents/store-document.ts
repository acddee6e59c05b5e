import type { Doc, DocInput } from '../../core/index.js';
import type { CleanedDocument } from '../../ingest/clean-document.js';
import { copyIdFor, documentIdFor, lshBandKeys, minhashSignature, MIN_SHINGLES, pickNearDuplicate, shingleWords, signatureToBytes } from '../../ingest/dedup/index.js';
import type { Store } from '../open-store.js';
import { saveDocumentAnalysis } from '../save-document-analysis.js';
import { findDocumentsByHash } from './find-document-by-hash.js';
import type { SameBodyRow } from './find-document-by-hash.js';
import { findLshCandidates } from './find-lsh-candidates.js';
import { inWriteTransaction } from './in-write-transaction.js';
import { insertDocument } from './insert-document.js';

export interface StoreDocumentOptions {
  /** Runs the analysis pipeline (called only for content not stored yet). */
  readonly analyze: (input: DocInput) => Doc;
  readonly sourcePath?: string | null;
  /** sha256 of the raw input (see `hashRawInput`), kept so the same input is skipped before cleaning. */
  readonly rawHash?: string | null;
  /** Stores the analysis in the transaction; defaults to the store's `saveDocumentAnalysis`. */
  readonly saveAnalysis?: (trx: Store, documentId: string, doc: Doc) => Promise<void>;
  readonly now?: () => Date;
}

export type StoreOutcome =
  | { readonly status: 'exists'; readonly id: string }
  | { readonly status: 'stored'; readonly id: string }
  | { readonly status: 'duplicate'; readonly id: string; readonly duplicateOf: string; readonly similarity: number };

/**
 * Stores one cleaned document. The same body from the same source (same URL, or no URL to tell) is
 * a no-op. The same body read from another URL is a republished copy: stored as its own row linked
 * to the first copy, so its reports add a citation but not an independent source. Otherwise the
 * text is analysed and, in ONE transaction, its row (linked to its first copy when it is a
 * near-duplicate), its band keys and its analysis are written, so a crash never leaves half a
 * document.
 */
export async function storeDocument(db: Store, cleaned: CleanedDocument, options: StoreDocumentOptions): Promise<StoreOutcome> {
  const stored = await findDocumentsByHash(db, cleaned.contentHash);
  const known = sameSource(stored, cleaned.url);
  if (known) return { status: 'exists', id: known };
  const id = stored.length > 0 && cleaned.url ? copyIdFor(cleaned.contentHash, cleaned.url) : documentIdFor(cleaned.contentHash);
  const shingles = shingleWords(cleaned.text);
  const signature = minhashSignature(shingles);
  // Very short texts are matched exactly only: a few shared words would look like a copy.
  const keys = shingles.size >= MIN_SHINGLES ? lshBandKeys(signature) : [];
  const doc = options.analyze({ id, text: cleaned.text, meta: cleaned.meta, blocks: cleaned.blocks });
  const save = options.saveAnalysis ?? saveDocumentAnalysis;
  const now = (options.now ?? (() => new Date()))();
  return inWriteTransaction(db, async (trx): Promise<StoreOutcome> => {
    const sameBody = await findDocumentsByHash(trx, cleaned.contentHash);
    const raced = sameSource(sameBody, cleaned.url);
    if (raced) return { status: 'exists', id: raced };
    // Another process stored the first copy meanwhile; this input was analysed under the first
    // copy's id, so it is left for a later run (which will store it as a copy) rather than mislabelled.
    if (sameBody.length > 0 && id === documentIdFor(cleaned.contentHash)) return { status: 'exists', id: sameBody[0]!.id };
    const first = sameBody[0];
    const duplicate = first
      ? { id: first.duplicateOf ?? first.id, similarity: 1 }
      : pickNearDuplicate(signature, await findLshCandidates(trx, keys));
    await insertDocument(
      trx,
      {
        id,
        url: cleaned.url,
        title: cleaned.title,
        published: cleaned.published,
        author: cleaned.author,
        language: cleaned.language,
        text: cleaned.text,
        content_hash: cleaned.contentHash,
        duplicate_of: duplicate?.id ?? null,
        similarity: duplicate ? Math.round(duplicate.similarity * 1000) / 1000 : null,
        source_path: options.sourcePath ?? null,
        ingested_at: now.toISOString(),
        provenance: JSON.stringify(cleaned.meta.provenance),
        blocks: JSON.stringify(cleaned.blocks.map((b) => ({ role: b.role, start: b.start, end: b.end }))),
        minhash: signatureToBytes(signature),
        raw_hash: options.rawHash ?? null,
      },
      duplicate ? null : keys,
    );
    await save(trx, id, doc);
    return duplicate
      ? { status: 'duplicate', id, duplicateOf: duplicate.id, similarity: duplicate.similarity }
      : { status: 'stored', id };
  });
}

/** The stored row this input repeats: same body and same URL, or same body and no URL to tell them apart. */
function sameSource(sameBody: readonly SameBodyRow[], url: string | null): string | null {
  if (sameBody.length === 0) return null;
  if (!url) return sameBody[0]!.id;
  return sameBody.find((row) => row.url === url)?.id ?? null;
}
