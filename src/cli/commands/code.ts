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
        let pending: { lineNo: number; id: string; input: DocInput | null; error: string | null }[] = [];
        const fail = (at: number, reason: string): void => {
          status.code = 1;
          io.stderr(`chancery code: ${options.jsonl} line ${at}: ${reason}\n`);
        };
        const flush = (): void => {
          const inputs = pending.flatMap((p) => (p.input ? [p.input] : []));
          const docs = analyzeBatch(inputs, stages);
          let k = 0;
          for (const p of pending) {
            const doc = p.input ? docs[k++] : undefined;
            const error = p.error ?? (doc instanceof Error ? doc.message.split('\n')[0] ?? '' : null);
            if (error !== null || !doc || doc instanceof Error) {
              fail(p.lineNo, error ?? 'analysis failed');
              out += JSON.stringify({ id: p.id, error }) + '\n';
            } else out += JSON.stringify({ id: p.id, events: doc.events.map(contractEvent) }) + '\n';
          }
          pending = [];
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
              pending.push({ lineNo, id, input: { id, text, meta: { published: published ?? null } }, error: null });
            } catch (error) {
              const reason = error instanceof Error ? error.message : String(error);
              pending.push({ lineNo, id, input: null, error: reason.split('\n')[0] ?? reason });
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
