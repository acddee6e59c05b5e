// The key a review is filed under. Row ids change whenever a document is analysed again; the
// document, the evidence span and the extracted type do not, so a verdict finds its event again.
export interface KeyedEventRow {
  readonly document_id: string;
  readonly evidence_start: number;
  readonly evidence_end: number;
  readonly type: string | null;
  readonly plover: string;
}

/** `doc#start-end#type` (the PLOVER type stands in for events with no diplomatic subtype). */
export function eventKey(row: KeyedEventRow): string {
  return `${row.document_id}#${row.evidence_start}-${row.evidence_end}#${originalTypeOf(row)}`;
}

export function originalTypeOf(row: Pick<KeyedEventRow, 'type' | 'plover'>): string {
  return row.type ?? `plover:${row.plover}`;
}
