// The values an events row carries once a verdict applies: extraction as stored, overridden
// field by field by a correction. Always computed from the original snapshot, so a later
// verdict (confirm after correct) restores what extraction said.
import { z } from 'zod';
import { getEventLexicon } from '../../events/index.js';
import { dateBounds, stateName } from '../../knowledge/index.js';
import type { DiplomaticType, Granularity } from '../../core/index.js';
import type { Correction } from './review-input.js';

export interface ExtractedFields {
  readonly type: string | null;
  readonly plover: string;
  readonly cameo: string | null;
  readonly source_json: string;
  readonly target_json: string;
  readonly date_value: string | null;
  readonly granularity: string;
  readonly derivation: string;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly polarity: string;
  readonly modality: string;
}

export const EXTRACTED_COLUMNS = [
  'type', 'plover', 'cameo', 'source_json', 'target_json', 'date_value', 'granularity', 'derivation',
  'date_start', 'date_end', 'polarity', 'modality',
] as const;

const storedActors = z.array(z.object({ text: z.string(), code: z.string() }).passthrough());

export class ReviewError extends Error {}

/** Diplomatic subtypes a correction may name. */
export function knownEventTypes(): string[] {
  return [...getEventLexicon().types.keys()];
}

function granularityOf(value: string): Granularity {
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'day';
}

function correctedActors(json: string, codes: readonly string[]): string {
  const parsed = storedActors.safeParse(JSON.parse(json));
  const before = parsed.success ? parsed.data : [];
  const actors = codes.map((code) => {
    const kept = before.find((a) => a.code === code);
    if (kept) return kept;
    const isState = /^[A-Z]{3}$/.test(code);
    const name = isState ? stateName(code) : code;
    return { text: name, code, state: isState ? code : null, name, sector: null, post: null };
  });
  return JSON.stringify(actors);
}

/** Only the events columns (a snapshot may carry more). */
function columnsOf(f: ExtractedFields): ExtractedFields {
  const { type, plover, cameo, source_json, target_json, date_value, granularity, derivation, date_start, date_end, polarity, modality } = f;
  return { type, plover, cameo, source_json, target_json, date_value, granularity, derivation, date_start, date_end, polarity, modality };
}

export function effectiveFields(original: ExtractedFields, correction: Correction | null): ExtractedFields {
  let out = columnsOf(original);
  if (!correction) return out;
  if (correction.type !== undefined && correction.type !== original.type) {
    const info = getEventLexicon().types.get(correction.type as DiplomaticType);
    if (!info) throw new ReviewError(`unknown event type '${correction.type}'`);
    out = { ...out, type: correction.type, plover: info.plover, cameo: info.cameo };
  }
  if (correction.source) out = { ...out, source_json: correctedActors(original.source_json, correction.source) };
  if (correction.target) out = { ...out, target_json: correctedActors(original.target_json, correction.target) };
  if (correction.date !== undefined) {
    const granularity = correction.date ? granularityOf(correction.date) : 'unknown';
    const bounds = dateBounds(correction.date, granularity);
    if (correction.date && !bounds.start) throw new ReviewError(`'${correction.date}' is not a calendar date`);
    out = { ...out, date_value: correction.date, granularity, derivation: 'reviewed', date_start: bounds.start, date_end: bounds.end };
  }
  if (correction.polarity) out = { ...out, polarity: correction.polarity };
  if (correction.modality) out = { ...out, modality: correction.modality };
  return out;
}
