// The hash of each document's raw input, so a resumed or repeated ingest skips known inputs
// before cleaning them (the content hash needs the cleaned text; this one only the bytes read).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column raw_hash text`.execute(db);
  await sql`create index if not exists documents_raw_hash on documents(raw_hash)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists documents_raw_hash`.execute(db);
  await sql`alter table documents drop column raw_hash`.execute(db);
}
