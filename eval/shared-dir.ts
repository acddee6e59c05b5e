import { resolve } from 'node:path';

/** The read-only evaluation data shared by every developer and CI run. */
export const sharedDir = resolve(process.env.CHANCERY_SHARED ?? '../shared');
