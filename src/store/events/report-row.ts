// Reading stored events back as EventReports (the knowledge stage's input).
import type { DiplomaticType, Granularity, Modality, PloverType, Polarity } from '../../core/index.js';
import type { EventReport, StoredActor } from '../../knowledge/index.js';
import type { Selectable } from 'kysely';
import type { EventsTable } from '../database.js';

/** The columns every report query selects (events row + its document's citation fields). */
export type ReportRow = Pick<
  Selectable<EventsTable>,
  | 'id' | 'document_id' | 'local_id' | 'type' | 'plover' | 'cameo' | 'source_json' | 'target_json'
  | 'date_value' | 'granularity' | 'derivation' | 'date_start' | 'date_end' | 'polarity' | 'modality'
  | 'level' | 'locations_json' | 'evidence_start' | 'evidence_end' | 'evidence_text' | 'sentence_text'
  | 'pattern' | 'confidence'
> & {
  /** The first copy's document id (the report's own document unless it is a republication). */
  origin: string | null;
  url: string | null;
  published: string | null;
};

export const REPORT_COLUMNS = `e.id, e.document_id, e.local_id, e.type, e.plover, e.cameo, e.source_json, e.target_json,
  e.date_value, e.granularity, e.derivation, e.date_start, e.date_end, e.polarity, e.modality, e.level,
  e.locations_json, e.evidence_start, e.evidence_end, e.evidence_text, e.sentence_text, e.pattern, e.confidence`;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Actors as stored by this feature; parsed by hand because this runs for every report read. */
function actors(json: string): StoredActor[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  const out: StoredActor[] = [];
  for (const item of value as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const a = item as Record<string, unknown>;
    const code = text(a.code);
    if (!code) continue;
    out.push({ text: text(a.text) ?? code, code, state: text(a.state), name: text(a.name), sector: text(a.sector), post: text(a.post) });
  }
  return out;
}

function locations(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function reportOfRow(row: ReportRow): EventReport {
  return {
    kind: 'report',
    id: row.id,
    document: row.document_id,
    origin: row.origin ?? row.document_id,
    url: row.url,
    published: row.published,
    localId: row.local_id,
    type: row.type as DiplomaticType | null,
    plover: row.plover as PloverType,
    cameo: row.cameo,
    source: actors(row.source_json),
    target: actors(row.target_json),
    date: {
      value: row.date_value,
      granularity: row.granularity as Granularity,
      derivation: row.derivation,
      start: row.date_start,
      end: row.date_end,
    },
    polarity: row.polarity as Polarity,
    modality: row.modality as Modality,
    level: row.level,
    locations: locations(row.locations_json),
    evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
    sentence: row.sentence_text,
    pattern: row.pattern,
    confidence: row.confidence,
  };
}
