// Marks pair rows whose event names a diplomatic post ("the Mexican ambassador"), so as-of
// queries can read only the events that can change a pair's state.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table event_dyads add column posted integer not null default 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table event_dyads drop column posted`.execute(db);
}
