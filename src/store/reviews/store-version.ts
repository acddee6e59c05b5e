// A cheap token that changes whenever the store may have changed: this connection's write count
// plus SQLite's data_version (bumped by commits from other connections, such as a CLI ingest).
import { sql } from 'kysely';
import type { Store } from '../open-store.js';

export async function storeVersion(db: Store): Promise<string> {
  const { rows } = await sql<{ t: number }>`select total_changes() as t`.execute(db);
  const { rows: data } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `${rows[0]?.t ?? 0}:${data[0]?.data_version ?? 0}`;
}

/** Remembers answers until the store changes (a few dozen per store, oldest dropped first). */
export function makeVersionedCache<T>(size = 64): (db: Store, key: string, compute: () => Promise<T>) => Promise<T> {
  const perStore = new WeakMap<Store, Map<string, T>>();
  return async (db, key, compute) => {
    const full = `${await storeVersion(db)}|${key}`;
    let cache = perStore.get(db);
    if (!cache) perStore.set(db, (cache = new Map()));
    const hit = cache.get(full);
    if (hit !== undefined) return hit;
    const value = await compute();
    cache.set(full, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
