// Flat forms of known events for analysis tools: CSV (loads straight into pandas or R), JSON
// lines, and PLOVER-style records. One merged real-world event per row.
import type { KnownEvent } from './types.js';

export interface ExportRow {
  readonly event_id: string;
  readonly type: string;
  readonly plover: string;
  readonly cameo: string;
  readonly date: string;
  readonly granularity: string;
  readonly date_start: string;
  readonly date_end: string;
  readonly source: string;
  readonly target: string;
  readonly source_actors: string;
  readonly target_actors: string;
  readonly polarity: string;
  readonly modality: string;
  readonly level: string;
  readonly independent_sources: number;
  readonly reports: number;
  readonly confidence: number;
  readonly document: string;
  readonly url: string;
  readonly published: string;
  readonly evidence: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'event_id', 'type', 'plover', 'cameo', 'date', 'granularity', 'date_start', 'date_end', 'source', 'target',
  'source_actors', 'target_actors', 'polarity', 'modality', 'level', 'independent_sources', 'reports', 'confidence',
  'document', 'url', 'published', 'evidence',
];

export function exportRow(event: KnownEvent, index: number): ExportRow {
  const first = event.reports[0];
  return {
    event_id: `ev${index + 1}`,
    type: event.type ?? '',
    plover: event.plover,
    cameo: event.cameo ?? '',
    date: event.date.value ?? '',
    granularity: event.date.granularity,
    date_start: event.date.start ?? '',
    date_end: event.date.end ?? '',
    source: event.sources.join(';'),
    target: event.targets.join(';'),
    source_actors: first.source.map((a) => a.code).join(';'),
    target_actors: first.target.map((a) => a.code).join(';'),
    polarity: event.polarity,
    modality: event.modality,
    level: event.level ?? '',
    independent_sources: event.independentSources,
    reports: event.reports.length,
    confidence: Math.max(...event.reports.map((r) => r.confidence)),
    document: first.document,
    url: first.url ?? '',
    published: first.published ?? '',
    evidence: first.evidence.text.replace(/\s+/g, ' '),
  };
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${EXPORT_COLUMNS.join(',')}\n`;
}

export function csvLine(row: ExportRow): string {
  return `${EXPORT_COLUMNS.map((c) => csvField(row[c])).join(',')}\n`;
}

/** A PLOVER-style record (event, mode, actors, date) keeping our subtype and citations. */
export function ploverRecord(event: KnownEvent, index: number): Record<string, unknown> {
  const first = event.reports[0];
  return {
    id: `ev${index + 1}`,
    date: event.date.start ?? first.published,
    date_value: event.date.value,
    event: event.plover,
    mode: event.type,
    cameo: event.cameo,
    source: first.source.map((a) => a.code),
    target: first.target.map((a) => a.code),
    negated: event.polarity === 'negated',
    modality: event.modality,
    level: event.level,
    confidence: Math.max(...event.reports.map((r) => r.confidence)),
    independent_sources: event.independentSources,
    citations: event.citations,
  };
}
