import type { Store } from '../open-store.js';

/** The id of the stored document with this content hash, or null. */
export async function findDocumentByHash(db: Store, contentHash: string): Promise<string | null> {
  const row = await db.selectFrom('documents').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id ?? null;
}

/** The id of a stored document read from exactly this raw input before, or null. */
export async function findDocumentByRawHash(db: Store, rawHash: string): Promise<string | null> {
  const row = await db.selectFrom('documents').select('id').where('raw_hash', '=', rawHash).limit(1).executeTakeFirst();
  return row?.id ?? null;
}
