// Throughput of text segmentation and mention finding (the segmenter, the actors finder alone,
// then finder and resolver) on news text: the seed articles and plover sentences from ../shared
// when present (real news density), else paragraphs written for this bench. Each figure is given
// over one 2 MB document of the texts repeated, and over the texts one document each (as news
// arrives); the finder gets them cut into sentences beforehand. "Per core" figures divide by the
// process's CPU time, so other jobs on the machine do not count against us. The dictionary's cold
// start is measured in a fresh process (bench/dictionary-cold-start.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { makeCtx, makeDoc } from '../src/core/index.js';
import type { Doc, Stage } from '../src/core/index.js';
import { makeMentionFinder, makeMentionResolver } from '../src/actors/index.js';
import { makeTextSegmenter } from '../src/ingest/index.js';
import { sharedDir } from '../eval/shared-dir.js';
import type { Bench } from './benches.js';

const paragraphs = [
  'Brazil and Argentina agreed on Monday to coordinate their positions before the Mercosur summit, the Brazilian foreign ministry said, while Uruguay’s president called for patience.',
  'The Israeli army said its troops had entered the West Bank town overnight; Palestinian officials in Ramallah condemned the raid and asked the UN Security Council to meet.',
  'President Lula da Silva met Chinese President Xi Jinping in Beijing, where the two leaders signed fifteen cooperation agreements, according to state media.',
  'Mexico’s Secretariat of Foreign Affairs summoned the Ecuadorian ambassador after police entered the Mexican embassy in Quito, a move the OAS later criticised.',
  'Washington imposed new sanctions on Venezuelan officials, and the State Department said Caracas had ignored repeated requests from the European Union and Canada.',
  'Turkish drones struck positions near the Iraqi border as NATO-member Turkey pressed Sweden and Finland over their support for Kurdish groups.',
  'The company reported higher quarterly sales, its chief executive said, and shares rose two percent in early trading on the exchange in New York.',
  'Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the Kremlin would not accept any deal negotiated without it, as Ukraine’s allies gathered in Brussels.',
  'Prices for rice and cooking oil rose again last month, and economists expect inflation to stay above target until at least the end of the year.',
  '“We will keep working until every family has a roof over its head,” she told a crowd of several thousand supporters gathered outside the stadium.',
  'Heavy rain flooded roads in the north of the province on Sunday, cutting power to thousands of homes and closing schools for two days.',
  'The report, which runs to more than three hundred pages, was drafted over eighteen months and is expected to be published in full next week.',
];

/** Real news text from ../shared when it is there (read at run time, never copied into the project). */
function sharedTexts(): string[] | null {
  const seeds = join(sharedDir, 'corpus/seeds');
  const plover = join(sharedDir, 'eval/plover-gsr/dev.jsonl');
  if (!existsSync(seeds) || !existsSync(plover)) return null;
  const parts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
  for (const line of readFileSync(plover, 'utf8').split('\n')) {
    const m = /"text":\s*"((?:[^"\\]|\\.)*)"/.exec(line);
    if (m?.[1]) parts.push(JSON.parse(`"${m[1]}"`) as string);
  }
  return parts;
}

/** Speed of the simplest possible pass over the text, to read the other figures against a busy machine. */
function calibrate(text: string): number {
  const t0 = cpuSeconds();
  let sum = 0;
  let passes = 0;
  while (cpuSeconds() - t0 < 0.5) {
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    passes++;
  }
  if (sum === 42) console.log('');
  return (passes * text.length) / 1e6 / (cpuSeconds() - t0);
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Runs `stages` over every doc in turn for four seconds; p50/p95 are per pass over all of them. */
function timed(stages: readonly Stage[], docs: readonly Doc[], bytes: number, label: string): void {
  const ctx = makeCtx('2024-06-01');
  const run = (): void => {
    for (const doc of docs) {
      let d = doc;
      for (const s of stages) d = s.run(d, ctx);
    }
  };
  run();
  const latencies: number[] = [];
  const started = performance.now();
  const cpu0 = cpuSeconds();
  while (performance.now() - started < 4000) {
    const t0 = performance.now();
    run();
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpu0;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(1);
  const mb = (latencies.length * bytes) / 1e6;
  const unit = docs.length === 1 ? `docs/s of ${(bytes / 1e6).toFixed(2)} MB` : `docs/s (${docs.length} docs, ${(bytes / 1e3).toFixed(0)} KB a pass)`;
  console.log(`${label}: ${(mb / cpu).toFixed(1)} MB/s per core (CPU time), ${(mb / seconds).toFixed(1)} MB/s wall; ${((latencies.length * docs.length) / seconds).toFixed(1)} ${unit}, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
}

/** CPU time of a fresh process to import the actors stage and ready its dictionary (median of three). */
function coldStart(): string {
  const script = new URL('./dictionary-cold-start.ts', import.meta.url).pathname;
  const root = new URL('..', import.meta.url).pathname;
  const runs: { importMs: number; dictionaryMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      runs.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as { importMs: number; dictionaryMs: number });
    } catch (error) {
      return `not measured (${(error as Error).message.split('\n')[0]})`;
    }
  }
  const median = (f: (r: { importMs: number; dictionaryMs: number }) => number): number => runs.map(f).sort((a, b) => a - b)[1] ?? 0;
  return `${median((r) => r.dictionaryMs).toFixed(0)} ms CPU to ready the dictionary, after ${median((r) => r.importMs).toFixed(0)} ms to import the stage under tsx (fresh process, median of 3; target < 500 ms)`;
}

export const mentionsBench: Bench = {
  name: 'mentions',
  async run() {
    const texts = sharedTexts();
    const real = texts !== null;
    const unit = (texts ?? paragraphs).join('\n\n');
    const text = Array.from({ length: Math.ceil(2e6 / unit.length) }, () => unit).join('\n\n');
    console.log(`text: ${real ? 'seeds and plover sentences from ../shared' : 'bench paragraphs'}, repeated to ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB (targets per core: segmenter and finder >= 20 MB/s, finder + resolver >= 10 MB/s)`);
    console.log(`dictionary cold start: ${coldStart()}`);
    const bytes = Buffer.byteLength(text);
    const t0 = performance.now();
    const finder = makeMentionFinder();
    const segmented = makeTextSegmenter().run(makeDoc({ id: 'bench', text, meta: { published: '2024-06-01' } }), makeCtx('2024-06-01'));
    finder.run(makeDoc({ id: 'warm', text: 'Mexico.' }), makeCtx(null));
    console.log(`dictionary ready and text segmented in this process: ${(performance.now() - t0).toFixed(0)} ms wall`);
    console.log(`machine calibration: a bare char-code loop over the text runs at ${calibrate(text).toFixed(0)} MB/s per core (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`);
    const resolver = makeMentionResolver();
    timed([makeTextSegmenter()], [makeDoc({ id: 'bench', text, meta: { published: '2024-06-01' } })], bytes, 'segmenter (lines, boilerplate, sentences)');
    timed([finder], [segmented], bytes, 'finder, one 2 MB document');
    timed([finder, resolver], [segmented], bytes, 'finder + resolver, one 2 MB document');
    // News arrives as articles: the same texts one document each (no 2 MB mention list held at once).
    const each = (texts ?? paragraphs).map((t, i) => makeTextSegmenter().run(makeDoc({ id: `d${i}`, text: t, meta: { published: '2024-06-01' } }), makeCtx('2024-06-01')));
    const eachBytes = (texts ?? paragraphs).reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    timed([finder], each, eachBytes, 'finder, document by document');
    timed([finder, resolver], each, eachBytes, 'finder + resolver, document by document');
    console.log(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  },
};
