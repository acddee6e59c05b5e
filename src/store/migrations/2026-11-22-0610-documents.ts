// Ingested documents, their near-duplicate band keys, and full-text search over title and body.
// `id` is derived from `content_hash`; `duplicate_of` points a republished copy at its first copy.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('author', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('duplicate_of', 'text', (c) => c.references('documents.id'))
    .addColumn('similarity', 'real')
    .addColumn('source_path', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('provenance', 'text', (c) => c.notNull())
    .addColumn('blocks', 'text', (c) => c.notNull())
    .addColumn('minhash', 'blob')
    .execute();
  await db.schema.createIndex('documents_duplicate_of').ifNotExists().on('documents').column('duplicate_of').execute();
  await db.schema.createIndex('documents_published').ifNotExists().on('documents').column('published').execute();
  await db.schema.createIndex('documents_url').ifNotExists().on('documents').column('url').execute();

  // LSH band keys of first copies only: a new text is compared with originals, never with copies.
  // No index on document_id: every key insert lands on a random page of each B-tree, so a second
  // index would double the write cost of every ingest to speed up only the (rare) delete.
  await sql`create table if not exists document_lsh (
    key integer not null,
    document_id text not null references documents(id) on delete cascade,
    primary key (key, document_id)
  ) without rowid`.execute(db);

  // External-content FTS5 index over documents(title, text), kept in step by triggers.
  await sql`create virtual table if not exists documents_fts using fts5(
    title, text, content='documents', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger if not exists documents_fts_insert after insert on documents begin
    insert into documents_fts(rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
  await sql`create trigger if not exists documents_fts_delete after delete on documents begin
    insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
  end`.execute(db);
  await sql`create trigger if not exists documents_fts_update after update of title, text on documents begin
    insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
    insert into documents_fts(rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists documents_fts`.execute(db);
  await sql`drop table if exists document_lsh`.execute(db);
  await db.schema.dropTable('documents').ifExists().execute();
}
