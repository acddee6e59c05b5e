// The `Event` of ../shared/CONTRACTS.md, plus the extra fields the contract allows.
import type { Event, EventActor } from '../../core/index.js';

function contractActor(a: EventActor): Record<string, unknown> {
  return { text: a.text, code: a.code, sector: a.sector, name: a.name, state: a.state, start: a.start, end: a.end };
}

export function contractEvent(e: Event): Record<string, unknown> {
  return {
    type: e.type,
    plover: e.plover,
    cameo: e.cameo,
    source: e.source.map(contractActor),
    target: e.target.map(contractActor),
    date: { value: e.date.value, granularity: e.date.granularity, derivation: e.date.derivation, announced: e.date.announced },
    polarity: e.polarity,
    modality: e.modality,
    evidence: e.evidence,
    confidence: e.confidence,
    id: e.id,
    trigger: e.trigger,
    sentence: e.sentence,
    pattern: e.pattern,
    content: e.content,
    level: e.level,
  };
}
