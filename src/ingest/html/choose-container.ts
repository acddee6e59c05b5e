import type { Candidate, CollectedPage } from './page-model.js';
import { countMarks } from './page-model.js';

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

/** `marks`: how many marked elements enclose the candidate (see countMarks). */
export function scoreCandidate(c: Candidate, marks: number): number {
  const raw = proseTerm(c) - JUNK_WEIGHT * c.junk + SHORT_WEIGHT[c.positive] * c.short - MARKED_WEIGHT * c.marked;
  return raw * MARKED_DISCOUNT ** marks;
}

/**
 * Inside a marked element (comments, a cookie dialog, a caption) only a substantial body may be
 * chosen, and it must beat unmarked elements by a wide margin (MARKED_DISCOUNT per mark).
 */
const MARKED_MIN_PROSE = 400;
/** A best element that is one of this many headline cards means a listing page, not an article. */
const LISTING_TEASERS = 3;

/**
 * The element that holds the most prose net of boilerplate; null when the page has no article.
 * Candidates arrive in closing order (children before parents), so on a tie the innermost wins.
 */
export function chooseContainer(page: CollectedPage): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of page.candidates) {
    if (c.prose <= 0) continue;
    const marks = countMarks(page.marks, c.mark);
    if (marks > 0 && c.prose < MARKED_MIN_PROSE) continue;
    const s = scoreCandidate(c, marks);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  if (best && page.teasers >= LISTING_TEASERS) {
    const teaser = page.blocks[best.first]?.teaserDepth ?? -1;
    if (teaser >= 0 && teaser <= best.depth) return null;
  }
  return best;
}
