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

/** The SQL text of the citation columns and join, with and without a documents table. */
export function documentJoinSql(hasDocumentsTable: boolean): { readonly columns: string; readonly join: string } {
  return hasDocumentsTable
    ? {
        columns: 'd.url as url, d.published as published, coalesce(d.duplicate_of, e.document_id) as origin',
        join: 'left join documents d on d.id = e.document_id',
      }
    : { columns: 'null as url, null as published, e.document_id as origin', join: '' };
}

/** `select` columns and `from` clause adding url, published and origin (first copy) of each report's document. */
export async function documentJoin(db: Store): Promise<{ columns: RawBuilder<unknown>; join: RawBuilder<unknown> }> {
  const { columns, join } = documentJoinSql(await hasDocuments(db));
  return { columns: sql.raw(columns), join: sql.raw(join) };
}
