import { loadBoilerplateRules } from './load-boilerplate-rules.js';
import { compileBoilerplateMatcher } from './compile-boilerplate-matcher.js';
import type { BoilerplateMatcher } from './compile-boilerplate-matcher.js';
import { mayMatchAnchored } from './anchored-tiers.js';

// Under case-insensitive Unicode matching the long s folds to "s", which lower-casing does not do.
const LONG_S = '\u017f';

let matcher: BoilerplateMatcher | null = null;
// Scratch for one line at a time: which required literals the line holds.
let found = new Uint8Array(0);

/**
 * The id of the first boilerplate rule a trimmed line matches, or null. A caller that has
 * lower-cased the whole text passes it with the line's offset in it (`lowerText` must hold
 * `line.toLowerCase()`, of the line's length, at `at`), so that lines are not lower-cased one by one.
 *
 * A pattern runs only when the line holds one of its required literals, or, for a pattern
 * anchored at the line start, when the joined anchored patterns match; most body lines are
 * settled by one pass of the literal screen and a look at how they begin.
 */
export function matchBoilerplateLine(line: string, lowerText?: string, at = 0): string | null {
  const m = (matcher ??= compile());
  // With a long s the literals of case-insensitive patterns do not hold: every pattern runs.
  if (line.indexOf(LONG_S) >= 0) return firstMatch(m, line, null, true);
  found.fill(0);
  const lowered = lowerText ?? line.toLowerCase();
  // Lower-casing may lengthen a line ("İ" gives two code units).
  const to = lowerText === undefined ? lowered.length : at + line.length;
  const any = line.length <= m.screenReach && m.screen.mark(lowered, at, to, found);
  const anchored = mayMatchAnchored(m.tiers, line, lowered, at);
  if (!any && !anchored && !m.unscreened) return null;
  return firstMatch(m, line, found, anchored);
}

/** The rule of the first pattern that matches, trying only those the screens let through (all when `literals` is null). */
function firstMatch(m: BoilerplateMatcher, line: string, literals: Uint8Array | null, anchored: boolean): string | null {
  for (const p of m.patterns) {
    if (line.length > p.maxLength) continue;
    if (literals !== null && (p.literalIds !== null ? !anyFound(p.literalIds, literals) : p.anchoredOnly && !anchored)) continue;
    if (p.regex.test(line)) return p.ruleId;
  }
  return null;
}

function compile(): BoilerplateMatcher {
  const m = compileBoilerplateMatcher(loadBoilerplateRules());
  found = new Uint8Array(m.literalCount);
  return m;
}

function anyFound(ids: readonly number[], literals: Uint8Array): boolean {
  for (const id of ids) if (literals[id] === 1) return true;
  return false;
}
