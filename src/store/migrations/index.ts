// Every migration, by dated name. Kysely runs them in name order, once each.
import type { Migration } from 'kysely';
import * as meta from './2026-11-22-0000-meta.js';
import * as events from './2026-11-22-0600-events.js';
import * as documents from './2026-11-22-0610-documents.js';
import * as eventDyadsPosted from './2026-11-22-0700-event-dyads-posted.js';
import * as reviews from './2026-11-22-0720-reviews.js';
import * as documentsRawHash from './2026-11-22-0730-documents-raw-hash.js';
import * as documentsCopies from './2026-11-22-0800-documents-copies.js';

export const migrations: Record<string, Migration> = {
  '2026-11-22-0000-meta': meta,
  '2026-11-22-0600-events': events,
  '2026-11-22-0610-documents': documents,
  '2026-11-22-0700-event-dyads-posted': eventDyadsPosted,
  '2026-11-22-0720-reviews': reviews,
  '2026-11-22-0730-documents-raw-hash': documentsRawHash,
  '2026-11-22-0800-documents-copies': documentsCopies,
};
