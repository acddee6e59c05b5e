// Test helper: a segmented Doc with mentions given inline as [surface, code, options] pairs,
// so the events stage can be tested without the actors stage.
import { makeCtx, makeDoc } from '../core/index.js';
import { makeTextSegmenter } from '../ingest/index.js';
import type { ActorType, Doc, Mention } from '../core/index.js';

export interface TestMention {
  readonly surface: string;
  readonly code: string;
  readonly type?: ActorType;
  readonly state?: string;
  readonly sector?: string;
  /** Which occurrence of the surface (0-based), for repeated names. */
  readonly nth?: number;
  /** How the actors stage found it ("demonym" for "Albanians"); "name" by default. */
  readonly via?: Mention['via'];
}

export type MentionSpec = readonly [string, string] | TestMention;

export function buildTestDoc(text: string, specs: readonly MentionSpec[], published: string | null = '2024-06-01'): Doc {
  const doc = makeTextSegmenter().run(makeDoc({ id: 'test', text, meta: { published } }), makeCtx(published));
  const mentions: Mention[] = specs.map((raw) => {
    const spec: TestMention = Array.isArray(raw) ? { surface: raw[0], code: raw[1] } : (raw as TestMention);
    let at = -1;
    for (let n = 0; n <= (spec.nth ?? 0); n++) at = text.indexOf(spec.surface, at + 1);
    if (at < 0) throw new Error(`buildTestDoc: "${spec.surface}" is not in the text`);
    const type: ActorType = spec.type ?? (spec.code.startsWith('IGO') ? 'igo' : spec.code.startsWith('ORG:') ? 'org' : spec.code.startsWith('PER:') ? 'person' : 'state');
    const state = spec.state ?? (type === 'state' ? spec.code : null);
    return {
      kind: 'mention', start: at, end: at + spec.surface.length, text: spec.surface, code: spec.code,
      state, sector: spec.sector ?? null, name: spec.surface, entity: spec.code, actorType: type,
      via: spec.via ?? 'name', role: null, rule: 'test', confidence: 1,
    };
  });
  return { ...doc, mentions: mentions.sort((a, b) => a.start - b.start) };
}
