// Typed loader for data/relations/rules.yaml: which events change which facet of a pair's state.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const facet = z.enum(['recognition', 'relations', 'mission', 'ambassador']);
const modality = z.enum(['actual', 'demanded', 'intended', 'hypothetical', 'ongoing']);

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: z.string(),
  polarity: z.enum(['asserted', 'negated']),
  modality: z.array(modality).min(1),
  evidence: z.string().optional(),
  needsLevel: z.boolean().optional(),
  /** Level to assume when `value` is `$level` and the report names none. */
  levelDefault: z.enum(['none', 'office', 'delegation', 'consulate', 'embassy']).optional(),
  facet,
  holder: z.enum(['source', 'target', 'both', 'mission']),
  fallback: z.enum(['source', 'target']).optional(),
  value: z.union([z.string(), z.boolean()]),
  effect: z.enum(['change', 'holds-until']),
  at: z.enum(['date', 'day-before']).optional(),
});

const presenceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  actorText: z.string(),
  facet: z.enum(['mission', 'ambassador']),
  value: z.string(),
});

export const relationRulesSchema = z.object({
  rules: z.array(ruleSchema).min(1),
  levels: z.record(z.string(), z.enum(['none', 'office', 'delegation', 'consulate', 'embassy'])),
  presence: z.array(presenceSchema),
  presenceExcept: z.array(z.string()),
  agreeing: z.partialRecord(facet, z.array(z.tuple([z.string(), z.string()]))),
});

export type RelationRulesFile = z.infer<typeof relationRulesSchema>;
export type RelationRule = z.infer<typeof ruleSchema> & { readonly pattern: RegExp | null };
export type PresenceRule = z.infer<typeof presenceSchema> & { readonly pattern: RegExp };

export interface RelationRules {
  readonly rules: readonly RelationRule[];
  /** Level phrases, longest first, with the contract level each maps to. */
  readonly levels: readonly (readonly [string, string])[];
  readonly presence: readonly PresenceRule[];
  readonly presenceExcept: ReadonlySet<string>;
  /** Event types some rule reads: the only ones (besides posts) that can change a state. */
  readonly types: readonly string[];
  /** Types with a rule whose claim can hold before the event's own date (observations). */
  readonly anyDateTypes: readonly string[];
  /** The rules of each event type, in file order. */
  readonly byType: ReadonlyMap<string, readonly RelationRule[]>;
  agree(facet: string, a: string, b: string): boolean;
}

export const relationRulesUrl = new URL('../../data/relations/rules.yaml', import.meta.url);

export function compileRelationRules(file: RelationRulesFile): RelationRules {
  const agreeing = new Set<string>();
  for (const [f, pairs] of Object.entries(file.agreeing)) {
    for (const [x, y] of pairs ?? []) agreeing.add(`${f}:${x}:${y}`).add(`${f}:${y}:${x}`);
  }
  const rules: RelationRule[] = file.rules.map((r) => ({ ...r, pattern: r.evidence ? new RegExp(r.evidence, 'i') : null }));
  const byType = new Map<string, RelationRule[]>();
  for (const r of rules) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  return {
    rules,
    byType,
    levels: Object.entries(file.levels).sort((x, y) => y[0].length - x[0].length),
    presence: file.presence.map((p) => ({ ...p, pattern: new RegExp(p.actorText, 'i') })),
    presenceExcept: new Set(file.presenceExcept),
    types: [...new Set(file.rules.map((r) => r.type))].sort(),
    anyDateTypes: [...new Set(file.rules.filter((r) => r.effect === 'holds-until').map((r) => r.type))].sort(),
    agree: (f, a, b) => a === b || agreeing.has(`${f}:${a}:${b}`),
  };
}

/** Problems in the rules file (for the build-time data check); empty when valid. */
export function checkRelationRules(text: string): string[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return [`rules.yaml is not YAML: ${error instanceof Error ? error.message : String(error)}`];
  }
  const parsed = relationRulesSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `rules.yaml ${i.path.join('.')}: ${i.message}`);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of [...parsed.data.rules, ...parsed.data.presence]) {
    if (ids.has(r.id)) problems.push(`duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  for (const r of parsed.data.rules) {
    if (r.holder === 'mission' && !r.fallback) problems.push(`rule ${r.id}: holder mission needs a fallback`);
    if (r.evidence) {
      try {
        new RegExp(r.evidence);
      } catch {
        problems.push(`rule ${r.id}: evidence is not a regular expression`);
      }
    }
  }
  return problems;
}

let cached: RelationRules | null = null;

/** The project's relation rules, read and compiled once. */
export function loadRelationRules(): RelationRules {
  if (!cached) cached = compileRelationRules(relationRulesSchema.parse(parse(readFileSync(relationRulesUrl, 'utf8'))));
  return cached;
}
