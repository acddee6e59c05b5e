import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

export type Store = Kysely<Database>;

export interface OpenedStore {
  readonly db: Store;
  /** The raw SQLite handle, for FTS5 and bulk paths Kysely does not cover. */
  readonly sqlite: SqliteDatabase.Database;
  close(): Promise<void>;
}

/** Opens (creating if needed) an embedded SQLite store in WAL mode and brings its schema up to date. */
export async function openStore(file = './chancery.db'): Promise<OpenedStore> {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`cannot migrate store ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { db, sqlite, close: () => db.destroy() };
}
