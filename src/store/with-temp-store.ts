// For tests: a store in a fresh temporary directory, closed and removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store.js';
import type { OpenedStore } from './open-store.js';

export async function withTempStore(fn: (store: OpenedStore, dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-store-'));
  const store = await openStore(join(dir, 'store.db'));
  try {
    await fn(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
