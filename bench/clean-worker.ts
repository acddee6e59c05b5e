// A whole `clean --jsonl` process for the throughput bench. argv: MODE FILE, where MODE is
// `chancery` (the real `chancery clean --jsonl FILE`), `ours` (the extractor alone) or
// `readability` (Mozilla Readability on linkedom); the last two read JSONL {id, html, url?}.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { extractArticle } from '../src/ingest/html/index.js';
import { readabilityText } from '../eval/readability-baseline.js';

const [mode, file] = process.argv.slice(2);
// The bench reads CPU time from the last stderr line: steadier than wall time on a shared machine.
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`\ncpu-seconds ${(userCPUTime + systemCPUTime) / 1e6}\n`);
});
if (mode === 'chancery') {
  const { runCli } = await import('../src/cli/main.js');
  process.exitCode = await runCli(['node', 'chancery', 'clean', '--jsonl', file]);
} else {
  const line = z.object({ id: z.string(), html: z.string(), url: z.string().nullish() });
  const out: string[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw) continue;
    const input = line.parse(JSON.parse(raw));
    const text = mode === 'readability' ? readabilityText(input.html) : extractArticle(input.html, { url: input.url }).text;
    out.push(JSON.stringify({ id: input.id, text }));
    if (out.length >= 64) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
}
