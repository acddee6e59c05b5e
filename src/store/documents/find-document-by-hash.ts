import { sql } from 'kysely';
import type { Store } from '../open-store.js';

/** The id of the stored document with this content hash, or null. */
export async function findDocumentByHash(db: Store, contentHash: string): Promise<string | null> {
  const row = await db.selectFrom('documents').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id ?? null;
}

export interface SameBodyRow {
  readonly id: string;
  readonly url: string | null;
  readonly duplicateOf: string | null;
}

/** Every stored document with this content hash (a first copy and its exact copies), oldest first. */
export async function findDocumentsByHash(db: Store, contentHash: string): Promise<SameBodyRow[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'url', 'duplicate_of'])
    .where('content_hash', '=', contentHash)
    .orderBy(sql`rowid`)
    .execute();
  return rows.map((r) => ({ id: r.id, url: r.url, duplicateOf: r.duplicate_of }));
}

/** The id of a stored document read from exactly this raw input before, or null. */
export async function findDocumentByRawHash(db: Store, rawHash: string): Promise<string | null> {
  const row = await db.selectFrom('documents').select('id').where('raw_hash', '=', rawHash).limit(1).executeTakeFirst();
  return row?.id ?? null;
}
