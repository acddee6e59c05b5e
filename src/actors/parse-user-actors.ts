// Reads a user dictionary (--actors FILE): YAML or JSON, `{entries: [...]}` or a bare list, each
// entry in the shipped format (docs/actors.md). Errors name the file, the entry and the problem.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { entrySchema } from './schema.js';
import type { Entry } from './schema.js';
import { isHolderCode, isStateCode } from './valid-codes.js';

export const userEntrySchema = entrySchema.partial({ type: true, name: true });
const userFileSchema = z.object({ entries: z.array(userEntrySchema) });

export class UserActorsError extends Error {}

/** Parses the text of a user dictionary; `known` tells which ids already exist (to allow partial overrides). */
export function parseUserActors(text: string, file: string, known: (id: string) => boolean): Entry[] {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UserActorsError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // A bare list is accepted as the entries themselves.
  const result = userFileSchema.safeParse(Array.isArray(raw) ? { entries: raw } : raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'top level';
    throw new UserActorsError(`${file}: ${where}: ${issue?.message ?? 'invalid'} (expected {entries: [{id, type, name, ...}]})`);
  }
  const list = result.data.entries;
  return list.map((e, i) => {
    if ((e.type === undefined || e.name === undefined) && !known(e.id)) {
      throw new UserActorsError(`${file}: entries.${i}: "${e.id}" is not a shipped entry, so it needs a type and a name`);
    }
    if (e.state && !isStateCode(e.state)) throw new UserActorsError(`${file}: entries.${i}.state: ${e.state} is not an ISO 3166-1 alpha-3 code`);
    (e.roles ?? []).forEach((r, j) => {
      if (!isHolderCode(r.holder)) throw new UserActorsError(`${file}: entries.${i}.roles.${j}: holder ${r.holder} is not a state code (ISO3), IGO:NAME or ORG:NAME`);
    });
    return e as Entry;
  });
}
