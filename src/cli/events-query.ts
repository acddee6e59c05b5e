// `chancery events` without a FILE: stored events filtered by actor, type and dates.
// (The `events` command itself belongs to the events stage; it calls this.)
import { queryEvents } from '../store/events/index.js';
import { asOfDay, renderReports, resolveStateQuery } from '../knowledge/index.js';
import { UsageError, guarded, json, withStore } from './knowledge-options.js';
import type { CliIo } from './io.js';
import type { ExitStatus } from './command.js';

export interface EventsQueryOptions {
  readonly db: string;
  readonly actor?: string;
  readonly type?: string;
  readonly since?: string;
  readonly until?: string;
  readonly json?: boolean;
  readonly limit?: number;
}

function dayArg(name: string, value: string | undefined, end: boolean): string | undefined {
  if (value === undefined) return undefined;
  const last = asOfDay(value);
  if (!last) throw new UsageError(`--${name} '${value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (end) return last;
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

export async function runEventsQuery(options: EventsQueryOptions, io: CliIo, status: ExitStatus): Promise<void> {
  await guarded(io, status, 'events', async () => {
    const actor = options.actor ? (resolveStateQuery(options.actor) ?? options.actor.toUpperCase()) : undefined;
    const filter = {
      actor,
      type: options.type,
      since: dayArg('since', options.since, false),
      until: dayArg('until', options.until, true),
      limit: options.limit,
    };
    const reports = await withStore(options.db, (store) => queryEvents(store.db, filter));
    io.stdout(options.json ? json(reports) : renderReports(reports));
  });
}
