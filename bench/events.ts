// Throughput of text to events: the whole pipeline (segmenting, actors, time, events), and the
// events stages alone on documents the earlier stages have already read, on about 250 KB of
// news-like text written for the project, plus the seed articles when ../shared is present.
// Every round reads fresh Doc objects, as the real pipeline does: re-running stages on the same
// objects let per-document memos hit and once made the events stages look four times faster.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCtx, makeDoc } from '../src/core/index.js';
import { analyzeBatch, makePipeline, runPipeline } from '../src/pipeline.js';
import { makeEventExtractor, makeEventRefiner } from '../src/events/index.js';
import { sharedDir } from '../eval/shared-dir.js';
import { newsArticles } from './events-corpus.js';
import type { Bench } from './benches.js';
import type { Doc, Stage } from '../src/core/index.js';

const PUBLISHED = '2024-05-20';

interface Input {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

/**
 * Runs `stages` over documents from `fresh()` (called once per round, outside the timed region)
 * for at least three seconds after one warm-up round, and prints wall and CPU throughput.
 */
function measure(label: string, fresh: () => Doc[], stages: readonly Stage[], bytes: number, sentences: number): void {
  const runAll = (docs: readonly Doc[]): void => { for (const d of docs) runPipeline(stages, d, makeCtx(d.meta.published, d.meta.language)); };
  // Warm-up: data loading and compilation are not throughput; reported apart, as a cold start.
  const coldDocs = fresh();
  const cold0 = process.cpuUsage();
  runAll(coldDocs);
  const cold = process.cpuUsage(cold0);
  const latencies: number[] = [];
  let seconds = 0;
  let cpuMicros = 0;
  let rounds = 0;
  while (seconds < 3 || rounds < 2) {
    const docs = fresh();
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    for (const d of docs) {
      const t0 = performance.now();
      runPipeline(stages, d, makeCtx(d.meta.published, d.meta.language));
      latencies.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpu0);
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
    cpuMicros += cpu.user + cpu.system;
    seconds += (performance.now() - started) / 1000;
    rounds++;
  }
  const cpuSeconds = cpuMicros / 1e6;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(2);
  const mb = (rounds * bytes) / 1e6;
  const coldSeconds = (cold.user + cold.system) / 1e6;
  console.log(`${label}: ${latencies.length / rounds} docs, ${(bytes / 1024).toFixed(0)} KB, ${sentences} sentences, ${rounds} rounds in ${seconds.toFixed(1)} s`);
  console.log(`  wall: ${(latencies.length / seconds).toFixed(1)} docs/s, ${(mb / seconds).toFixed(2)} MB/s, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms per doc`);
  console.log(`  cpu:  ${(mb / cpuSeconds).toFixed(2)} MB/s, ${((rounds * sentences) / cpuSeconds).toFixed(0)} sentences/s per core`);
  console.log(`  cold first round (loading and compiling): ${(bytes / 1e6 / coldSeconds).toFixed(2)} MB/s cpu`);
}

/** Like `measure`, for whole batches of `size` documents analysed stage by stage, as `chancery ingest` does. */
function measureBatches(label: string, inputs: readonly Input[], stages: readonly Stage[], size: number, bytes: number, sentences: number): void {
  const docInputs = inputs.map((x) => ({ id: x.id, text: x.text, meta: { published: x.published } }));
  const runAll = (): void => {
    for (let i = 0; i < docInputs.length; i += size) analyzeBatch(docInputs.slice(i, i + size), stages);
  };
  runAll(); // warm-up, as in `measure`
  let seconds = 0;
  let cpuMicros = 0;
  let rounds = 0;
  while (seconds < 3 || rounds < 2) {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    runAll();
    const cpu = process.cpuUsage(cpu0);
    cpuMicros += cpu.user + cpu.system;
    seconds += (performance.now() - started) / 1000;
    rounds++;
  }
  const mb = (rounds * bytes) / 1e6;
  console.log(`${label}: ${inputs.length} docs, ${rounds} rounds in ${seconds.toFixed(1)} s`);
  console.log(`  wall: ${((rounds * inputs.length) / seconds).toFixed(1)} docs/s, ${(mb / seconds).toFixed(2)} MB/s`);
  console.log(`  cpu:  ${(mb / (cpuMicros / 1e6)).toFixed(2)} MB/s, ${((rounds * sentences) / (cpuMicros / 1e6)).toFixed(0)} sentences/s per core`);
}

function seedInputs(): Input[] {
  const dir = join(sharedDir, 'corpus/seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8'), published: null }));
}

function run(label: string, inputs: readonly Input[]): void {
  const pipeline = makePipeline();
  const ctxOf = (d: Doc) => makeCtx(d.meta.published, d.meta.language);
  const fromText = (): Doc[] => inputs.map((x) => makeDoc({ id: x.id, text: x.text, meta: { published: x.published } }));
  const prepared = fromText().map((d) => runPipeline(pipeline.slice(0, -3), d, ctxOf(d)));
  const bytes = inputs.reduce((n, x) => n + Buffer.byteLength(x.text), 0);
  const sentences = prepared.reduce((n, d) => n + d.sentences.length, 0);
  measure(`${label}, text to events, one document at a time (analyzeDocument, as \`chancery events FILE\` runs) (whole pipeline; target >= 2 MB/s, 2,000 sentences/s)`, fromText, pipeline, bytes, sentences);
  measureBatches(`${label}, text to events, batches of 16 documents stage by stage (analyzeBatch, as \`chancery ingest\` and \`chancery code\` run) (whole pipeline; target >= 2 MB/s)`, inputs, pipeline, 16, bytes, sentences);
  // Deep copies, so that nothing cached by object identity in an earlier round is found again.
  measure(`${label}, events stages alone (extract + refine, fresh copies of read docs)`, () => prepared.map((d) => structuredClone(d)), [makeEventExtractor(), makeEventRefiner()], bytes, sentences);
  const events = fromText().reduce((n, d) => n + runPipeline(pipeline, d, ctxOf(d)).events.length, 0);
  console.log(`  ${events} events; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

/** The same texts through the compiled code a user's `chancery` runs (dist/), in a fresh process. */
function runCompiled(label: string, inputs: readonly Input[]): void {
  if (!existsSync(new URL('../dist/pipeline.js', import.meta.url))) return console.log(`${label}, compiled: dist/ is missing (npm run build); skipped`);
  const dir = mkdtempSync(join(tmpdir(), 'chancery-events-bench-'));
  try {
    const file = join(dir, 'inputs.json');
    writeFileSync(file, JSON.stringify(inputs));
    const worker = new URL('./events-compiled-worker.mjs', import.meta.url).pathname;
    const out = execFileSync(process.execPath, [worker, file], { encoding: 'utf8' });
    for (const line of out.trim().split('\n')) console.log(`${label}, compiled dist/ in a fresh process, text to events, ${line}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const eventsBench: Bench = {
  name: 'events',
  async run() {
    const news = newsArticles(250_000).map((text, i) => ({ id: `news-${i}`, text, published: PUBLISHED }));
    run('news-like', news);
    const seeds = seedInputs();
    if (seeds.length) run('seeds', seeds);
    else console.log('seeds: ../shared is absent; skipped');
    runCompiled('news-like', news);
    if (seeds.length) runCompiled('seeds', seeds);
  },
};
