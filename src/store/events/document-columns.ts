// Citation fields come from the documents table (owned by the ingest feature). Until it exists
// in a store, reports are read without them, so the events feature works on its own.
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Store } from '../open-store.js';

const known = new WeakMap<Store, boolean>();

async function hasDocuments(db: Store): Promise<boolean> {
  const cached = known.get(db);
  if (cached !== undefined) return cached;
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'documents'`.execute(db);
  const present = rows[0].n > 0;
  if (present) known.set(db, true);
  return present;
}

/** `select` columns and `from` clause adding url, published and origin (first copy) of each report's document. */
export async function documentJoin(db: Store): Promise<{ columns: RawBuilder<unknown>; join: RawBuilder<unknown> }> {
  if (await hasDocuments(db)) {
    return {
      columns: sql.raw('d.url as url, d.published as published, coalesce(d.duplicate_of, e.document_id) as origin'),
      join: sql.raw('left join documents d on d.id = e.document_id'),
    };
  }
  return { columns: sql.raw('null as url, null as published, e.document_id as origin'), join: sql.raw('') };
}
