// Public surface of the time stage. (Placeholder until the time issue lands.)
import type { Stage } from '../core/index.js';

export function makeTimexFinder(): Stage {
  return { name: 'find-timexes', run: (doc) => doc };
}

export function makeTimexAnchorer(): Stage {
  return { name: 'anchor-timexes', run: (doc) => doc };
}

export function makeEventDater(): Stage {
  return { name: 'date-events', run: (doc) => doc };
}
