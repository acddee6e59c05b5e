// The migration that lets exact copies share a content hash keeps a store written before it whole:
// rows, their band keys and the full-text index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from '../database.js';
import { migrations } from '../migrations/index.js';
import { openStore } from '../open-store.js';
import { searchDocuments } from './index.js';

const COPIES = '2026-11-22-0800-documents-copies';

function row(id: string, hash: string, text: string) {
  return {
    id, url: null, title: `Title ${id}`, published: null, author: null, language: 'en', text, content_hash: hash,
    duplicate_of: null, similarity: null, source_path: null, ingested_at: '2026-11-22T00:00:00.000Z',
    provenance: '{}', blocks: '[]', minhash: null, raw_hash: null,
  };
}

test('a store from before exact copies keeps its rows, band keys and search index, and accepts a copy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-copies-migration-'));
  const file = join(dir, 'old.db');
  try {
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('foreign_keys = ON');
    const old = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < COPIES));
    const { error } = await new Migrator({ db: old, provider: { getMigrations: async () => earlier } }).migrateToLatest();
    assert.equal(error, undefined);
    await old.insertInto('documents').values(row('a', 'hash-a', 'Peru and Bolivia restored ambassadors')).execute();
    await old.insertInto('documents').values(row('b', 'hash-b', 'Ghana opened an embassy in Seoul')).execute();
    await old.insertInto('document_lsh').values([{ key: 7, document_id: 'a' }, { key: 9, document_id: 'b' }]).execute();
    await assert.rejects(old.insertInto('documents').values(row('c', 'hash-a', 'copy')).execute(), /UNIQUE/);
    await old.destroy();

    const store = await openStore(file);
    try {
      const docs = await store.db.selectFrom('documents').select(['id', 'content_hash']).orderBy('id').execute();
      assert.deepEqual(docs, [{ id: 'a', content_hash: 'hash-a' }, { id: 'b', content_hash: 'hash-b' }]);
      const keys = await store.db.selectFrom('document_lsh').selectAll().orderBy('key').execute();
      assert.deepEqual(keys, [{ key: 7, document_id: 'a' }, { key: 9, document_id: 'b' }]);
      assert.deepEqual((await searchDocuments(store.db, 'ambassadors')).map((h) => h.id), ['a']);
      await store.db.insertInto('documents').values({ ...row('c', 'hash-a', 'Peru and Bolivia restored ambassadors'), duplicate_of: 'a' }).execute();
      assert.equal((await searchDocuments(store.db, 'ambassadors', { includeDuplicates: true })).length, 2);
      await assert.rejects(store.db.insertInto('documents').values({ ...row('d', 'hash-d', 'x'), duplicate_of: 'missing' }).execute(), /FOREIGN KEY/);
      assert.equal(store.sqlite.pragma('foreign_keys', { simple: true }), 1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
