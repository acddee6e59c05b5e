import type { BoilerplateRule } from './load-boilerplate-rules.js';
import { makeLiteralScreen } from './literal-screen.js';
import type { LiteralScreen, ScreenLiteral } from './literal-screen.js';
import { anchoredTiers } from './anchored-tiers.js';
import type { AnchoredPattern, AnchoredTier } from './anchored-tiers.js';

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
   * The anchored patterns, joined per range of line lengths (a long line is not tried against
   * the patterns of rules for short lines) and behind the prefixes the line must begin with.
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
  const literalList: ScreenLiteral[] = [];
  const idOf = (literal: ScreenLiteral): number => {
    const known = literalList.findIndex((l) => l.text === literal.text && l.wordStart === literal.wordStart);
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
      const required = anchoredOnly ? null : (rule.literals[i]?.map((l) => ({ text: l.text.toLowerCase(), wordStart: l.wordStart })) ?? null);
      const literals = required?.some((l) => SIGMA.test(l.text)) ? null : required;
      if (literals === null && !anchoredOnly) unscreened = true;
      if (literals !== null) screenReach = Math.max(screenReach, rule.maxLength);
      if (anchoredOnly) anchored.push({ maxLength: rule.maxLength, source: regex.source, caseSensitive: rule.caseSensitive });
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

// Group numbers shift when patterns are joined, so a pattern with back-references (or named
// groups) cannot join.
function combinable(source: string): boolean {
  return !/\\[1-9]|\\k<|\(\?<[^=!]/.test(source.replace(/\\\\/g, ''));
}
