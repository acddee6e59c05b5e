import type { BoilerplateRule } from './load-boilerplate-rules.js';
import { makeLiteralScreen } from './literal-screen.js';
import type { LiteralScreen } from './literal-screen.js';

/** One pattern of one rule, in rule order, with what can rule it out before it runs. */
export interface LinePattern {
  readonly ruleId: string;
  readonly maxLength: number;
  readonly regex: RegExp;
  readonly caseSensitive: boolean;
  /** Ids of its required literals in the screen of its case, or null when it has none. */
  readonly literalIds: readonly number[] | null;
  /** Anchored at the line start and without literals: covered by the tier's combined regex. */
  readonly anchoredOnly: boolean;
}

/** The anchored patterns that can match lines of one range of lengths, as one regex per case. */
export interface AnchoredTier {
  /** For lines of at most this many UTF-16 units (and more than the previous tier's). */
  readonly upTo: number;
  readonly folded: RegExp | null;
  readonly exact: RegExp | null;
}

export interface BoilerplateMatcher {
  readonly patterns: readonly LinePattern[];
  /** Required literals of the case-insensitive patterns, looked for in the lower-cased line. */
  readonly foldedScreen: LiteralScreen;
  readonly foldedCount: number;
  /** The longest line a pattern with literals can match: longer lines skip the screens. */
  readonly screenReach: number;
  /** Required literals of the case-sensitive patterns, looked for in the line itself. */
  readonly exactScreen: LiteralScreen;
  readonly exactCount: number;
  readonly tiers: readonly AnchoredTier[];
  /** Some pattern has neither literals nor a combinable anchor: every line must try the patterns. */
  readonly unscreened: boolean;
}

// Lower-casing a whole text may give a final sigma where the line alone gives another: a
// pattern whose literals hold one always runs.
const SIGMA = /[σς]/;

/** The line rules as one matcher: a literal screen and combined anchored regexes in front of the patterns. */
export function compileBoilerplateMatcher(rules: readonly BoilerplateRule[]): BoilerplateMatcher {
  const folded: string[] = [];
  const exact: string[] = [];
  const idOf = (list: string[], literal: string): number => {
    const known = list.indexOf(literal);
    return known >= 0 ? known : list.push(literal) - 1;
  };
  const patterns: LinePattern[] = [];
  const anchored: { reach: number; source: string; caseSensitive: boolean }[] = [];
  let unscreened = false;
  let screenReach = 0;
  for (const rule of rules) {
    rule.patterns.forEach((regex, i) => {
      const required = rule.literals[i] ?? null;
      const literals = required?.some((l) => SIGMA.test(l)) ? null : required;
      const list = rule.caseSensitive ? exact : folded;
      const anchoredOnly = literals === null && (rule.anchored[i] ?? false) && combinable(regex.source);
      if (literals === null && !anchoredOnly) unscreened = true;
      if (literals !== null) screenReach = Math.max(screenReach, rule.maxLength);
      if (anchoredOnly) anchored.push({ reach: Math.min(rule.maxLength, lengthBound(regex.source)), source: regex.source, caseSensitive: rule.caseSensitive });
      patterns.push({
        ruleId: rule.id,
        maxLength: rule.maxLength,
        regex,
        caseSensitive: rule.caseSensitive,
        literalIds: literals === null ? null : literals.map((l) => idOf(list, l)),
        anchoredOnly,
      });
    });
  }
  const bounds = [...new Set(anchored.map((p) => p.reach))].sort((a, b) => a - b);
  const tiers = bounds.map((upTo) => {
    const live = anchored.filter((p) => p.reach >= upTo);
    const join = (caseSensitive: boolean, flags: string) => {
      const sources = live.filter((p) => p.caseSensitive === caseSensitive).map((p) => `(?:${p.source})`);
      return sources.length > 0 ? new RegExp(sources.join('|'), flags) : null;
    };
    return { upTo, folded: join(false, 'iu'), exact: join(true, 'u') };
  });
  return {
    patterns,
    foldedScreen: makeLiteralScreen(folded),
    foldedCount: folded.length,
    screenReach,
    exactScreen: makeLiteralScreen(exact),
    exactCount: exact.length,
    tiers,
    unscreened,
  };
}

// Joined as `(?:a)|(?:b)`, which matches where any of them does; group numbers shift, so a
// pattern with back-references (or named groups) cannot join.
function combinable(source: string): boolean {
  return !/\\[1-9]|\\k<|\(\?<[^=!]/.test(source.replace(/\\\\/g, ''));
}

/**
 * A pattern that opens with `^(?=.{1,N}$)` and has no other top-level alternative only matches
 * lines of at most N code points, so of at most 2N UTF-16 units.
 */
function lengthBound(source: string): number {
  const m = /^\^\(\?=\.\{\d+,(\d+)\}\$\)/.exec(source);
  if (!m || hasTopLevelBar(source)) return Infinity;
  return 2 * Number(m[1]);
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
