// Public surface of the actors stage. (Placeholder until the actors issue lands.)
import type { Stage } from '../core/index.js';

export interface ActorStageOptions {
  /** Extra user dictionary files (YAML/JSON), already read by the caller. */
  readonly userEntries?: readonly unknown[];
}

export function makeMentionFinder(_options: ActorStageOptions = {}): Stage {
  return { name: 'find-mentions', run: (doc) => doc };
}

export function makeMentionResolver(): Stage {
  return { name: 'resolve-mentions', run: (doc) => doc };
}
