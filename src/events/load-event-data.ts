// Loads and validates data/events once; the compiled trigger index is built from it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cuesSchema, patternsFileSchema, eventTypesSchema } from './event-data-schema.js';
import type { EventCues, EventPattern, EventTypesData } from './event-data-schema.js';

export interface EventData {
  readonly types: EventTypesData;
  readonly patterns: readonly EventPattern[];
  readonly cues: EventCues;
}

const dataDir = new URL('../../data/events/', import.meta.url);

function readYaml(name: string): unknown {
  return parse(readFileSync(new URL(name, dataDir), 'utf8')) as unknown;
}

let cached: EventData | null = null;

/** The event types, patterns and cues; throws with the zod message when a file is malformed. */
export function loadEventData(): EventData {
  if (cached) return cached;
  const types = eventTypesSchema.parse(readYaml('types.yaml'));
  const patterns = patternsFileSchema.parse(readYaml('patterns.yaml')).patterns;
  const cues = cuesSchema.parse(readYaml('cues.yaml'));
  cached = { types, patterns, cues };
  return cached;
}

/** Problems in data/events, for the build-time data check. Empty when valid. */
export function checkEventData(): string[] {
  const problems: string[] = [];
  const parsed: { patterns?: EventPattern[]; types?: EventTypesData } = {};
  for (const [name, schema, key] of [
    ['types.yaml', eventTypesSchema, 'types'],
    ['patterns.yaml', patternsFileSchema, 'patterns'],
    ['cues.yaml', cuesSchema, 'cues'],
  ] as const) {
    let raw: unknown;
    try {
      raw = readYaml(name);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${name}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    if (key === 'patterns') parsed.patterns = (result.data as { patterns: EventPattern[] }).patterns;
    else if (key === 'types') parsed.types = result.data as EventTypesData;
  }
  if (parsed.types) {
    const ids = parsed.types.types.map((t) => t.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const id of dupes) problems.push(`types.yaml: type ${id} is listed twice`);
    if (Object.keys(parsed.types.plover).length !== 16) problems.push('types.yaml: all 16 PLOVER types must be listed');
  }
  if (parsed.patterns) {
    const seen = new Set<string>();
    for (const p of parsed.patterns) {
      if (seen.has(p.id)) problems.push(`patterns.yaml: pattern id ${p.id} is used twice`);
      seen.add(p.id);
      if (p.whenNegated && !p.state) problems.push(`patterns.yaml: ${p.id}: whenNegated needs state: true`);
    }
  }
  return problems;
}
