// Throughput of time-expression finding (finder and anchorer together) on news-like text.
import { findTimexes } from '../src/time/index.js';
import type { Bench } from './benches.js';

const paragraphs = [
  'On Tuesday the foreign ministry said it had recalled its ambassador, two weeks after the vote of March 3, 2024.',
  'In 1998 the two governments signed a treaty; a decade later, in the summer of 2008, talks resumed for three days.',
  'Officials expect the embassy to reopen in December, and the minister will travel there next week, sources said.',
  'The company reported third-quarter earnings of $4 million, up from a year ago, and pays a dividend quarterly.',
  'Protesters have gathered every day since last month, and the government currently has no plans to respond.',
];

export const timesBench: Bench = {
  name: 'times',
  async run() {
    const doc = Array.from({ length: 40 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n');
    const bytes = Buffer.byteLength(doc);
    findTimexes(doc, '2024-05-20');
    const latencies: number[] = [];
    const started = performance.now();
    let total = 0;
    while (performance.now() - started < 3000) {
      const t0 = performance.now();
      findTimexes(doc, '2024-05-20');
      latencies.push(performance.now() - t0);
      total += bytes;
    }
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(2);
    console.log(`documents ${latencies.length} of ${(bytes / 1024).toFixed(1)} KB in ${seconds.toFixed(1)} s`);
    console.log(`${(latencies.length / seconds).toFixed(1)} docs/s, ${(total / 1e6 / seconds).toFixed(2)} MB/s, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
    console.log(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  },
};
