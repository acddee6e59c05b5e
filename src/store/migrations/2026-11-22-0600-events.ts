// Analysed events (one row per report in a document), the state pairs each involves, and actor
// mentions. No foreign key to documents, so this runs whatever order feature migrations land in;
// saveDocumentAnalysis replaces a document's rows as a whole.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('local_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text')
    .addColumn('plover', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text')
    .addColumn('source_json', 'text', (c) => c.notNull())
    .addColumn('target_json', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text')
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('derivation', 'text', (c) => c.notNull())
    .addColumn('date_start', 'text')
    .addColumn('date_end', 'text')
    .addColumn('announced', 'text')
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('locations_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('sentence_text', 'text')
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('content', 'text')
    .execute();
  await db.schema.createIndex('events_document').ifNotExists().on('events').column('document_id').execute();
  await db.schema.createIndex('events_type_date').ifNotExists().on('events').columns(['type', 'date_start']).execute();

  // One row per (source state, target state) of an event: the pair index every query starts from.
  await db.schema
    .createTable('event_dyads')
    .ifNotExists()
    .addColumn('event_id', 'integer', (c) => c.notNull())
    .addColumn('src', 'text', (c) => c.notNull())
    .addColumn('tgt', 'text', (c) => c.notNull())
    .addColumn('pair_a', 'text', (c) => c.notNull())
    .addColumn('pair_b', 'text', (c) => c.notNull())
    .addColumn('type', 'text')
    .addColumn('date_start', 'text')
    .execute();
  await db.schema.createIndex('event_dyads_pair').ifNotExists().on('event_dyads').columns(['pair_a', 'pair_b', 'date_start']).execute();
  await db.schema.createIndex('event_dyads_tgt').ifNotExists().on('event_dyads').columns(['tgt', 'type']).execute();
  await db.schema.createIndex('event_dyads_src').ifNotExists().on('event_dyads').columns(['src', 'type']).execute();
  await db.schema.createIndex('event_dyads_event').ifNotExists().on('event_dyads').column('event_id').execute();

  await db.schema
    .createTable('mentions')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('state', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mentions_document').ifNotExists().on('mentions').column('document_id').execute();
  await db.schema.createIndex('mentions_state').ifNotExists().on('mentions').column('state').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mentions').ifExists().execute();
  await db.schema.dropTable('event_dyads').ifExists().execute();
  await db.schema.dropTable('events').ifExists().execute();
}
