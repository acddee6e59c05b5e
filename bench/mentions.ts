// Throughput of mention finding (the actors finder alone, then finder and resolver) on news-like
// text: paragraphs written for this bench, cut into sentences once before timing.
import { makeCtx, makeDoc } from '../src/core/index.js';
import type { Doc, Stage } from '../src/core/index.js';
import { makeMentionFinder, makeMentionResolver } from '../src/actors/index.js';
import { makeTextSegmenter } from '../src/ingest/index.js';
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
];

function timed(stages: readonly Stage[], doc: Doc, bytes: number, label: string): void {
  const ctx = makeCtx('2024-06-01');
  const run = (): void => {
    let d = doc;
    for (const s of stages) d = s.run(d, ctx);
  };
  run();
  const latencies: number[] = [];
  const started = performance.now();
  while (performance.now() - started < 3000) {
    const t0 = performance.now();
    run();
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(1);
  console.log(`${label}: ${((latencies.length * bytes) / 1e6 / seconds).toFixed(1)} MB/s (target >= 20 MB/s for the finder), ${(latencies.length / seconds).toFixed(1)} docs/s of ${(bytes / 1e6).toFixed(2)} MB, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
}

export const mentionsBench: Bench = {
  name: 'mentions',
  async run() {
    const text = Array.from({ length: 4000 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n');
    const bytes = Buffer.byteLength(text);
    const t0 = performance.now();
    const finder = makeMentionFinder();
    const segmented = makeTextSegmenter().run(makeDoc({ id: 'bench', text, meta: { published: '2024-06-01' } }), makeCtx('2024-06-01'));
    finder.run(makeDoc({ id: 'warm', text: 'Mexico.' }), makeCtx(null));
    console.log(`dictionary load and build: ${(performance.now() - t0).toFixed(0)} ms (once per process)`);
    timed([finder], segmented, bytes, 'finder');
    timed([finder, makeMentionResolver()], segmented, bytes, 'finder + resolver');
    console.log(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  },
};
