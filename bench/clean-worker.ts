// A whole `clean --jsonl` style process for the throughput bench: reads JSONL {id, html, url?},
// prints one JSONL line per input. argv: ours|readability FILE.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { extractArticle } from '../src/ingest/html/index.js';
import { readabilityText } from '../eval/readability-baseline.js';

const line = z.object({ id: z.string(), html: z.string(), url: z.string().nullish() });
const [which, file] = process.argv.slice(2);
const out: string[] = [];
for (const raw of readFileSync(file, 'utf8').split('\n')) {
  if (!raw) continue;
  const input = line.parse(JSON.parse(raw));
  const text = which === 'readability' ? readabilityText(input.html) : extractArticle(input.html, { url: input.url }).text;
  out.push(JSON.stringify({ id: input.id, text }));
  if (out.length >= 64) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
