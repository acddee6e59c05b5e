// Reads the --actors files a user passes; throws UserActorsError naming the file and the problem.
import { readFileSync } from 'node:fs';
import { baseDictionary } from './build-dictionary.js';
import { parseUserActors, UserActorsError } from './parse-user-actors.js';
import type { Entry } from './schema.js';

export { UserActorsError };

export function loadUserActors(files: readonly string[]): Entry[] {
  const out: Entry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UserActorsError(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const known = (id: string): boolean => baseDictionary().records.has(id);
    out.push(...parseUserActors(text, file, known));
  }
  return out;
}
