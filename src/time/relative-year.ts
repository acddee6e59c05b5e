// "this year", "last year", "that year", "the following year": a year from the publication
// date or from the narrative's current time.
import type { DateDerivation } from '../core/index.js';
import type { ResolveContext } from './rule-kit.js';
import { wordsKey } from './word-keys.js';

export interface RelativeYear {
  readonly y: number;
  readonly derivation: DateDerivation;
}

const publicationShift: Record<string, number> = { this: 0, current: 0, 'the current': 0, last: -1, 'the past': -1, next: 1, 'the coming': 1 };
const narrativeShift: Record<string, number> = {
  that: 0, 'that same': 0, 'the same': 0, 'the following': 1, 'the next': 1, 'the previous': -1, 'the preceding': -1, 'the prior': -1,
};

export function relativeYear(rel: string, ctx: ResolveContext): RelativeYear | null {
  const key = wordsKey(rel);
  const p = publicationShift[key];
  if (p !== undefined) return ctx.ref ? { y: ctx.ref.y + p, derivation: 'publication-relative' } : null;
  const n = narrativeShift[key];
  if (n !== undefined) {
    const anchor = ctx.story ?? ctx.narrative;
    if (anchor) return { y: anchor.start.y + n, derivation: 'narrative' };
    return ctx.ref ? { y: ctx.ref.y + n, derivation: 'publication-relative' } : null;
  }
  return null;
}

export const relativeYearWords = 'this|last|next|that same|that|the same|the following|the next|the previous|the preceding|the prior|the current|the coming|the past';
