// Table types for the whole store. Each feature adds its tables here and a dated migration
// under ./migrations; repository functions take the Kysely instance first.
import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

// Feature tables are merged into Database by the features that own them.
export interface Database {
  chancery_meta: MetaTable;
}

export type { Generated };
