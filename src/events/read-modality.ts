// Polarity and modality from the words around a trigger: negation ("has no relations", "did not
// commit"), intention ("will", "plans to"), conditionals and questions, present states.
import { matchPhraseAt } from './compile-triggers.js';
import { normsOf } from './tokenize.js';
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

function anyIn(set: PhraseSet, norms: readonly string[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (matchPhraseAt(set, norms, k) > 0) return true;
  return false;
}

export function readModality(tokens: readonly Token[], hit: TriggerHit, lex: EventLexicon, sentenceEndsWithQuestion: boolean): ModalReading {
  const norms = normsOf(tokens);
  let left = 0;
  for (let k = hit.from - 1; k >= 0; k--) if (lex.clauseBreaks.has(norms[k]!)) { left = k + 1; break; }
  const near = Math.max(left, hit.from - 6);
  const cueEnd = hit.cue !== null && hit.cue > hit.to ? hit.cue : hit.to;
  const cues: string[] = [];
  let polarity: Polarity = 'asserted';
  let modality: Modality = 'actual';
  if (anyIn(lex.negation, norms, near, hit.from) || anyIn(lex.negation, norms, hit.to, cueEnd)) {
    polarity = 'negated';
    cues.push('neg');
  }
  if (hit.entry.pattern.state || anyIn(lex.ongoing, norms, near, hit.from)) {
    modality = 'ongoing';
  }
  if (anyIn(lex.intention, norms, Math.max(left, hit.from - 4), hit.from) || hit.entry.pattern.control === 'intend') {
    modality = 'intended';
    cues.push('intent');
  }
  if (anyIn(lex.hypothetical, norms, left, hit.from) || sentenceEndsWithQuestion) {
    modality = 'hypothetical';
    cues.push('hypo');
  }
  return { polarity, modality, cues };
}
