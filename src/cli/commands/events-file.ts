// `chancery events FILE`: a document's events, readably (or --json). Without FILE the command
// queries the store (actor, type, dates), which the knowledge side implements.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeDocument } from '../../pipeline.js';
import { contractEvent } from './contract-event.js';
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import type { CliIo } from '../io.js';
import type { ExitStatus } from '../command.js';
import type { Doc, Event } from '../../core/index.js';

interface EventsOptions {
  readonly json?: boolean;
  readonly published?: string;
  readonly actor?: string;
  readonly type?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit?: string;
}

function actors(e: Event, side: 'source' | 'target'): string {
  const list = e[side];
  return list.length ? list.map((a) => (a.code === a.text ? a.code : `${a.code} (${a.text})`)).join(', ') : '—';
}

export function renderEvents(doc: Doc): string {
  if (!doc.events.length) return `${doc.id}: no events\n`;
  const lines = [`${doc.id}: ${doc.events.length} event${doc.events.length === 1 ? '' : 's'}`];
  for (const e of doc.events) {
    const date = e.date.value ? `${e.date.value} (${e.date.granularity})` : 'undated';
    const mood = [e.polarity === 'negated' ? 'NOT' : '', e.modality !== 'actual' ? e.modality : ''].filter(Boolean).join(' ');
    lines.push(`${e.id}  ${date}  ${e.type ?? '-'}/${e.plover}${mood ? `  [${mood}]` : ''}`);
    lines.push(`    ${actors(e, 'source')}  →  ${actors(e, 'target')}${e.content ? `  (demands ${e.content})` : ''}`);
    const trigger = doc.text.slice(e.trigger.start, e.trigger.end);
    lines.push(`    "${e.evidence.text.replace(/\s+/g, ' ').trim()}"`);
    lines.push(`    trigger "${trigger}" @${e.trigger.start}, pattern ${e.pattern}, confidence ${e.confidence}`);
  }
  return lines.join('\n') + '\n';
}

async function queryStore(options: EventsOptions, command: Command, io: CliIo, status: ExitStatus): Promise<void> {
  const db = String(command.optsWithGlobals().db ?? './chancery.db');
  const mod: Record<string, unknown> = await import('../events-query.js').catch(() => ({}));
  const run = mod['runEventsQuery'];
  if (typeof run !== 'function') {
    status.code = 1;
    io.stderr('chancery events: give a FILE (querying the store is not available in this build)\n');
    return;
  }
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  await (run as (o: unknown, io: CliIo, s: ExitStatus) => Promise<void>)({ ...options, db, limit }, io, status);
}

export const eventsCommand: CliCommand = {
  name: 'events',
  register(program, io, status) {
    program
      .command('events')
      .description("print a document's events (with FILE), or query stored events (--actor, --type, --since)")
      .argument('[file]', 'a plain-text article')
      .option('--json', 'print JSON (events as in CONTRACTS.md)')
      .option('--published <date>', 'publication date YYYY-MM-DD of FILE, for relative dates')
      .option('--actor <code>', 'stored events involving this actor (code or name)')
      .option('--type <type>', 'stored events of this type or PLOVER type')
      .option('--since <date>', 'stored events on or after this date')
      .option('--until <date>', 'stored events on or before this date')
      .option('--limit <n>', 'at most this many stored events')
      .action(async (file: string | undefined, options: EventsOptions, command: Command) => {
        if (!file) return queryStore(options, command, io, status);
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          status.code = 1;
          io.stderr(`chancery events: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
          return;
        }
        const doc = analyzeDocument({ id: basename(file), text, meta: { published: options.published ?? null } });
        if (options.json) io.stdout(JSON.stringify({ id: doc.id, events: doc.events.map(contractEvent) }, null, 2) + '\n');
        else io.stdout(renderEvents(doc));
      });
  },
};
