import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { anchoredAtStart, requiredWordLiterals } from './required-literals.js';
import type { RequiredLiteral } from './required-literals.js';

const RulesSchema = z.object({
  rules: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z-]*$/),
        maxLength: z.number().int().positive().optional(),
        caseSensitive: z.boolean().optional(),
        patterns: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export interface BoilerplateRule {
  readonly id: string;
  readonly maxLength: number;
  readonly patterns: readonly RegExp[];
  readonly caseSensitive: boolean;
  /**
   * Per pattern: strings one of which the line (lower-cased unless the rule is case-sensitive)
   * must contain for the pattern to match, or null when the pattern has none.
   */
  readonly literals: readonly (readonly RequiredLiteral[] | null)[];
  /** Per pattern: every top-level alternative starts with `^`. */
  readonly anchored: readonly boolean[];
}

export const boilerplateRulesUrl = new URL('../../../data/ingest/boilerplate-lines.yaml', import.meta.url);

let rules: readonly BoilerplateRule[] | null = null;

/** The line rules for plain-text scrapes, compiled once. */
export function loadBoilerplateRules(): readonly BoilerplateRule[] {
  rules ??= RulesSchema.parse(parse(readFileSync(boilerplateRulesUrl, 'utf8'))).rules.map((r) => {
    const anchored = r.patterns.map(anchoredAtStart);
    // A pattern anchored at the start is tried at one position only: cheaper than any filter.
    const literals = r.patterns.map((p, i) =>
      anchored[i] ? null : (requiredWordLiterals(p)?.map((l) => ({ text: r.caseSensitive ? l.text : l.text.toLowerCase(), wordStart: l.wordStart })) ?? null),
    );
    return {
      id: r.id,
      maxLength: r.maxLength ?? Infinity,
      patterns: r.patterns.map((p) => new RegExp(p, r.caseSensitive ? 'u' : 'iu')),
      caseSensitive: r.caseSensitive ?? false,
      literals,
      anchored,
    };
  });
  return rules;
}

/** Problems in the boilerplate rules file, for the build-time data check. */
export function checkBoilerplateRules(): string[] {
  const parsed = RulesSchema.safeParse(parse(readFileSync(boilerplateRulesUrl, 'utf8')));
  if (!parsed.success) return [`boilerplate-lines.yaml: ${parsed.error.message}`];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const rule of parsed.data.rules) {
    if (ids.has(rule.id)) problems.push(`boilerplate-lines.yaml: duplicate rule id '${rule.id}'`);
    ids.add(rule.id);
    for (const p of rule.patterns) {
      try {
        new RegExp(p, 'iu');
      } catch (error) {
        problems.push(`boilerplate-lines.yaml: ${rule.id}: bad pattern ${p}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}
