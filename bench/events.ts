// Throughput of text to events: the whole pipeline (segmenting, actors, time, events), and the
// events stages alone on documents the earlier stages have already read, on about 250 KB of
// news-like text written for the project, plus the seed articles when ../shared is present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeCtx, makeDoc } from '../src/core/index.js';
import { makePipeline, runPipeline } from '../src/pipeline.js';
import { makeEventExtractor, makeEventRefiner } from '../src/events/index.js';
import { sharedDir } from '../eval/shared-dir.js';
import { newsArticles } from './events-corpus.js';
import type { Bench } from './benches.js';
import type { Doc, Stage } from '../src/core/index.js';

const PUBLISHED = '2024-05-20';

function measure(label: string, docs: readonly Doc[], stages: readonly Stage[], sentences: number): void {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const runAll = (): void => { for (const d of docs) runPipeline(stages, d, makeCtx(d.meta.published, d.meta.language)); };
  runAll(); // warm-up: data loading and compilation are not throughput
  const latencies: number[] = [];
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let rounds = 0;
  while (performance.now() - started < 3000 || rounds < 2) {
    for (const d of docs) {
      const t0 = performance.now();
      runPipeline(stages, d, makeCtx(d.meta.published, d.meta.language));
      latencies.push(performance.now() - t0);
    }
    rounds++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(2);
  const mb = (rounds * bytes) / 1e6;
  console.log(`${label}: ${docs.length} docs, ${(bytes / 1024).toFixed(0)} KB, ${sentences} sentences, ${rounds} rounds in ${seconds.toFixed(1)} s`);
  console.log(`  wall: ${(latencies.length / seconds).toFixed(1)} docs/s, ${(mb / seconds).toFixed(2)} MB/s, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms per doc`);
  console.log(`  cpu:  ${(mb / cpuSeconds).toFixed(2)} MB/s, ${((rounds * sentences) / cpuSeconds).toFixed(0)} sentences/s per core`);
}

function seedDocs(): Doc[] {
  const dir = join(sharedDir, 'corpus/seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => makeDoc({ id: f, text: readFileSync(join(dir, f), 'utf8'), meta: { published: null } }));
}

function run(label: string, docs: readonly Doc[]): void {
  const pipeline = makePipeline();
  const ctxOf = (d: Doc) => makeCtx(d.meta.published, d.meta.language);
  const prepared = docs.map((d) => runPipeline(pipeline.slice(0, -3), d, ctxOf(d)));
  const sentences = prepared.reduce((n, d) => n + d.sentences.length, 0);
  measure(`${label}, text to events (whole pipeline; target >= 2 MB/s, 2,000 sentences/s)`, docs, pipeline, sentences);
  measure(`${label}, events stages alone (target >= 8 MB/s)`, prepared, [makeEventExtractor(), makeEventRefiner()], sentences);
  const events = docs.reduce((n, d) => n + runPipeline(pipeline, d, ctxOf(d)).events.length, 0);
  console.log(`  ${events} events; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

export const eventsBench: Bench = {
  name: 'events',
  async run() {
    run('news-like', newsArticles(250_000).map((text, i) => makeDoc({ id: `news-${i}`, text, meta: { published: PUBLISHED } })));
    const seeds = seedDocs();
    if (seeds.length) run('seeds', seeds);
    else console.log('seeds: ../shared is absent; skipped');
  },
};
