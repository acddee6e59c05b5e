// A compact, stable view of a document's events for golden fixtures and readable diffs.
import type { Doc } from '../core/index.js';

export interface EventSummary {
  readonly id: string;
  readonly type: string | null;
  readonly plover: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly polarity: string;
  readonly modality: string;
  readonly trigger: string;
  readonly pattern: string;
  readonly content: string | null;
}

export function summarizeEvents(doc: Doc): EventSummary[] {
  return doc.events.map((e) => ({
    id: e.id,
    type: e.type,
    plover: e.plover,
    source: e.source.map((a) => a.code),
    target: e.target.map((a) => a.code),
    polarity: e.polarity,
    modality: e.modality,
    trigger: doc.text.slice(e.trigger.start, e.trigger.end),
    pattern: e.pattern,
    content: e.content,
  }));
}
