// Table types for the whole store. Each feature adds its tables here and a dated migration
// under ./migrations; repository functions take the Kysely instance first.
import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

/** One report of an event in one document (see migrations/2026-11-22-0600-events.ts). */
export interface EventsTable {
  id: Generated<number>;
  document_id: string;
  local_id: string;
  type: string | null;
  plover: string;
  cameo: string | null;
  source_json: string;
  target_json: string;
  date_value: string | null;
  granularity: string;
  derivation: string;
  date_start: string | null;
  date_end: string | null;
  announced: string | null;
  polarity: string;
  modality: string;
  level: string | null;
  locations_json: Generated<string>;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  sentence_text: string | null;
  pattern: string;
  confidence: number;
  content: string | null;
}

/** The state pairs of an event: one row per (source state, target state), pair_a < pair_b. */
export interface EventDyadsTable {
  event_id: number;
  src: string;
  tgt: string;
  pair_a: string;
  pair_b: string;
  type: string | null;
  date_start: string | null;
  /** 1 when an actor of the event names a diplomatic post (see data/relations presence rules). */
  posted: Generated<number>;
}

export interface MentionsTable {
  id: Generated<number>;
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  code: string;
  state: string | null;
  actor_type: string;
  via: string;
  entity: string;
  rule: string;
  confidence: number;
}

/** One ingested document (see migrations/2026-11-22-0610-documents.ts). */
export interface DocumentsTable {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  language: string;
  /** Clean body text as analysed: offsets of mentions and events point into it. */
  text: string;
  content_hash: string;
  /** Id of the first copy when this is a near-duplicate, else null. */
  duplicate_of: string | null;
  /** Estimated similarity to `duplicate_of`. */
  similarity: number | null;
  source_path: string | null;
  ingested_at: string;
  /** JSON: where each metadata value came from. */
  provenance: string;
  /** JSON: body and heading blocks `{role, start, end}`. */
  blocks: string;
  /** MinHash signature (little-endian uint32s). */
  minhash: Buffer | null;
  /** sha256 of the raw input (format and content as read), to skip known inputs before cleaning. */
  raw_hash: string | null;
}

/** LSH band keys of first copies, for near-duplicate lookup. */
export interface DocumentLshTable {
  key: number;
  document_id: string;
}

/** The current review verdict of an event, keyed to survive re-analysis (see migrations/2026-11-22-0720-reviews.ts). */
export interface ReviewsTable {
  event_key: string;
  document_id: string;
  evidence_start: number;
  evidence_end: number;
  original_type: string;
  event_id: number | null;
  status: string;
  correction_json: string | null;
  original_json: string;
  reviewer: string;
  note: string | null;
  updated_at: string;
}

/** Append-only audit log of review actions. */
export interface ReviewLogTable {
  id: Generated<number>;
  event_key: string;
  action: string;
  before_json: string;
  after_json: string;
  reviewer: string;
  note: string | null;
  at: string;
}

// Feature tables are merged into Database by the features that own them.
export interface Database {
  chancery_meta: MetaTable;
  documents: DocumentsTable;
  document_lsh: DocumentLshTable;
  events: EventsTable;
  event_dyads: EventDyadsTable;
  mentions: MentionsTable;
  reviews: ReviewsTable;
  review_log: ReviewLogTable;
}

export type { Generated };
