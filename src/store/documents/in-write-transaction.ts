import { sql } from 'kysely';
import type { Store } from '../open-store.js';

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction on one connection: the write lock is taken up front,
 * so a second ingest writing to the same file waits (busy_timeout) instead of failing when its
 * read snapshot goes stale, as a deferred transaction would. Rolled back if `fn` throws.
 */
export async function inWriteTransaction<T>(db: Store, fn: (trx: Store) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // The original error matters; a failed rollback (no transaction left) does not.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
