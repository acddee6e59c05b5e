// Analysed Docs built from the seeds' gold events (read at run time from ../shared): feeding them
// to the store isolates the knowledge stage from the extractors, so its own share of the seeds
// queries can be measured apart from theirs.
import { makeDoc } from '../src/core/index.js';
import { stateName } from '../src/knowledge/index.js';
import type { DiplomaticType, Doc, Event, EventActor, Granularity, Modality, Polarity, PloverType } from '../src/core/index.js';

export interface GoldEvent {
  readonly type: string | null;
  readonly plover: string;
  readonly source: string | null;
  readonly target: string | null;
  readonly date: string | null;
  readonly granularity: string;
  readonly polarity: string;
  readonly modality: string;
  readonly evidence: string;
  readonly zone?: string;
}

/** Organisations the gold codes that stand for a state in its relations. */
const ORG_STATE: Readonly<Record<string, string>> = { 'ORG:PLO': 'PSE' };

function actorIn(text: string, evidenceStart: number, evidence: string, code: string | null): EventActor[] {
  if (!code) return [];
  const state = /^[A-Z]{3}$/.test(code) ? code : (ORG_STATE[code] ?? null);
  // The actor's written form, when the evidence names its state ("Mexican", "Israeli").
  const stem = state ? stateName(state).slice(0, 5).toLowerCase() : '';
  const at = stem ? evidence.toLowerCase().indexOf(stem) : -1;
  const word = at >= 0 ? (evidence.slice(at).match(/^[\p{L}]+/u)?.[0] ?? '') : '';
  const start = evidenceStart + Math.max(at, 0);
  return [{ start, end: start + word.length, text: text.slice(start, start + word.length), code, sector: null, name: null, state }];
}

export function goldDoc(id: string, text: string, published: string, events: readonly GoldEvent[]): Doc {
  const base = makeDoc({ id, text, meta: { published } });
  const kept = events.filter((e) => e.zone !== 'boilerplate' && text.includes(e.evidence));
  const sentences = kept.map((e) => {
    const start = text.indexOf(e.evidence);
    return { kind: 'sentence' as const, start, end: start + e.evidence.length, block: 0 };
  });
  const out: Event[] = kept.map((e, i) => {
    const { start, end } = sentences[i];
    return {
      kind: 'event',
      id: `g${i}`,
      type: e.type as DiplomaticType | null,
      plover: e.plover as PloverType,
      cameo: null,
      source: actorIn(text, start, e.evidence, e.source),
      target: actorIn(text, start, e.evidence, e.target),
      date: { value: e.date, granularity: e.granularity as Granularity, derivation: e.date ? 'explicit' : 'none', timex: null, announced: null },
      polarity: e.polarity as Polarity,
      modality: (e.modality === 'ongoing-state' ? 'ongoing' : e.modality) as Modality,
      evidence: { start, end, text: e.evidence },
      trigger: { start, end: start + 1 },
      sentence: i,
      pattern: 'gold',
      confidence: 1,
      content: null,
      level: null,
    };
  });
  return { ...base, sentences, events: out };
}
