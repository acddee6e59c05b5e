// The shapes of data/events/*.yaml, checked at build time and on first load.
import { z } from 'zod';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const DIPLOMATIC_TYPES = [
  'recognize', 'establish_relations', 'restore_relations', 'upgrade_mission',
  'downgrade_relations', 'suspend_relations', 'sever_relations', 'recall_ambassador',
  'expel_diplomat', 'open_embassy', 'close_embassy', 'move_embassy',
  'request_extradition', 'refuse_extradition', 'extradite', 'grant_asylum',
  'sign_agreement', 'vote', 'procure', 'condemn', 'demand', 'protest', 'assault',
  'meet', 'statement',
] as const;

const plover = z.enum(PLOVER_TYPES);
const diplomatic = z.enum(DIPLOMATIC_TYPES);
const cameo = z.string().regex(/^\d{2,4}$/).nullable();

export const eventTypesSchema = z.object({
  plover: z.record(plover, z.object({ cameo, family: z.enum(['cooperative', 'hostile']) })),
  types: z.array(
    z.object({ id: diplomatic, plover, cameo, symmetric: z.boolean(), definition: z.string().min(10) }),
  ),
});

const objectCue = z.object({
  words: z.array(z.string().min(1)).default([]),
  mention: z.boolean().default(false),
  window: z.number().int().min(1).max(12).default(4),
  side: z.enum(['after', 'before', 'either']).default('after'),
});

export const patternSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9.-]+$/),
    type: diplomatic.optional(),
    plover: plover.optional(),
    cameo: z.string().regex(/^\d{2,4}$/).optional(),
    verbs: z.array(z.string().min(1)).default([]),
    nouns: z.array(z.string().min(1)).default([]),
    words: z.array(z.string().min(1)).default([]),
    object: objectCue.optional(),
    control: z.enum(['refuse', 'demand', 'intend', 'agree', 'threaten']).optional(),
    inherit: z.boolean().default(false),
    /** The word itself says the act was not done ("the holdouts"): the reading is negated (a negation cue flips it back). */
    negates: z.boolean().default(false),
    /** A reciprocal act ("visits were exchanged"): parties the clause leaves unnamed are those of the antecedent relation. */
    partiesFromDiscourse: z.boolean().default(false),
    /** A joint act (talks, cooperation): the party it is done with is a co-actor, not a target. */
    joint: z.boolean().default(false),
    alone: z.boolean().default(true),
    notAfter: z.array(z.string()).default([]),
    /** Objects right after the trigger (a determiner may come between) that make it another act ("hand over power"). */
    notBefore: z.array(z.string()).default([]),
    state: z.boolean().default(false),
    onlyNegated: z.boolean().default(false),
    whenNegated: z
      .object({ type: diplomatic, polarity: z.enum(['asserted', 'negated']), modality: z.enum(['actual', 'ongoing']) })
      .optional(),
    demandAs: diplomatic.optional(),
    targetSkip: z.array(z.enum(['igo', 'org', 'person', 'state'])).default([]),
    targetWindow: z.number().int().min(2).max(40).default(14),
    confidence: z.number().min(0).max(1).default(0.7),
    priority: z.number().int().default(0),
  })
  .refine((p) => p.type !== undefined || p.plover !== undefined, { message: 'a pattern needs a type or a plover type' })
  .refine((p) => p.verbs.length + p.nouns.length + p.words.length > 0, { message: 'a pattern needs trigger words' });

export const patternsFileSchema = z.object({ patterns: z.array(patternSchema).min(1) });

export const cuesSchema = z.object({
  negation: z.array(z.string()),
  refusal: z.array(z.string()),
  intention: z.array(z.string()),
  hypothetical: z.array(z.string()),
  ongoing: z.array(z.string()),
  prepositions: z.array(z.string()),
  clauseBreaks: z.array(z.string()),
  speech: z.array(z.string()),
  lightVerbs: z.array(z.string()),
  deonticDemand: z.array(z.string()),
  deonticCriticism: z.array(z.string()),
  pronouns: z.object({ state: z.array(z.string()), person: z.array(z.string()), speaker: z.array(z.string()) }),
  groups: z.array(z.string()),
  refusalOf: z.partialRecord(diplomatic, diplomatic),
  coordination: z.array(z.string()),
});

export type EventTypesData = z.infer<typeof eventTypesSchema>;
export type EventPattern = z.infer<typeof patternSchema>;
export type EventCues = z.infer<typeof cuesSchema>;
