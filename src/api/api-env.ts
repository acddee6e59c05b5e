import type { OpenedStore } from '../store/index.js';

/** What every route can read from the context: the open store. */
export interface ApiEnv {
  Variables: { store: OpenedStore };
}
