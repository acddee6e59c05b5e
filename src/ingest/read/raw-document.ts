// What the readers hand to the cleaner: one document's content and the metadata its container
// stated outright (a JSONL field, a feed item's pubDate), or a failure naming where and why.

/** `html-fragment`: markup that is all body (a feed item), not a page to extract an article from. */
export type RawFormat = 'html' | 'html-fragment' | 'text';

export interface RawDocument {
  readonly kind: 'document';
  /** File path, or `-` for stdin. */
  readonly source: string;
  /** Where inside the source: `line 12`, `item 3`; null for a whole file. */
  readonly location: string | null;
  readonly format: RawFormat;
  readonly content: string;
  /** Size of the document's raw bytes (for MB/s). */
  readonly bytes: number;
  readonly id: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly author: string | null;
}

export interface ReadFailure {
  readonly kind: 'failure';
  readonly source: string;
  readonly location: string | null;
  readonly reason: string;
  readonly bytes: number;
  /** The input's own id, when it could be read (a JSONL line with a bad body). */
  readonly id: string | null;
}

export type ReadItem = RawDocument | ReadFailure;

export interface ReadOptions {
  /** Largest document accepted, in bytes (a whole file, or one JSONL line). */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function readFailure(
  source: string,
  location: string | null,
  reason: string,
  bytes = 0,
  id: string | null = null,
): ReadFailure {
  return { kind: 'failure', source, location, reason, bytes, id };
}

/** `file.jsonl line 12: reason` — the one line a failure prints. */
export function describeFailure(failure: ReadFailure): string {
  const where = failure.location ? `${failure.source} ${failure.location}` : failure.source;
  return `${where}: ${failure.reason}`;
}
