// Everything the events stage looks up, compiled once from data/events.
import { compilePhrases, compileTriggers } from './compile-triggers.js';
import { loadEventData } from './load-event-data.js';
import { compileWordKinds, CLAUSE_BREAK, CRITICISM_START, DEMAND_START, GROUP, HYPOTHETICAL_START, INTENTION_START, LIGHT_VERB, NEGATION_START, ONGOING_START, PERSON_PRONOUN, OBJECT_WORD, PREPOSITION, RELATIVE_PRONOUN, RELATIVE_PRONOUNS, SPEAKER_PRONOUN, SPEECH, STATE_PRONOUN_START, TRIGGER } from './word-kinds.js';
import type { PhraseSet, TriggerIndex } from './compile-triggers.js';
import type { WordKinds } from './word-kinds.js';
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
  readonly prepositions: ReadonlySet<string>;
  readonly coordination: PhraseSet;
  /** Word -> bits of the lists above it is in (see word-kinds.ts). */
  readonly kinds: WordKinds;
  /** Ids of the patterns whose acts may target the actor's own state (internal affairs). */
  readonly internalPatterns: ReadonlySet<string>;
}

/** The same state named again as a place ("in Mexico City") is not a target; its people and groups are. */
const INTERNAL = new Set(['COERCE', 'ASSAULT', 'PROTEST', 'CONCEDE', 'MOBILIZE', 'REQUEST', 'REJECT', 'THREATEN']);

let cached: EventLexicon | null = null;

export function getEventLexicon(): EventLexicon {
  if (cached) return cached;
  const data = loadEventData();
  const { cues } = data;
  const types: ReadonlyMap<DiplomaticType, TypeInfo> = new Map(data.types.types.map((t) => [t.id, { plover: t.plover, cameo: t.cameo, symmetric: t.symmetric }]));
  const triggers = compileTriggers(data.patterns);
  const phrases = {
    negation: compilePhrases(cues.negation),
    intention: compilePhrases(cues.intention),
    hypothetical: compilePhrases(cues.hypothetical),
    ongoing: compilePhrases(cues.ongoing),
    deonticDemand: compilePhrases(cues.deonticDemand),
    deonticCriticism: compilePhrases(cues.deonticCriticism),
    statePronouns: compilePhrases(cues.pronouns.state),
  };
  const kinds = compileWordKinds(
    [
      [triggers.keys(), TRIGGER], [cues.groups, GROUP], [cues.prepositions, PREPOSITION], [cues.clauseBreaks, CLAUSE_BREAK],
      [cues.speech, SPEECH], [cues.lightVerbs, LIGHT_VERB], [cues.pronouns.person, PERSON_PRONOUN], [cues.pronouns.speaker, SPEAKER_PRONOUN],
      [RELATIVE_PRONOUNS, RELATIVE_PRONOUN], [[...triggers.values()].flat().flatMap((e) => [...e.objectWords]), OBJECT_WORD],
    ],
    [
      [phrases.statePronouns, STATE_PRONOUN_START], [phrases.negation, NEGATION_START], [phrases.ongoing, ONGOING_START],
      [phrases.intention, INTENTION_START], [phrases.hypothetical, HYPOTHETICAL_START], [phrases.deonticDemand, DEMAND_START],
      [phrases.deonticCriticism, CRITICISM_START],
    ],
  );
  // In internal affairs (curfews, arrests, protests, demands) the state's own places and organs are fair targets.
  const internalPatterns = new Set(
    data.patterns
      .filter((p) => INTERNAL.has(p.plover ?? (p.type ? types.get(p.type)?.plover ?? '' : '')) && (p.type === undefined || p.type === 'assault' || p.type === 'protest'))
      .map((p) => p.id),
  );
  cached = {
    triggers,
    patterns: new Map(data.patterns.map((p) => [p.id, p])),
    types,
    plover: new Map(
      Object.entries(data.types.plover).map(([k, v]) => [k as PloverType, { cameo: v.cameo, family: v.family }]),
    ),
    cues,
    negation: phrases.negation,
    refusal: compilePhrases(cues.refusal),
    intention: phrases.intention,
    hypothetical: phrases.hypothetical,
    ongoing: phrases.ongoing,
    speech: new Set(cues.speech),
    lightVerbs: new Set(cues.lightVerbs),
    deonticDemand: phrases.deonticDemand,
    deonticCriticism: phrases.deonticCriticism,
    statePronouns: phrases.statePronouns,
    prepositions: new Set(cues.prepositions),
    coordination: compilePhrases(cues.coordination),
    kinds,
    internalPatterns,
  };
  return cached;
}
