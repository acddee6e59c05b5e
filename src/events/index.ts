// Public surface of the events stage. (Placeholder until the events issue lands.)
import type { Stage } from '../core/index.js';

export function makeEventExtractor(): Stage {
  return { name: 'extract-events', run: (doc) => doc };
}

export function makeEventRefiner(): Stage {
  return { name: 'refine-events', run: (doc) => doc };
}
