import { sql } from 'kysely';
import { signatureFromBytes } from '../../ingest/dedup/index.js';
import type { DuplicateCandidate } from '../../ingest/dedup/index.js';
import type { Store } from '../open-store.js';

/** First copies sharing at least one LSH band key, with their signatures, oldest first. */
export async function findLshCandidates(db: Store, keys: readonly number[]): Promise<DuplicateCandidate[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('documents as d')
    .select(['d.id', 'd.minhash'])
    .where('d.id', 'in', db.selectFrom('document_lsh').select('document_id').where('key', 'in', [...keys]))
    .orderBy(sql`d.rowid`)
    .execute();
  return rows.flatMap((row) => (row.minhash ? [{ id: row.id, signature: signatureFromBytes(row.minhash) }] : []));
}
