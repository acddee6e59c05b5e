// Reported speech about another party: "X said Y would ..." is a statement by X about Y;
// "X said Y must ..." a demand; "X stated: 'Y cannot ...'" a criticism (condemn).
import { afterPreposition } from './actor-slots.js';
import { normsOf } from './tokenize.js';
import { coordinated } from './coordinated.js';
import { matchPhraseAt } from './compile-triggers.js';
import { clauseStart } from './clause-bounds.js';
import { CRITICISM_START, DEMAND_START, SPEECH } from './word-kinds.js';
import type { EventLexicon } from './event-lexicon.js';
import type { Slot } from './actor-slots.js';
import type { Token } from './tokenize.js';
import type { Event } from '../core/index.js';

type SpeechEvent = Omit<Event, 'id' | 'sentence' | 'evidence' | 'date'>;

const OPEN_QUOTE = new Set(['“', '"']);
const FUTURE = new Set(['will', 'would', "'ll", 'shall']);

function speakerBefore(slots: readonly Slot[], tokens: readonly Token[], i: number): Slot | null {
  const left = clauseStart(tokens, i);
  for (let k = slots.length - 1; k >= 0; k--) {
    const s = slots[k]!;
    if (s.from >= left && s.to <= i && !afterPreposition(tokens, s.from)) return s;
  }
  return null;
}

function speechEvent(
  type: 'statement' | 'demand' | 'condemn', plover: Event['plover'], cameo: string, about: Slot, modality: Event['modality'],
  speaker: Slot, slots: readonly Slot[], tokens: readonly Token[], i: number,
): SpeechEvent {
  return {
    kind: 'event', type, plover, cameo,
    source: [speaker.actor],
    target: coordinated(about, slots, tokens, 1, undefined, true).filter((s) => s.actor.code !== speaker.actor.code).map((s) => s.actor),
    polarity: 'asserted', modality,
    trigger: { start: tokens[i]!.start, end: tokens[i]!.end },
    pattern: `speech.${type}`, confidence: 0.5, content: null, level: null,
  };
}

/** The first slot within ten tokens after `i` that is not the speaker (no closure over the caller's loop index). */
function firstOtherAfter(slots: readonly Slot[], i: number, speaker: string): Slot | undefined {
  for (const s of slots) if (s.from > i && s.from <= i + 10 && s.actor.code !== speaker) return s;
  return undefined;
}

const NO_SPEECH: readonly SpeechEvent[] = [];

export function findReportedSpeech(tokens: readonly Token[], slots: readonly Slot[], text: string, lex: EventLexicon): readonly SpeechEvent[] {
  const norms = normsOf(tokens);
  // Most sentences report no speech: the list is made only when there is something to put in it.
  let out: SpeechEvent[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i]!.kinds & SPEECH) === 0 && !(norms[i] === ':' && OPEN_QUOTE.has(norms[i + 1] ?? ''))) continue;
    const speaker = speakerBefore(slots, tokens, i);
    if (!speaker) continue;
    const about = firstOtherAfter(slots, i, speaker.actor.code);
    if (!about) continue;
    let criticism = false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
      if ((tokens[k]!.kinds & CRITICISM_START) !== 0 && matchPhraseAt(lex.deonticCriticism, norms, k) > 0) { criticism = true; break; }
    }
    if (criticism) {
      (out ??= []).push(speechEvent('condemn', 'ACCUSE', '111', about, 'actual', speaker, slots, tokens, i));
      continue;
    }
    const next = coordinated(about, slots, tokens, 1, undefined, true).at(-1)!.to;
    if (((tokens[next]?.kinds ?? 0) & DEMAND_START) !== 0 && matchPhraseAt(lex.deonticDemand, norms, next) > 0) (out ??= []).push(speechEvent('demand', 'REQUEST', '100', about, 'actual', speaker, slots, tokens, i));
    else if (FUTURE.has(norms[next] ?? '') && about.via !== 'pronoun') (out ??= []).push(speechEvent('statement', 'SUPPORT', '010', about, 'intended', speaker, slots, tokens, i));
  }
  void text;
  return out ?? NO_SPEECH;
}
