import type { DocumentsTable } from '../database.js';
import type { Store } from '../open-store.js';

export type DocumentRow = DocumentsTable;

/** Inserts one document row and, for a first copy, its LSH band keys (inside the caller's transaction). */
export async function insertDocument(db: Store, row: DocumentRow, lshKeys: readonly number[] | null): Promise<void> {
  await db.insertInto('documents').values(row).execute();
  if (lshKeys && lshKeys.length > 0) {
    const unique = [...new Set(lshKeys)];
    await db
      .insertInto('document_lsh')
      .values(unique.map((key) => ({ key, document_id: row.id })))
      .execute();
  }
}
