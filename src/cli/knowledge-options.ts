// Argument handling shared by the knowledge commands (relations, timeline, recognizers, events,
// export): state names or codes, as-of dates, and opening the store named by --db.
import { existsSync } from 'node:fs';
import { openStore } from '../store/index.js';
import { asOfDay, resolveStateQuery } from '../knowledge/index.js';
import type { OpenedStore } from '../store/index.js';
import type { CliIo } from './io.js';
import type { ExitStatus } from './command.js';

/** Thrown for bad user input; the command prints its message on one line and exits non-zero. */
export class UsageError extends Error {}

export function stateArg(value: string): string {
  const code = resolveStateQuery(value);
  if (!code) throw new UsageError(`unknown state '${value}' (give a name such as Mexico or an ISO3 code such as MEX)`);
  return code;
}

/** Two different states, resolved from names or codes. */
export function pairArgs(a: string, b: string): [string, string] {
  const [x, y] = [stateArg(a), stateArg(b)];
  if (x === y) throw new UsageError(`'${a}' and '${b}' are the same state (${x}); give two different states`);
  return [x, y];
}

export function asOfArg(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const day = asOfDay(value);
  if (!day) throw new UsageError(`--as-of '${value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return day;
}

/** Opens an existing store (queries never create an empty one) and always closes it. */
export async function withStore<T>(file: string, run: (store: OpenedStore) => Promise<T>): Promise<T> {
  if (file !== ':memory:' && !existsSync(file)) throw new UsageError(`no store at ${file} (run chancery ingest first, or pass --db)`);
  const store = await openStore(file);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Runs a command body, turning usage errors into one stderr line and a non-zero status. */
export async function guarded(io: CliIo, status: ExitStatus, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`chancery ${name}: ${error.message}\n`);
    status.code = 2;
  }
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
