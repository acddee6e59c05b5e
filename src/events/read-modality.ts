// Polarity and modality from the words around a trigger: negation ("has no relations", "did not
// commit"), intention ("will", "plans to"), conditionals and questions, present states.
import { matchPhraseAt } from './compile-triggers.js';
import { normsOf } from './tokenize.js';
import { clauseStart } from './clause-bounds.js';
import { HYPOTHETICAL_START, INTENTION_START, NEGATION_START, ONGOING_START } from './word-kinds.js';
import type { PhraseSet } from './compile-triggers.js';
import type { EventLexicon } from './event-lexicon.js';
import type { TriggerHit } from './find-triggers.js';
import type { Token } from './tokenize.js';
import type { Modality, Polarity } from '../core/index.js';

export interface ModalReading {
  readonly polarity: Polarity;
  readonly modality: Modality;
  /** Rule ids of the cues that decided it, for the event's pattern id. */
  readonly cues: readonly string[];
}

/** Whether a phrase of `set` starts at a token in [from, to); `start` is the bit its first words carry. */
function anyIn(set: PhraseSet, start: number, tokens: readonly Token[], norms: readonly string[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if ((tokens[k]!.kinds & start) !== 0 && matchPhraseAt(set, norms, k) > 0) return true;
  return false;
}

const NO_CUES: readonly string[] = [];

export function readModality(tokens: readonly Token[], hit: TriggerHit, lex: EventLexicon, sentenceEndsWithQuestion: boolean): ModalReading {
  const norms = normsOf(tokens);
  const left = clauseStart(tokens, hit.from);
  const near = Math.max(left, hit.from - 6);
  const cueEnd = hit.cue !== null && hit.cue > hit.to ? hit.cue : hit.to;
  // Most acts are read as plain assertions: no list unless a cue decided something.
  let cues: string[] | null = null;
  let polarity: Polarity = 'asserted';
  let modality: Modality = 'actual';
  if (anyIn(lex.negation, NEGATION_START, tokens, norms, near, hit.from) || anyIn(lex.negation, NEGATION_START, tokens, norms, hit.to, cueEnd)) {
    polarity = 'negated';
    (cues ??= []).push('neg');
  }
  // "the holdouts" deny the act by themselves; "no longer a holdout" asserts it.
  if (hit.entry.pattern.negates) polarity = polarity === 'negated' ? 'asserted' : 'negated';
  if (hit.entry.pattern.state || anyIn(lex.ongoing, ONGOING_START, tokens, norms, near, hit.from)) {
    modality = 'ongoing';
  }
  if (anyIn(lex.intention, INTENTION_START, tokens, norms, Math.max(left, hit.from - 4), hit.from) || hit.entry.pattern.control === 'intend') {
    modality = 'intended';
    (cues ??= []).push('intent');
  }
  if (anyIn(lex.hypothetical, HYPOTHETICAL_START, tokens, norms, left, hit.from) || sentenceEndsWithQuestion) {
    modality = 'hypothetical';
    (cues ??= []).push('hypo');
  }
  return { polarity, modality, cues: cues ?? NO_CUES };
}
