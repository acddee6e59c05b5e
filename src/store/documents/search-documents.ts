import { sql } from 'kysely';
import type { Store } from '../open-store.js';

export interface SearchOptions {
  readonly limit?: number;
  /** Include near-duplicate copies (by default only first copies are listed). */
  readonly includeDuplicates?: boolean;
  /** Treat the query as FTS5 syntax (phrases, OR, NEAR, prefix*) instead of plain words. */
  readonly raw?: boolean;
  /** Marks around matched terms in the snippet. */
  readonly marks?: readonly [string, string];
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly duplicateOf: string | null;
  readonly snippet: string;
  /** bm25 rank: lower is better. */
  readonly score: number;
}

/** Full-text search over title and body; every word must match (accents and case ignored). */
export async function searchDocuments(db: Store, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const match = options.raw ? query : toFtsQuery(query);
  if (!match) return [];
  const [open, close] = options.marks ?? ['[', ']'];
  const duplicates = options.includeDuplicates ? sql`` : sql`and d.duplicate_of is null`;
  const { rows } = await sql<{
    id: string;
    title: string | null;
    url: string | null;
    published: string | null;
    duplicate_of: string | null;
    snippet: string;
    score: number;
  }>`select d.id, d.title, d.url, d.published, d.duplicate_of,
      snippet(documents_fts, 1, ${open}, ${close}, '…', 24) as snippet,
      bm25(documents_fts, 2.0, 1.0) as score
    from documents_fts join documents d on d.rowid = documents_fts.rowid
    where documents_fts match ${match} ${duplicates}
    order by score limit ${options.limit ?? 10}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    url: r.url,
    published: r.published,
    duplicateOf: r.duplicate_of,
    snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    score: r.score,
  }));
}

/** Plain words to an FTS5 query: each word quoted (so no syntax can leak in), all required. */
export function toFtsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}
