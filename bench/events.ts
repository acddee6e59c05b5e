// Throughput of text to events: the whole pipeline (segmenting, actors, time, events), and the
// events stages alone on documents the earlier stages have already read.
import { makeCtx, makeDoc } from '../src/core/index.js';
import { makePipeline, runPipeline } from '../src/pipeline.js';
import { makeEventExtractor, makeEventRefiner } from '../src/events/index.js';
import type { Bench } from './benches.js';
import type { Doc, Stage } from '../src/core/index.js';

const paragraphs = [
  'Last week Chile finally recognized the State of Palestine, and its foreign ministry said it would open an embassy in Ramallah.',
  'In 1990, Kenya established diplomatic relations with Cuba; two decades later, it upgraded its office in Havana to an embassy.',
  'Students on a hunger strike demand that the Colombian government sever relations with Russia, but the president did not commit to such a step.',
  'Argentina has formally requested that Spain extradite the former banker. Spain has refused.',
  'Peru currently has no diplomatic relations with Honduras, and neither Bolivia nor Ecuador have an embassy there.',
  'Police detained forty protesters after the march, and the army fired on a convoy near the border, officials said on Monday.',
];

function measure(label: string, doc: Doc, stages: readonly Stage[], sentences: number): void {
  const bytes = Buffer.byteLength(doc.text);
  const ctx = makeCtx('2024-05-20');
  runPipeline(stages, doc, ctx);
  const latencies: number[] = [];
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - started < 3000) {
    const t0 = performance.now();
    runPipeline(stages, doc, ctx);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(2);
  const n = latencies.length;
  console.log(`${label}: ${n} docs of ${(bytes / 1024).toFixed(1)} KB in ${seconds.toFixed(1)} s`);
  console.log(`  wall: ${(n / seconds).toFixed(1)} docs/s, ${((n * bytes) / 1e6 / seconds).toFixed(2)} MB/s, ${((n * sentences) / seconds).toFixed(0)} sentences/s, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
  console.log(`  cpu:  ${((n * bytes) / 1e6 / cpuSeconds).toFixed(2)} MB/s, ${((n * sentences) / cpuSeconds).toFixed(0)} sentences/s per core (target >= 2 MB/s, 2,000 sentences/s)`);
}

export const eventsBench: Bench = {
  name: 'events',
  async run() {
    const text = Array.from({ length: 60 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n');
    const doc = makeDoc({ id: 'bench', text, meta: { published: '2024-05-20' } });
    const pipeline = makePipeline();
    const sentences = runPipeline(pipeline.slice(0, 1), doc, makeCtx('2024-05-20')).sentences.length;
    measure('text to events (whole pipeline)', doc, pipeline, sentences);
    const prepared = runPipeline(pipeline.slice(0, -3), doc, makeCtx('2024-05-20'));
    measure('events stages alone', prepared, [makeEventExtractor(), makeEventRefiner()], sentences);
    const events = runPipeline(pipeline, doc, makeCtx('2024-05-20')).events.length;
    console.log(`  ${events} events per document; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  },
};
