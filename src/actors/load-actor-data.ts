// Reads the dictionaries under data/actors/ once. Curated YAML files are validated here; the
// converted Phoenix file is large and validated at build time (scripts/data-checks.ts) instead.
import { readFileSync, writeFileSync } from 'node:fs';
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

const yamlFiles = ['states.yaml', 'leaders.yaml', 'institutions.yaml', 'generic.yaml', 'ambiguous.yaml'];
const compiledFile = new URL('compiled.json', dataDir);

function fingerprint(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

// Parsing YAML costs far more than reading JSON, so the parsed curated files are kept in
// data/actors/compiled.json, keyed by a fingerprint of each source text (stale copies are ignored).
let compiled: Record<string, { fingerprint: string; data: unknown }> | null = null;

function compiledCache(): Record<string, { fingerprint: string; data: unknown }> {
  if (compiled) return compiled;
  try {
    compiled = JSON.parse(readFileSync(compiledFile, 'utf8')) as Record<string, { fingerprint: string; data: unknown }>;
  } catch {
    compiled = {};
  }
  return compiled;
}

export function readDataFile(name: string): unknown {
  const text = readFileSync(new URL(name, dataDir), 'utf8');
  if (name.endsWith('.json')) return JSON.parse(text);
  const key = fingerprint(text);
  const hit = compiledCache()[name];
  if (hit && hit.fingerprint === key) return hit.data;
  return parseYaml(text);
}

/** Writes data/actors/compiled.json from the YAML sources (run at build). */
export function cacheParsedYaml(): void {
  const out: Record<string, { fingerprint: string; data: unknown }> = {};
  for (const name of yamlFiles) {
    const text = readFileSync(new URL(name, dataDir), 'utf8');
    out[name] = { fingerprint: fingerprint(text), data: parseYaml(text) };
  }
  writeFileSync(compiledFile, JSON.stringify(out));
  compiled = out;
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
