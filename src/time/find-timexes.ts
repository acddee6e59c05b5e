// Time expressions of a raw text, found and anchored in one call (the TimeBank eval and the CLI use it).
import type { Span, Timex } from '../core/index.js';
import { findCandidates } from './find-candidates.js';
import { resolveCandidates } from './resolve-candidates.js';
import { timeLexicon } from './time-lexicon.js';
import { timeRules } from './time-rules.js';

export interface FindTimexOptions {
  readonly language?: string;
  /** Spans to leave out (boilerplate blocks). */
  readonly skip?: (span: Span) => boolean;
  /** Carry the narrative time between expressions (default true). */
  readonly narrative?: boolean;
}

/** Every time expression in `text`, valued against `published` (YYYY-MM-DD, or null when unknown). */
export function findTimexes(text: string, published: string | null, options: FindTimexOptions = {}): Timex[] {
  const language = options.language ?? 'en';
  const candidates = findCandidates(text, timeRules(language), options.skip);
  return resolveCandidates(text, candidates, published, timeLexicon(language), { narrative: options.narrative ?? true });
}
