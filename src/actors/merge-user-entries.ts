// Layers entries by id: a later layer replaces an earlier entry with the same id; user entries
// (priority 9) are merged instead, so a user may add an alias or a role to a shipped entry.
import type { Entry } from './schema.js';

export interface LayeredEntry {
  readonly entry: Entry;
  readonly priority: number;
}

export function mergeUserEntries(layers: readonly [readonly Entry[], number][], user: readonly Entry[]): LayeredEntry[] {
  const byId = new Map<string, LayeredEntry>();
  for (const [entries, priority] of layers) for (const entry of entries) byId.set(entry.id, { entry, priority });
  for (const u of user) {
    const prior = byId.get(u.id)?.entry;
    const entry: Entry = prior
      ? {
          ...prior,
          ...u,
          aliases: [...(prior.aliases ?? []), ...(u.aliases ?? [])],
          acronyms: [...(prior.acronyms ?? []), ...(u.acronyms ?? [])],
          demonyms: [...(prior.demonyms ?? []), ...(u.demonyms ?? [])],
          roles: [...(prior.roles ?? []), ...(u.roles ?? [])],
        }
      : u;
    byId.set(u.id, { entry, priority: 9 });
  }
  return [...byId.values()];
}
