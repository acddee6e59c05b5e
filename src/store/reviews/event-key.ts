// The key a review is filed under. Row ids change whenever a document is analysed again; the
// document, the evidence span, the extracted type and the extracted actors do not, so a verdict
// finds its event again. Actors are part of it because one sentence ("Spain, Ireland and Norway
// recognised ...") yields several events of one type over the same span.
export interface KeyedEventRow {
  readonly document_id: string;
  readonly evidence_start: number;
  readonly evidence_end: number;
  readonly type: string | null;
  readonly plover: string;
  readonly source_json: string;
  readonly target_json: string;
}

function codes(json: string): string {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return '';
  return parsed.map((a: { code?: unknown }) => String(a.code ?? '')).sort().join('+');
}

/** `doc#start-end#type#SRC>TGT` (the PLOVER type stands in for events with no diplomatic subtype). */
export function eventKey(row: KeyedEventRow): string {
  return `${row.document_id}#${row.evidence_start}-${row.evidence_end}#${originalTypeOf(row)}#${actorsOf(row)}`;
}

export function actorsOf(row: Pick<KeyedEventRow, 'source_json' | 'target_json'>): string {
  return `${codes(row.source_json)}>${codes(row.target_json)}`;
}

export function originalTypeOf(row: Pick<KeyedEventRow, 'type' | 'plover'>): string {
  return row.type ?? `plover:${row.plover}`;
}
