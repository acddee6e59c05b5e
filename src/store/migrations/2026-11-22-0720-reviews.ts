// Human review of extracted events: the current verdict per event (keyed by a key that survives
// re-analysis, not by the events row id) and an append-only audit log of every review action.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reviews')
    .ifNotExists()
    .addColumn('event_key', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('original_type', 'text', (c) => c.notNull())
    // The events row the verdict is applied to now; null when re-analysis no longer finds the event.
    .addColumn('event_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('correction_json', 'text')
    .addColumn('original_json', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reviews_event').ifNotExists().on('reviews').column('event_id').execute();
  await db.schema.createIndex('reviews_document').ifNotExists().on('reviews').column('document_id').execute();

  await db.schema
    .createTable('review_log')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('event_key', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text', (c) => c.notNull())
    .addColumn('after_json', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_log_key').ifNotExists().on('review_log').column('event_key').execute();

  // The web UI lists the newest events first; without this a 100,000-event store sorts on every page.
  await sql`create index if not exists events_date_start on events(date_start)`.execute(db);
  // The review queue takes the least confident unreviewed events first.
  await sql`create index if not exists events_confidence on events(confidence)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists events_confidence`.execute(db);
  await sql`drop index if exists events_date_start`.execute(db);
  await db.schema.dropTable('review_log').ifExists().execute();
  await db.schema.dropTable('reviews').ifExists().execute();
}
