// Everything the events stage looks up, compiled once from data/events.
import { compilePhrases, compileTriggers } from './compile-triggers.js';
import { loadEventData } from './load-event-data.js';
import type { PhraseSet, TriggerIndex } from './compile-triggers.js';
import type { EventCues, EventPattern } from './event-data-schema.js';
import type { DiplomaticType, PloverType } from '../core/index.js';

export interface TypeInfo {
  readonly plover: PloverType;
  readonly cameo: string | null;
  readonly symmetric: boolean;
}

export interface EventLexicon {
  readonly triggers: TriggerIndex;
  readonly patterns: ReadonlyMap<string, EventPattern>;
  readonly types: ReadonlyMap<DiplomaticType, TypeInfo>;
  readonly plover: ReadonlyMap<PloverType, { cameo: string | null; family: 'cooperative' | 'hostile' }>;
  readonly cues: EventCues;
  readonly negation: PhraseSet;
  readonly refusal: PhraseSet;
  readonly intention: PhraseSet;
  readonly hypothetical: PhraseSet;
  readonly ongoing: PhraseSet;
  readonly speech: ReadonlySet<string>;
  readonly lightVerbs: ReadonlySet<string>;
  readonly deonticDemand: PhraseSet;
  readonly deonticCriticism: PhraseSet;
  readonly statePronouns: PhraseSet;
  readonly personPronouns: ReadonlySet<string>;
  readonly speakerPronouns: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly coordination: PhraseSet;
}

let cached: EventLexicon | null = null;

export function getEventLexicon(): EventLexicon {
  if (cached) return cached;
  const data = loadEventData();
  const { cues } = data;
  cached = {
    triggers: compileTriggers(data.patterns),
    patterns: new Map(data.patterns.map((p) => [p.id, p])),
    types: new Map(data.types.types.map((t) => [t.id, { plover: t.plover, cameo: t.cameo, symmetric: t.symmetric }])),
    plover: new Map(
      Object.entries(data.types.plover).map(([k, v]) => [k as PloverType, { cameo: v.cameo, family: v.family }]),
    ),
    cues,
    negation: compilePhrases(cues.negation),
    refusal: compilePhrases(cues.refusal),
    intention: compilePhrases(cues.intention),
    hypothetical: compilePhrases(cues.hypothetical),
    ongoing: compilePhrases(cues.ongoing),
    speech: new Set(cues.speech),
    lightVerbs: new Set(cues.lightVerbs),
    deonticDemand: compilePhrases(cues.deonticDemand),
    deonticCriticism: compilePhrases(cues.deonticCriticism),
    statePronouns: compilePhrases(cues.pronouns.state),
    personPronouns: new Set(cues.pronouns.person),
    speakerPronouns: new Set(cues.pronouns.speaker),
    prepositions: new Set(cues.prepositions),
    clauseBreaks: new Set(cues.clauseBreaks),
    groups: new Set(cues.groups),
    coordination: compilePhrases(cues.coordination),
  };
  return cached;
}
