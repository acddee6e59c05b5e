// Article extraction throughput: ours vs Mozilla Readability on linkedom, in-process and as whole
// `clean --jsonl` processes (clean-whole-process.ts), on the shared benchmark pages and on generated
// pages; plus the pathological inputs (1 MB of links, of whitespace, of unclosed elements).
import { extractArticle } from '../src/ingest/html/index.js';
import { extractionDir, loadExtractionPages } from '../eval/article-extraction-pages.js';
import { readabilityText } from '../eval/readability-baseline.js';
import type { Bench } from './benches.js';
import { measureWholeProcess } from './clean-whole-process.js';
import { makeSyntheticPages } from './synthetic-pages.js';

interface Figures {
  readonly mbPerS: number;
  /** MB per CPU second: steadier than wall time on a machine shared with other jobs. */
  readonly mbPerCpuS: number;
  readonly docsPerS: number;
  readonly p50: number;
  readonly p95: number;
  readonly heapMb: number;
}

interface Tally {
  wall: number;
  cpu: number;
  docs: number;
  bytes: number;
  readonly latencies: number[];
  heapMb: number;
}

const MB = 1024 * 1024;

function percentile(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function pass(pages: readonly string[], bytes: number, extract: (html: string) => unknown, tally: Tally): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = cpuSeconds();
  const started = performance.now();
  for (const p of pages) {
    const t = performance.now();
    extract(p);
    tally.latencies.push(performance.now() - t);
  }
  tally.wall += (performance.now() - started) / 1000;
  tally.cpu += cpuSeconds() - cpu;
  tally.docs += pages.length;
  tally.bytes += bytes;
  tally.heapMb = Math.max(tally.heapMb, (process.memoryUsage().heapUsed - heapBefore) / MB);
}

function figures(t: Tally): Figures {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  return {
    mbPerS: t.bytes / MB / t.wall, mbPerCpuS: t.bytes / MB / t.cpu, docsPerS: t.docs / t.wall,
    p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), heapMb: t.heapMb,
  };
}

function row(name: string, f: Figures): string {
  return `  ${name.padEnd(24)} ${f.mbPerS.toFixed(1).padStart(6)} MB/s (${f.mbPerCpuS.toFixed(1)} per CPU s) ${f.docsPerS.toFixed(0).padStart(5)} docs/s  p50 ${f.p50.toFixed(1)} ms  p95 ${f.p95.toFixed(1)} ms  heap +${f.heapMb.toFixed(0)} MB`;
}

/** Warm-up, then rounds that alternate the two extractors so both see the same machine load. */
function compare(label: string, pages: readonly string[], rounds = 3): void {
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  console.log(`${label}: ${pages.length} pages, ${(bytes / MB).toFixed(1)} MB, in-process, ${rounds} alternating rounds`);
  const ours: Tally = { wall: 0, cpu: 0, docs: 0, bytes: 0, latencies: [], heapMb: 0 };
  const theirs: Tally = { wall: 0, cpu: 0, docs: 0, bytes: 0, latencies: [], heapMb: 0 };
  const mine = (html: string) => extractArticle(html);
  for (const p of pages) {
    mine(p);
    readabilityText(p);
  }
  for (let r = 0; r < rounds; r++) {
    pass(pages, bytes, mine, ours);
    pass(pages, bytes, readabilityText, theirs);
  }
  const a = figures(ours);
  const b = figures(theirs);
  console.log(row('chancery', a));
  console.log(row('Readability (linkedom)', b));
  console.log(`  speed ratio: ${(a.mbPerS / b.mbPerS).toFixed(1)}x wall, ${(a.mbPerCpuS / b.mbPerCpuS).toFixed(1)}x CPU`);
}

function pathological(): void {
  const cases: [string, string][] = [
    ['1 MB of links', `<html><body>${'<a href="/a/b">a link to somewhere</a>\n'.repeat(25_000)}</body></html>`],
    ['1 MB of whitespace', `<html><body>${' \n\t '.repeat(250_000)}</body></html>`],
    ['1 MB of unclosed <div>', '<div>'.repeat(200_000)],
    ['1 MB of stray end tags', `<div>${'</span>'.repeat(140_000)}`],
  ];
  console.log('pathological input (ours, first call in the process):');
  for (const [name, html] of cases) {
    const cpu = cpuSeconds();
    const started = performance.now();
    const out = extractArticle(html);
    const wall = performance.now() - started;
    console.log(`  ${name.padEnd(24)} ${wall.toFixed(0).padStart(5)} ms (${((cpuSeconds() - cpu) * 1000).toFixed(0)} ms CPU)  -> ${out.text.length} chars of text`);
  }
}

export const cleanThroughput: Bench = {
  name: 'clean-throughput',
  async run() {
    pathological();
    compare('generated pages', makeSyntheticPages(150));
    const shared = loadExtractionPages();
    if (!shared) {
      console.log(`${extractionDir} is absent; shared-page figures skipped`);
      return;
    }
    compare('../shared/eval/article-extraction', shared.map((p) => p.html));
    measureWholeProcess(shared);
  },
};
