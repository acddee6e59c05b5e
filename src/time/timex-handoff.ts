// What the finder read about a document's time expressions (each one's rule match and the
// tenses read around them), handed to the anchorer so that it does not match and read again.
// Kept beside the finder's timexes array, not in the Doc: the anchorer takes it off at once, so
// nothing outlives the document, and any other list of timexes is simply matched afresh.
import type { Timex } from '../core/index.js';
import type { Resolvable } from './resolve-candidates.js';
import type { TenseReader } from './tense-around.js';

export interface Handoff {
  readonly text: string;
  readonly language: string;
  /** `sources[i]` is the rule match `timexes[i]` came from. */
  readonly sources: readonly Resolvable[];
  readonly reader: TenseReader;
}

const handoffs = new WeakMap<readonly Timex[], Handoff>();

export function handOver(timexes: readonly Timex[], handoff: Handoff): void {
  handoffs.set(timexes, handoff);
}

/** The finder's handoff for exactly these timexes of this text, removed as it is taken. */
export function takeOver(timexes: readonly Timex[], text: string, language: string): Handoff | null {
  const handoff = handoffs.get(timexes);
  if (handoff === undefined) return null;
  handoffs.delete(timexes);
  return handoff.text === text && handoff.language === language && handoff.sources.length === timexes.length ? handoff : null;
}
