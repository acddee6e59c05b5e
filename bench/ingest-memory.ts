// Whole-ingest throughput and memory: generates N articles (default 20,000; CHANCERY_BENCH_DOCS
// changes it) into a JSONL file, streams them through read -> clean -> analyse -> store into a
// fresh SQLite file, and prints docs/s, MB/s, RSS and heap at intervals. Memory should stay flat:
// nothing holds documents once they are stored.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runIngest, rates } from '../src/cli/ingest/index.js';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/ingest/read/index.js';
import { analyzeDocument, makePipeline } from '../src/pipeline.js';
import { openStore, saveDocumentAnalysis } from '../src/store/index.js';
import type { Bench } from './benches.js';

const MB = 1024 * 1024;
const STATES = ['Chile', 'Peru', 'Kenya', 'Ghana', 'Norway', 'Laos', 'Fiji', 'Oman', 'Chad', 'Cuba', 'Iraq', 'Mali', 'Spain', 'Japan', 'Brazil', 'Egypt'];
const ACTS = ['recalled its ambassador from', 'opened an embassy in', 'signed a trade agreement with', 'condemned', 'restored relations with', 'held talks with', 'expelled two diplomats from', 'sent aid to'];
const FILLER = (
  'officials said the decision followed weeks of talks over fishing rights border crossings and a long dispute about ' +
  'tariffs while opposition leaders in the capital accused the cabinet of moving too fast and analysts expected ' +
  'further meetings before the end of the year when a new treaty could be signed by both governments'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One generated article: some stated events, filler, a date; every 50th is a reworded copy of an earlier one. */
function article(n: number): { id: string; text?: string; html?: string; published: string } {
  const source = n % 50 === 49 ? n - 7 : n;
  const next = rng(source * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(next() * 5);
  for (let p = 0; p < count; p++) {
    const words = Array.from({ length: 30 + Math.floor(next() * 40) }, () => pick(FILLER)).join(' ');
    paragraphs.push(`${pick(STATES)} ${pick(ACTS)} ${pick(STATES)} on ${1 + Math.floor(next() * 28)} March, ${words}. Report ${source}-${p}.`);
  }
  if (source !== n) paragraphs[0] = `UPDATED: ${paragraphs[0]}`;
  const published = `20${10 + (source % 15)}-0${1 + (source % 9)}-1${source % 10}`;
  if (n % 2 === 0) return { id: `bench-${n}`, text: paragraphs.join('\n\n'), published };
  const html = `<!doctype html><html lang="en"><head><title>Report ${source}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
    `<article><h1>Report ${source}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>Copyright</footer></body></html>`;
  return { id: `bench-${n}`, html, published };
}

/** Writes the generated corpus as JSONL, streaming. */
export async function writeIngestCorpus(path: string, total: number): Promise<void> {
  const out = createWriteStream(path);
  for (let n = 0; n < total; n++) {
    if (!out.write(JSON.stringify(article(n)) + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

const mb = (bytes: number): string => (bytes / MB).toFixed(1);

/** A full collection before each memory sample, so heap figures show what is live, not garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export const ingestMemoryBench: Bench = {
  name: 'ingest-memory',
  async run() {
    const total = Number(process.env.CHANCERY_BENCH_DOCS ?? 20000);
    const every = Math.max(500, Math.round(total / 10));
    const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-ingest-'));
    try {
      const corpus = join(dir, 'corpus.jsonl');
      await writeIngestCorpus(corpus, total);
      console.log(`generated ${total} documents, ${mb(statSync(corpus).size)} MB of JSONL`);
      const store = await openStore(join(dir, 'bench.db'));
      const samples: { docs: number; rss: number; heap: number }[] = [];
      const stages = makePipeline();
      const spent = { analyze: 0, save: 0 };
      console.log('    docs    docs/s    MB/s   RSS MB  heap MB');
      try {
        const summary = await runIngest({
          db: store.db,
          inputs: readInputs([corpus], { maxBytes: DEFAULT_MAX_BYTES }),
          analyze: (input) => {
            const started = performance.now();
            const doc = analyzeDocument(input, stages);
            spent.analyze += performance.now() - started;
            return doc;
          },
          saveAnalysis: async (trx, id, doc) => {
            const started = performance.now();
            await saveDocumentAnalysis(trx, id, doc);
            spent.save += performance.now() - started;
          },
          onProgress: (running) => {
            if (running.read % every !== 0) return;
            collectGarbage();
            const { rss, heapUsed } = process.memoryUsage();
            samples.push({ docs: running.read, rss, heap: heapUsed });
            const { docsPerSecond, mbPerSecond } = rates(running);
            console.log(
              `${String(running.read).padStart(8)}  ${docsPerSecond.toFixed(0).padStart(8)}  ${mbPerSecond.toFixed(2).padStart(6)}  ${mb(rss).padStart(7)}  ${mb(heapUsed).padStart(7)}`,
            );
          },
        });
        const { docsPerSecond, mbPerSecond } = rates(summary);
        console.log(
          `stored ${summary.stored} (${summary.duplicates} near-duplicates), unchanged ${summary.unchanged}, failed ${summary.failed}; ` +
            `${docsPerSecond.toFixed(0)} docs/s, ${mbPerSecond.toFixed(2)} MB/s over ${summary.seconds.toFixed(1)} s`,
        );
        const perDoc = (ms: number): string => (ms / Math.max(1, summary.read)).toFixed(2);
        const rest = summary.seconds * 1000 - spent.analyze - spent.save;
        console.log(
          `per document: analysis ${perDoc(spent.analyze)} ms, saving the analysis ${perDoc(spent.save)} ms, ` +
            `read + clean + dedup + store ${perDoc(rest)} ms`,
        );
        const settled = samples.slice(1);
        if (settled.length >= 2) {
          const first = settled[0]!;
          const last = settled[settled.length - 1]!;
          const peak = Math.max(...settled.map((s) => s.rss));
          console.log(
            `RSS from ${first.docs} to ${last.docs} docs: ${mb(first.rss)} -> ${mb(last.rss)} MB (peak ${mb(peak)} MB); ` +
              `heap ${mb(first.heap)} -> ${mb(last.heap)} MB`,
          );
        }
      } finally {
        await store.close();
      }
      console.log(`store size ${mb(statSync(join(dir, 'bench.db')).size)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
