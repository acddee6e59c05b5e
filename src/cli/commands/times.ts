// `chancery times FILE [--published DATE]` and `chancery times --jsonl IN.jsonl`: time expressions with their values.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findTimexes } from '../../time/index.js';
import type { Timex } from '../../core/index.js';
import type { CliCommand } from '../command.js';
import type { CliIo } from '../io.js';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullish(),
});

async function readInput(path: string, io: CliIo): Promise<string> {
  if (path !== '-') return readFileSync(path, 'utf8');
  let data = '';
  for await (const chunk of io.stdin) data += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return data;
}

function readable(t: Timex): string {
  const range = t.range ? ` [${t.range.start} .. ${t.range.end}]` : '';
  return `${String(t.start).padStart(6)}-${String(t.end).padEnd(6)} ${t.type.padEnd(8)} ${t.value.padEnd(22)} ${t.derivation.padEnd(20)} ${JSON.stringify(t.text)}${range}\n`;
}

export const timesCommand: CliCommand = {
  name: 'times',
  register(program, io, status) {
    program
      .command('times')
      .description('Time expressions of a text with their TIMEX3 values and how each was anchored')
      .argument('[file]', 'a plain-text file, or - for stdin')
      .option('--published <date>', 'publication date YYYY-MM-DD (the reference for relative expressions)')
      .option('--jsonl <input>', 'read lines {"id","text","published"} and print {"id","timexes":[...]} lines, in order')
      .action(async (file: string | undefined, options: { published?: string; jsonl?: string }) => {
        const input = options.jsonl ?? file;
        if (!input) {
          io.stderr('chancery times: give a FILE or --jsonl IN.jsonl\n');
          status.code = 2;
          return;
        }
        let content: string;
        try {
          content = await readInput(input, io);
        } catch (error) {
          io.stderr(`chancery times: ${input}: ${error instanceof Error ? error.message : String(error)}\n`);
          status.code = 1;
          return;
        }
        if (!options.jsonl) {
          const published = options.published ?? null;
          if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
            io.stderr(`chancery times: --published must be YYYY-MM-DD, got ${published}\n`);
            status.code = 2;
            return;
          }
          const timexes = findTimexes(content, published);
          io.stdout(`${timexes.length} time expressions (reference date ${published ?? 'unknown'})\n`);
          for (const t of timexes) io.stdout(readable(t));
          return;
        }
        content.split('\n').forEach((line, i) => {
          if (!line.trim()) return;
          let parsed: z.infer<typeof lineSchema>;
          try {
            parsed = lineSchema.parse(JSON.parse(line));
          } catch (error) {
            const reason = error instanceof z.ZodError ? error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') : 'not JSON';
            io.stderr(`chancery times: ${input}:${i + 1}: ${reason}\n`);
            status.code = 1;
            return;
          }
          const timexes = findTimexes(parsed.text, parsed.published?.slice(0, 10) ?? null).map((t) => ({
            start: t.start,
            end: t.end,
            text: t.text,
            type: t.type,
            value: t.value,
            granularity: t.granularity,
            range: t.range,
            derivation: t.derivation,
          }));
          io.stdout(`${JSON.stringify({ id: parsed.id, timexes })}\n`);
        });
      });
  },
};
