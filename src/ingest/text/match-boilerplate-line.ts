import { loadBoilerplateRules } from './load-boilerplate-rules.js';
import { compileBoilerplateMatcher } from './compile-boilerplate-matcher.js';
import type { AnchoredTier, BoilerplateMatcher } from './compile-boilerplate-matcher.js';

// Under case-insensitive Unicode matching the long s folds to "s", which lower-casing does not do.
const LONG_S = '\u017f';

let matcher: BoilerplateMatcher | null = null;
// Scratch for one line at a time: which required literals the line holds.
let foldedFound = new Uint8Array(0);
let exactFound = new Uint8Array(0);

/**
 * The id of the first boilerplate rule a trimmed line matches, or null. A caller that has
 * lower-cased the whole text passes it with the line's offset in it (`lowerText` must hold
 * `line.toLowerCase()`, of the line's length, at `at`), so that lines are not lower-cased one by one.
 *
 * A pattern runs only when the line holds one of its required literals, or, for a pattern
 * anchored at the line start, when the combined anchored patterns match; most body lines are
 * settled by one pass of the literal screen.
 */
export function matchBoilerplateLine(line: string, lowerText?: string, at = 0): string | null {
  const m = (matcher ??= compile());
  // With a long s the literals of case-insensitive patterns do not hold: those patterns all run.
  const folding = line.indexOf(LONG_S) < 0;
  foldedFound.fill(0);
  exactFound.fill(0);
  const screened = line.length <= m.screenReach;
  let found = screened && m.exactScreen.mark(line, 0, line.length, exactFound);
  if (folding && screened) {
    const lowered = lowerText ?? line.toLowerCase();
    // Lower-casing may lengthen a line ("İ" gives two code units).
    const to = lowerText === undefined ? lowered.length : at + line.length;
    if (m.foldedScreen.mark(lowered, at, to, foldedFound)) found = true;
  }
  const anchored = mayMatchAnchored(m.tiers, line);
  if (!found && !anchored && folding && !m.unscreened) return null;
  for (const p of m.patterns) {
    if (line.length > p.maxLength) continue;
    if (p.caseSensitive || folding) {
      if (p.literalIds !== null ? !anyFound(p.literalIds, p.caseSensitive ? exactFound : foldedFound) : p.anchoredOnly && !anchored) continue;
    }
    if (p.regex.test(line)) return p.ruleId;
  }
  return null;
}

function compile(): BoilerplateMatcher {
  const m = compileBoilerplateMatcher(loadBoilerplateRules());
  foldedFound = new Uint8Array(m.foldedCount);
  exactFound = new Uint8Array(m.exactCount);
  return m;
}

function mayMatchAnchored(tiers: readonly AnchoredTier[], line: string): boolean {
  for (const tier of tiers) {
    if (line.length > tier.upTo) continue;
    return (tier.folded !== null && tier.folded.test(line)) || (tier.exact !== null && tier.exact.test(line));
  }
  return false;
}

function anyFound(ids: readonly number[], found: Uint8Array): boolean {
  for (const id of ids) if (found[id] === 1) return true;
  return false;
}
