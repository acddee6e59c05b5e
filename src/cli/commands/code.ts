// `chancery code --jsonl IN.jsonl`: raw text (a sentence or a whole article) to events, one JSON
// line per input line, in order, as ../shared/CONTRACTS.md fixes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyzeBatch, makePipeline } from '../../pipeline.js';
import type { DocInput } from '../../core/index.js';
import { contractEvent } from './contract-event.js';
import type { CliCommand } from '../command.js';

const inputLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
});

/** A line waiting for its batch: its input, or why it could not be read. */
type Pending = { readonly lineNo: number; readonly id: string } & ({ readonly input: DocInput } | { readonly error: string });

export const codeCommand: CliCommand = {
  name: 'code',
  register(program, io, status) {
    program
      .command('code')
      .description('code events (who did what to whom, when) in raw texts, one JSON line per input')
      .requiredOption('--jsonl <input>', 'lines {"id","text","published"?}; - for stdin')
      .action(async (options: { jsonl: string }) => {
        const stream = options.jsonl === '-' ? io.stdin : createReadStream(options.jsonl, 'utf8');
        const stages = makePipeline();
        let lineNo = 0;
        let out = '';
        // Lines are analysed 16 at a time, stage by stage (faster: see analyzeBatch), and answered in order.
        let pending: Pending[] = [];
        const fail = (at: number, reason: string): void => {
          status.code = 1;
          io.stderr(`chancery code: ${options.jsonl} line ${at}: ${reason}\n`);
        };
        const flush = (): void => {
          const batch = pending;
          pending = [];
          const docs = analyzeBatch(batch.flatMap((p) => ('input' in p ? [p.input] : [])), stages);
          let k = 0;
          for (const p of batch) {
            const result = 'input' in p ? docs[k++] : new Error(p.error);
            try {
              if (!result || result instanceof Error) throw result ?? new Error('analysis failed');
              out += JSON.stringify({ id: p.id, events: result.events.map(contractEvent) }) + '\n';
            } catch (error) {
              const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
              fail(p.lineNo, reason);
              out += JSON.stringify({ id: p.id, error: reason }) + '\n';
            }
          }
          if (out.length > 1 << 16) { io.stdout(out); out = ''; }
        };
        try {
          for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
            lineNo++;
            if (!line.trim()) continue;
            let id = `line-${lineNo}`;
            try {
              const raw: unknown = JSON.parse(line);
              const rawId = (raw as { id?: unknown } | null)?.id;
              if (typeof rawId === 'string' || typeof rawId === 'number') id = String(rawId);
              const parsed = inputLine.safeParse(raw);
              if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
              const { text, published } = parsed.data;
              pending.push({ lineNo, id, input: { id, text, meta: { published: published ?? null } } });
            } catch (error) {
              pending.push({ lineNo, id, error: error instanceof Error ? error.message : String(error) });
            }
            if (pending.length >= 16) flush();
          }
          flush();
        } catch (error) {
          flush();
          status.code = 1;
          io.stderr(`chancery code: ${options.jsonl}: ${error instanceof Error ? error.message : String(error)}\n`);
        }
        if (out) io.stdout(out);
      });
  },
};
