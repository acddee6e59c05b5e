// Turning a pipeline Event into the rows the store keeps (an events row and its state pairs).
import { actorPost, actorState, dateBounds, eventLocations, pairOf } from '../../knowledge/index.js';
import type { Doc, Event } from '../../core/index.js';
import type { StoredActor } from '../../knowledge/index.js';
import type { EventDyadsTable, EventsTable } from '../database.js';
import type { Insertable } from 'kysely';

export type EventRow = Insertable<EventsTable>;
export type DyadRow = Omit<EventDyadsTable, 'event_id' | 'posted'> & { posted: number };

function storedActors(doc: Doc, actors: Event['source']): StoredActor[] {
  return actors.map((a) => ({ text: a.text, code: a.code, state: a.state, name: a.name, sector: a.sector, post: actorPost(doc, a) }));
}

export function eventRow(documentId: string, doc: Doc, event: Event): EventRow {
  const bounds = dateBounds(event.date.value, event.date.granularity);
  const sentence = doc.sentences[event.sentence];
  return {
    document_id: documentId,
    local_id: event.id,
    type: event.type,
    plover: event.plover,
    cameo: event.cameo,
    source_json: JSON.stringify(storedActors(doc, event.source)),
    target_json: JSON.stringify(storedActors(doc, event.target)),
    date_value: event.date.value,
    granularity: event.date.granularity,
    derivation: event.date.derivation,
    date_start: bounds.start,
    date_end: bounds.end,
    announced: event.date.announced,
    polarity: event.polarity,
    modality: event.modality,
    level: event.level,
    locations_json: JSON.stringify(eventLocations(doc, event)),
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    evidence_text: event.evidence.text,
    sentence_text: sentence ? doc.text.slice(sentence.start, sentence.end) : null,
    pattern: event.pattern,
    confidence: event.confidence,
    content: event.content,
  };
}

/** Every (source state, target state) pair of an event, for the pair index. */
export function dyadRows(event: Pick<Event, 'source' | 'target' | 'type'>, dateStart: string | null, posted = false): DyadRow[] {
  const out: DyadRow[] = [];
  const seen = new Set<string>();
  for (const s of event.source) {
    for (const t of event.target) {
      const src = actorState(s);
      const tgt = actorState(t);
      if (!src || !tgt || src === tgt || seen.has(`${src}>${tgt}`)) continue;
      seen.add(`${src}>${tgt}`);
      const [pair_a, pair_b] = pairOf(src, tgt);
      out.push({ src, tgt, pair_a, pair_b, type: event.type, date_start: dateStart, posted: posted ? 1 : 0 });
    }
  }
  return out;
}
