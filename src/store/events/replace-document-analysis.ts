// Stores one document's analysis, replacing what an earlier ingest of it stored.
import { dyadRows, eventRow } from './event-rows.js';
import type { Doc } from '../../core/index.js';
import type { Store } from '../open-store.js';

/** Deletes the events, pairs and mentions stored for a document. */
export async function deleteDocumentAnalysis(db: Store, documentId: string): Promise<void> {
  await db
    .deleteFrom('event_dyads')
    .where('event_id', 'in', db.selectFrom('events').select('id').where('document_id', '=', documentId))
    .execute();
  await db.deleteFrom('events').where('document_id', '=', documentId).execute();
  await db.deleteFrom('mentions').where('document_id', '=', documentId).execute();
}

export async function replaceDocumentAnalysis(db: Store, documentId: string, doc: Doc): Promise<void> {
  await deleteDocumentAnalysis(db, documentId);
  for (const event of doc.events) {
    const row = eventRow(documentId, doc, event);
    const { id } = await db.insertInto('events').values(row).returning('id').executeTakeFirstOrThrow();
    const posted = /"post":"/.test(row.source_json) || /"post":"/.test(row.target_json);
    const dyads = dyadRows(event, row.date_start ?? null, posted).map((d) => ({ ...d, event_id: id }));
    if (dyads.length) await db.insertInto('event_dyads').values(dyads).execute();
  }
  const mentions = doc.mentions.map((m) => ({
    document_id: documentId,
    span_start: m.start,
    span_end: m.end,
    text: m.text,
    code: m.code,
    state: m.state,
    actor_type: m.actorType,
    via: m.via,
    entity: m.entity,
    rule: m.rule,
    confidence: m.confidence,
  }));
  for (let i = 0; i < mentions.length; i += 500) await db.insertInto('mentions').values(mentions.slice(i, i + 500)).execute();
}
