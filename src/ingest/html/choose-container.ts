import type { Candidate } from './collect-blocks.js';

/** Weight of boilerplate against prose when comparing containers. */
const JUNK_WEIGHT = 1;
/** Extra weight of prose inside an element whose name says "article body" (level 2) or itemprop=articleBody (3). */
const POSITIVE_BOOST = [1, 1.05, 1.25, 1.5] as const;

/** Prose inside a comment section or a cookie dialog is still not the article. */
const MARKED_DISCOUNT = 0.3;

/**
 * Short unlinked lines (list items, table cells) weigh slightly against a generic element, but
 * for an element named as the article body they are likely its content (a list-only article).
 */
const SHORT_WEIGHT = [-0.3, -0.3, 0.5, 0.5] as const;

/** Marked boilerplate is dropped from the output anyway; it only tips the balance toward tighter wrappers. */
const MARKED_WEIGHT = 0.2;

/**
 * Once a page names its article body, prose around it is presumed to be teasers and blurbs:
 * an element wrapping a named body counts its other prose against itself. A named body holding
 * under this share of the prose is ignored (a stray class on a teaser).
 */
const DECLARED_MIN_SHARE = 0.25;
const UNDECLARED_WEIGHT = -0.3;

function proseTerm(c: Candidate): number {
  if (c.positive >= 2 || c.declared < c.prose * DECLARED_MIN_SHARE) return c.prose * POSITIVE_BOOST[c.positive];
  return c.declared * POSITIVE_BOOST[2] + (c.prose - c.declared) * UNDECLARED_WEIGHT;
}

export function scoreCandidate(c: Candidate): number {
  const raw = proseTerm(c) - JUNK_WEIGHT * c.junk + SHORT_WEIGHT[c.positive] * c.short - MARKED_WEIGHT * c.marked;
  return raw * MARKED_DISCOUNT ** c.junkCount;
}

/**
 * The element that holds the most prose net of boilerplate. Candidates arrive in closing order
 * (children before parents), so on a tie the innermost wrapper wins.
 */
export function chooseContainer(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    if (c.prose <= 0) continue;
    const s = scoreCandidate(c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
