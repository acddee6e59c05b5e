import type { Block } from '../../core/index.js';
import type { Store } from '../open-store.js';

export interface StoredDocument {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly language: string;
  readonly text: string;
  readonly contentHash: string;
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
  readonly sourcePath: string | null;
  readonly ingestedAt: string;
  readonly provenance: Readonly<Record<string, string>>;
  readonly blocks: readonly Block[];
}

/** One stored document by id, or null. */
export async function getDocument(db: Store, id: string): Promise<StoredDocument | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    published: row.published,
    author: row.author,
    language: row.language,
    text: row.text,
    contentHash: row.content_hash,
    duplicateOf: row.duplicate_of,
    similarity: row.similarity,
    sourcePath: row.source_path,
    ingestedAt: row.ingested_at,
    provenance: JSON.parse(row.provenance) as Record<string, string>,
    blocks: JSON.parse(row.blocks) as Block[],
  };
}

/** How many documents are stored, and how many of them are near-duplicates of another. */
export async function countDocuments(db: Store): Promise<{ documents: number; duplicates: number }> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => [eb.fn.countAll<number>().as('documents'), eb.fn.count<number>('duplicate_of').as('duplicates')])
    .executeTakeFirstOrThrow();
  return { documents: Number(row.documents), duplicates: Number(row.duplicates) };
}
