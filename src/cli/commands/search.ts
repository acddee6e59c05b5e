import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { openStore } from '../../store/index.js';
import { searchDocuments } from '../../store/documents/index.js';
import type { SearchHit } from '../../store/documents/index.js';

interface SearchCliOptions {
  readonly json?: boolean;
  readonly limit: string;
  readonly all?: boolean;
  readonly raw?: boolean;
}

export const searchCommand: CliCommand = {
  name: 'search',
  register(program, io, status) {
    program
      .command('search')
      .description('Full-text search of stored articles, with snippets')
      .argument('<query...>', 'words that must all appear (accents and case ignored)')
      .option('--json', 'print matches as JSON lines')
      .option('--limit <n>', 'most matches to print', '10')
      .option('--all', 'include near-duplicate copies')
      .option('--raw', 'the query is FTS5 syntax ("a phrase", OR, NEAR, prefix*)')
      .action(async (words: string[], options: SearchCliOptions, command: Command) => {
        const { db: file } = command.optsWithGlobals<{ db: string }>();
        const limit = Number.parseInt(options.limit, 10);
        if (!Number.isInteger(limit) || limit < 1) command.error(`chancery search: --limit expects a positive whole number, found "${options.limit}"`);
        if (!existsSync(file)) {
          io.stderr(`chancery search: no store at ${file} (run chancery ingest first, or give --db)\n`);
          status.code = 1;
          return;
        }
        const store = await openStore(file);
        try {
          const marks: [string, string] = !options.json && io.isTty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
          let hits: SearchHit[];
          try {
            hits = await searchDocuments(store.db, words.join(' '), { limit, includeDuplicates: options.all, raw: options.raw, marks });
          } catch (error) {
            io.stderr(`chancery search: bad query: ${error instanceof Error ? error.message : String(error)}\n`);
            status.code = 1;
            return;
          }
          if (options.json) io.stdout(hits.map((hit) => JSON.stringify(hit) + '\n').join(''));
          else io.stdout(hits.length ? hits.map(formatHit).join('\n') : 'no matching documents\n');
        } finally {
          await store.close();
        }
      });
  },
};

function formatHit(hit: SearchHit, index: number): string {
  const head = `${index + 1}. ${hit.title ?? '(untitled)'}${hit.published ? ` (${hit.published})` : ''}  [${hit.id}]`;
  const lines = [head];
  if (hit.url) lines.push(`   ${hit.url}`);
  if (hit.duplicateOf) lines.push(`   copy of ${hit.duplicateOf}`);
  lines.push(`   ${hit.snippet}`);
  return lines.join('\n') + '\n';
}
