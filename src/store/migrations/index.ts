// Every migration, by dated name. Kysely runs them in name order, once each.
import type { Migration } from 'kysely';
import * as meta from './2026-11-22-0000-meta.js';

export const migrations: Record<string, Migration> = {
  '2026-11-22-0000-meta': meta,
};
