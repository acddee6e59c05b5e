// Small searches over a sentence's slots. Each is a function of its own so that callers looping
// over tokens pass the index in: a closure over a loop's index would make V8 allocate a fresh
// context on every turn of the loop.
import { afterPreposition } from './actor-slots.js';
import type { Slot } from './actor-slots.js';
import type { Token } from './tokenize.js';

/** Whether one of `slots` stands for the actor coded `code` (a list of one to three: no set needed). */
export function hasCode(slots: readonly Slot[], code: string): boolean {
  for (const s of slots) if (s.actor.code === code) return true;
  return false;
}

/** The slot covering token `k`. */
export function slotAt(slots: readonly Slot[], k: number): Slot | undefined {
  for (const s of slots) if (s.from <= k && s.to > k) return s;
  return undefined;
}

/** The first slot starting in tokens [lo, hi]. */
export function startingWithin(slots: readonly Slot[], lo: number, hi: number): Slot | undefined {
  for (const s of slots) if (s.from >= lo && s.from <= hi) return s;
  return undefined;
}

/** The first slot ending right before token `end`. */
export function endingAt(slots: readonly Slot[], end: number): Slot | undefined {
  for (const s of slots) if (s.to === end) return s;
  return undefined;
}

/** A name after token `k` that does not hang on a preposition. */
export function nameAfter(slots: readonly Slot[], tokens: readonly Token[], k: number): boolean {
  for (const s of slots) if (s.from > k && !afterPreposition(tokens, s.from)) return true;
  return false;
}

/** The name a relative pronoun at token `k` hangs on ("Israel which", "Chile, which"). */
export function relativeHead(slots: readonly Slot[], tokens: readonly Token[], k: number): Slot | undefined {
  for (const s of slots) if (s.to === k || (s.to === k - 1 && tokens[k - 1]!.norm === ',')) return s;
  return undefined;
}
