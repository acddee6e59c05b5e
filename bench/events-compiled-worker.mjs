// Child process of the events bench: the compiled pipeline (dist/, what bin/chancery.js runs) over
// the texts in the JSON file given, one document at a time and in batches of 16, with CPU time.
import { readFileSync } from 'node:fs';
const dist = new URL('../dist/', import.meta.url);
const { makePipeline, analyzeDocument, analyzeBatch } = await import(new URL('pipeline.js', dist).href);

const inputs = JSON.parse(readFileSync(process.argv[2], 'utf8')).map((x) => ({ id: x.id, text: x.text, meta: { published: x.published } }));
const bytes = inputs.reduce((n, x) => n + Buffer.byteLength(x.text), 0);
const stages = makePipeline();
const oneAtATime = () => {
  for (const input of inputs) analyzeDocument(input, stages);
};
const batches = () => {
  for (let i = 0; i < inputs.length; i += 16) analyzeBatch(inputs.slice(i, i + 16), stages);
};
for (const [name, round] of [['one document at a time', oneAtATime], ['batches of 16', batches]]) {
  round(); // warm-up: loading and compiling are not throughput
  let rounds = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - started < 3000 || rounds < 2) { round(); rounds++; }
  const cpu = process.cpuUsage(cpu0);
  const mb = (rounds * bytes) / 1e6;
  const wall = (performance.now() - started) / 1000;
  console.log(`${name}: ${(mb / ((cpu.user + cpu.system) / 1e6)).toFixed(2)} MB/s cpu, ${(mb / wall).toFixed(2)} MB/s wall (${rounds} rounds)`);
}
