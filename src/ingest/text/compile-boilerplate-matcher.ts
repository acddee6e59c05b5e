import type { BoilerplateRule } from './load-boilerplate-rules.js';
import { makeLiteralScreen } from './literal-screen.js';
import type { LiteralScreen } from './literal-screen.js';

/** One pattern of one rule, in rule order, with what can rule it out before it runs. */
export interface LinePattern {
  readonly ruleId: string;
  readonly maxLength: number;
  readonly regex: RegExp;
  readonly caseSensitive: boolean;
  /** Ids of its required literals (lower-cased) in the screen, or null when it has none. */
  readonly literalIds: readonly number[] | null;
  /** Anchored at the line start and without literals: covered by the combined anchored regexes. */
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
  /**
   * Required literals of all patterns, lower-cased, looked for in the lower-cased line. For a
   * case-sensitive pattern this lets through some lines that lack the literal, which its regex
   * then rejects: one pass over the line instead of two.
   */
  readonly screen: LiteralScreen;
  readonly literalCount: number;
  /** The longest line a pattern with literals can match: longer lines skip the screen. */
  readonly screenReach: number;
  /**
   * The anchored patterns without literals, joined per range of line lengths: a long line is not
   * tried against the patterns of rules for short lines, some of which scan far before failing.
   */
  readonly tiers: readonly AnchoredTier[];
  /** Some pattern has neither literals nor a combinable anchor: every line must try the patterns. */
  readonly unscreened: boolean;
}

// Lower-casing a whole text may give a final sigma where the line alone gives another: a
// pattern whose literals hold one always runs.
const SIGMA = /[σς]/;

/** The line rules as one matcher: a literal screen and combined anchored regexes in front of the patterns. */
export function compileBoilerplateMatcher(rules: readonly BoilerplateRule[]): BoilerplateMatcher {
  const literalList: string[] = [];
  const idOf = (literal: string): number => {
    const known = literalList.indexOf(literal);
    return known >= 0 ? known : literalList.push(literal) - 1;
  };
  const patterns: LinePattern[] = [];
  const anchored: AnchoredPattern[] = [];
  let unscreened = false;
  let screenReach = 0;
  for (const rule of rules) {
    rule.patterns.forEach((regex, i) => {
      // An anchored pattern is tried at one position only: it joins the combined anchored regex
      // rather than add its literals to the screen.
      const anchoredOnly = (rule.anchored[i] ?? false) && combinable(regex.source);
      const required = anchoredOnly ? null : (rule.literals[i]?.map((l) => l.toLowerCase()) ?? null);
      const literals = required?.some((l) => SIGMA.test(l)) ? null : required;
      if (literals === null && !anchoredOnly) unscreened = true;
      if (literals !== null) screenReach = Math.max(screenReach, rule.maxLength);
      if (anchoredOnly) anchored.push({ reach: Math.min(rule.maxLength, lengthBound(regex.source)), source: regex.source, caseSensitive: rule.caseSensitive });
      patterns.push({
        ruleId: rule.id,
        maxLength: rule.maxLength,
        regex,
        caseSensitive: rule.caseSensitive,
        literalIds: literals === null ? null : literals.map(idOf),
        anchoredOnly,
      });
    });
  }
  return {
    patterns,
    screen: makeLiteralScreen(literalList),
    literalCount: literalList.length,
    screenReach,
    tiers: anchoredTiers(anchored),
    unscreened,
  };
}

interface AnchoredPattern {
  /** The longest line the pattern can match. */
  readonly reach: number;
  readonly source: string;
  readonly caseSensitive: boolean;
}

// Each tier's bound at least doubles the previous one: a few regexes to compile, each long line
// spared the patterns of much shorter rules.
const TIER_GROWTH = 2;

function anchoredTiers(patterns: readonly AnchoredPattern[]): AnchoredTier[] {
  const reaches = [...new Set(patterns.map((p) => p.reach))].sort((a, b) => a - b);
  const bounds: number[] = [];
  for (const reach of reaches) if (bounds.length === 0 || reach >= TIER_GROWTH * bounds[bounds.length - 1]! || reach === Infinity) bounds.push(reach);
  // A tier holds every pattern that can match some line in its range, so a line's tier holds all
  // that can match the line (and maybe a few that cannot, which the line then fails).
  return bounds.map((upTo, i) => {
    const above = i === 0 ? 0 : bounds[i - 1]!;
    const live = patterns.filter((p) => p.reach > above);
    // Joined as `(?:a)|(?:b)`, which matches where any of them does.
    const join = (caseSensitive: boolean, flags: string) => {
      const sources = live.filter((p) => p.caseSensitive === caseSensitive).map((p) => `(?:${p.source})`);
      return sources.length > 0 ? new RegExp(sources.join('|'), flags) : null;
    };
    return { upTo, folded: join(false, 'iu'), exact: join(true, 'u') };
  });
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

// Group numbers shift when patterns are joined, so a pattern with back-references (or named
// groups) cannot join.
function combinable(source: string): boolean {
  return !/\\[1-9]|\\k<|\(\?<[^=!]/.test(source.replace(/\\\\/g, ''));
}
