// How event actors are compared with gold codes in the event evaluations.
import type { EventActor } from '../src/core/index.js';

/**
 * The plover-gsr gold codes every actor by its state (rebels, unions and officials as their
 * country) and organisations as IGO or NGO; our ORG:/PER: actors count as their state when known.
 */
export function ploverCode(a: EventActor): string {
  if (a.code.startsWith('IGO')) return 'IGO';
  if (a.code.includes(':')) return a.state ?? 'NGO';
  return a.code;
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
