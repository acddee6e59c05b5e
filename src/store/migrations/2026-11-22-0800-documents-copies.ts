// A republished copy whose body is byte-identical to a stored one (the same article at another URL)
// is kept as its own row linked to the first copy, so `content_hash` can no longer be unique. SQLite
// cannot drop a column's UNIQUE constraint, so the table is rebuilt (rowids kept, for the FTS index)
// with foreign keys off, as SQLite's documented procedure for altering a table requires.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const COLUMNS = 'id, url, title, published, author, language, text, content_hash, duplicate_of, similarity, source_path, ingested_at, provenance, blocks, minhash, raw_hash';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction, so the pragma takes effect here.
  const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const foreignKeys = rows[0]?.foreign_keys ?? 0;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await rebuild(db);
      const { rows: broken } = await sql`pragma foreign_key_check(documents)`.execute(db);
      if (broken.length > 0) throw new Error(`documents: ${broken.length} rows fail their foreign key after the rebuild`);
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db).catch(() => undefined);
      throw error;
    }
  } finally {
    if (foreignKeys) await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function rebuild(db: Kysely<unknown>): Promise<void> {
  await sql`create table documents_new (
    id text primary key,
    url text,
    title text,
    published text,
    author text,
    language text not null,
    text text not null,
    content_hash text not null,
    duplicate_of text references documents(id),
    similarity real,
    source_path text,
    ingested_at text not null,
    provenance text not null,
    blocks text not null,
    minhash blob,
    raw_hash text
  )`.execute(db);
  await sql`insert into documents_new (rowid, ${sql.raw(COLUMNS)}) select rowid, ${sql.raw(COLUMNS)} from documents`.execute(db);
  // Dropping the table drops its indexes and the FTS triggers; the FTS index itself is kept.
  await sql`drop table documents`.execute(db);
  await sql`alter table documents_new rename to documents`.execute(db);
  await sql`create index documents_content_hash on documents(content_hash)`.execute(db);
  await sql`create index documents_duplicate_of on documents(duplicate_of)`.execute(db);
  await sql`create index documents_published on documents(published)`.execute(db);
  await sql`create index documents_url on documents(url)`.execute(db);
  await sql`create index documents_raw_hash on documents(raw_hash)`.execute(db);
  await sql`create trigger documents_fts_insert after insert on documents begin
    insert into documents_fts(rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
  await sql`create trigger documents_fts_delete after delete on documents begin
    insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
  end`.execute(db);
  await sql`create trigger documents_fts_update after update of title, text on documents begin
    insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
    insert into documents_fts(rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Fails while exact copies are stored: they must be removed before the constraint can return.
  await sql`drop index if exists documents_content_hash`.execute(db);
  await sql`create unique index documents_content_hash_unique on documents(content_hash)`.execute(db);
}
