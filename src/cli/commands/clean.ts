import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { parseSize } from '../ingest/parse-size.js';
import { cleanDocument } from '../../ingest/clean-document.js';
import type { CleanedDocument } from '../../ingest/clean-document.js';
import { DEFAULT_MAX_BYTES, describeFailure, readSource } from '../../ingest/read/index.js';

interface CleanOptions {
  readonly json?: boolean;
  readonly jsonl?: string;
  readonly maxSize: string;
}

const FLUSH_AT = 1 << 16;

export const cleanCommand: CliCommand = {
  name: 'clean',
  register(program, io, status) {
    program
      .command('clean')
      .description('Print the cleaned article (body, title, date, author, language, URL) without storing it')
      .argument('[file]', 'an HTML, text, feed or JSONL file, or - for stdin')
      .option('--json', 'print each document as a JSON object (see CONTRACTS.md)')
      .option('--jsonl <input>', 'read lines {"id","html"?,"text"?,"url"?} and print one JSON line per input, in order')
      .option('--max-size <size>', 'largest document accepted, in MB or with a unit (500k, 1.5MB)', String(DEFAULT_MAX_BYTES / 1024 / 1024))
      .action(async (file: string | undefined, options: CleanOptions, command: Command) => {
        const input = options.jsonl ?? file;
        if (!input) command.error('chancery clean: give a FILE or --jsonl IN.jsonl');
        const items = readSource(input!, { maxBytes: parseSize(options.maxSize), ...(options.jsonl ? { format: 'jsonl' as const } : {}) }, io.stdin);
        const asJson = Boolean(options.json || options.jsonl);
        let out = '';
        for await (const item of items) {
          if (item.kind === 'failure') {
            status.code = 1;
            io.stderr(`chancery clean: ${describeFailure(item)}\n`);
            if (asJson) out += JSON.stringify({ id: item.id, error: oneLine(describeFailure(item)) }) + '\n';
          } else {
            try {
              const cleaned = cleanDocument(item);
              out += asJson ? JSON.stringify(contractOf(cleaned)) + '\n' : humanOf(cleaned);
            } catch (error) {
              status.code = 1;
              const reason = `${describeFailure({ ...item, kind: 'failure', reason: 'cleaning failed' })}: ${errorMessage(error)}`;
              io.stderr(`chancery clean: ${reason}\n`);
              if (asJson) out += JSON.stringify({ id: item.id, error: oneLine(reason) }) + '\n';
            }
          }
          if (out.length >= FLUSH_AT) {
            io.stdout(out);
            out = '';
          }
        }
        if (out) io.stdout(out);
      });
  },
};

/** The `chancery clean` contract object (plus where each metadata value came from). */
export function contractOf(cleaned: CleanedDocument): Record<string, unknown> {
  return {
    id: cleaned.id,
    title: cleaned.title,
    published: cleaned.published,
    author: cleaned.author,
    language: cleaned.language,
    url: cleaned.url,
    text: cleaned.text,
    provenance: cleaned.meta.provenance,
  };
}

function humanOf(cleaned: CleanedDocument): string {
  const field = (name: string, value: string | null): string => `${`${name}:`.padEnd(11)}${value ?? '-'}\n`;
  return (
    field('title', cleaned.title) +
    field('published', cleaned.published) +
    field('author', cleaned.author) +
    field('language', cleaned.language) +
    field('url', cleaned.url) +
    `\n${cleaned.text}\n\n`
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
