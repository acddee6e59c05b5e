// Reads the dictionaries under data/actors/ once. Curated YAML files are validated here; the
// converted Phoenix file is large and validated at build time (scripts/data-checks.ts) instead.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ambiguityFileSchema, entriesFileSchema, genericFileSchema, phoenixFileSchema, statesFileSchema } from './schema.js';
import type { Entry } from './schema.js';

const dataDir = new URL('../../data/actors/', import.meta.url);

export const curatedEntryFiles = ['leaders.yaml', 'institutions.yaml'] as const;

export interface ActorData {
  readonly states: z.output<typeof statesFileSchema>['states'];
  readonly curated: readonly Entry[];
  readonly phoenixStates: z.output<typeof phoenixFileSchema>['stateAliases'];
  readonly phoenix: readonly Entry[];
  readonly generic: z.output<typeof genericFileSchema>;
  readonly ambiguity: z.output<typeof ambiguityFileSchema>;
}

export function readDataFile(name: string): unknown {
  const text = readFileSync(new URL(name, dataDir), 'utf8');
  return name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

function parseFile<T extends z.ZodType>(name: string, schema: T): z.output<T> {
  const result = schema.safeParse(readDataFile(name));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`data/actors/${name}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

let cached: ActorData | null = null;

export function loadActorData(): ActorData {
  if (cached) return cached;
  const phoenix = parseFile('phoenix.json', phoenixFileSchema);
  cached = {
    states: parseFile('states.yaml', statesFileSchema).states,
    curated: curatedEntryFiles.flatMap((f) => parseFile(f, entriesFileSchema).entries),
    phoenixStates: phoenix.stateAliases,
    // Checked entry by entry at build time; trusted here to keep start-up fast.
    phoenix: phoenix.entries as Entry[],
    generic: parseFile('generic.yaml', genericFileSchema),
    ambiguity: parseFile('ambiguous.yaml', ambiguityFileSchema),
  };
  return cached;
}
