// Factory for an analysed Doc with hand-written events (tests and demos of the store path).
import { makeDoc } from '../core/index.js';
import type { DiplomaticType, Doc, Event, EventActor, Granularity, Modality, Polarity } from '../core/index.js';

export interface EventSketch {
  readonly type: DiplomaticType;
  /** Text of the sentence holding the event; it must occur in the document text. */
  readonly sentence: string;
  /** `code` or `code@state`, each written in the sentence as its code unless `names` says otherwise. */
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date?: string | null;
  readonly granularity?: Granularity;
  readonly polarity?: Polarity;
  readonly modality?: Modality;
  readonly level?: string | null;
  /** How each code is written in the sentence: `{MEX: 'Mexico'}`. */
  readonly names?: Readonly<Record<string, string>>;
}

function actorIn(text: string, from: number, spec: string, names: Readonly<Record<string, string>>): EventActor {
  const [code, state] = spec.split('@');
  const written = names[code] ?? code;
  const at = text.indexOf(written, from);
  const start = at >= 0 ? at : from;
  return { start, end: start + written.length, text: written, code, sector: null, name: null, state: state ?? (/^[A-Z]{3}$/.test(code) ? code : null) };
}

export function makeAnalysedDoc(id: string, text: string, published: string | null, sketches: readonly EventSketch[]): Doc {
  const base = makeDoc({ id, text, meta: { published } });
  const sentences = sketches.map((s) => {
    const start = text.indexOf(s.sentence);
    if (start < 0) throw new Error(`sentence not in document text: ${s.sentence}`);
    return { kind: 'sentence' as const, start, end: start + s.sentence.length, block: 0 };
  });
  const events: Event[] = sketches.map((s, i) => {
    const { start, end } = sentences[i];
    const names = s.names ?? {};
    return {
      kind: 'event',
      id: `e${i}`,
      type: s.type,
      plover: 'SUPPORT',
      cameo: null,
      source: s.source.map((c) => actorIn(text, start, c, names)),
      target: s.target.map((c) => actorIn(text, start, c, names)),
      date: { value: s.date ?? null, granularity: s.granularity ?? (s.date ? 'day' : 'unknown'), derivation: s.date ? 'explicit' : 'none', timex: null, announced: null },
      polarity: s.polarity ?? 'asserted',
      modality: s.modality ?? 'actual',
      evidence: { start, end, text: s.sentence },
      trigger: { start, end: start + 1 },
      sentence: i,
      pattern: 'fixture',
      confidence: 0.9,
      content: null,
      level: s.level ?? null,
    };
  });
  return { ...base, sentences, events };
}
