// Article extraction throughput: ours vs Mozilla Readability on linkedom, in-process and as whole
// `clean --jsonl` style processes, on the shared benchmark pages and on generated pages; plus the
// pathological inputs (1 MB of links, of whitespace, of unclosed elements).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/ingest/html/index.js';
import { extractionDir, loadExtractionPages } from '../eval/article-extraction-pages.js';
import { readabilityText } from '../eval/readability-baseline.js';
import type { Bench } from './benches.js';
import { makeSyntheticPages } from './synthetic-pages.js';

interface Figures {
  readonly mbPerS: number;
  readonly docsPerS: number;
  readonly p50: number;
  readonly p95: number;
  readonly heapMb: number;
}

const MB = 1024 * 1024;

function percentile(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

/** One warm-up pass, then timed passes until at least `minMs` have gone by. */
function measure(pages: readonly string[], extract: (html: string) => unknown, minMs = 1500): Figures {
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  for (const p of pages) extract(p);
  const heapBefore = process.memoryUsage().heapUsed;
  const latencies: number[] = [];
  let passes = 0;
  const started = performance.now();
  do {
    for (const p of pages) {
      const t = performance.now();
      extract(p);
      latencies.push(performance.now() - t);
    }
    passes++;
  } while (performance.now() - started < minMs);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    mbPerS: (bytes * passes) / MB / seconds,
    docsPerS: (pages.length * passes) / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    heapMb: (process.memoryUsage().heapUsed - heapBefore) / MB,
  };
}

function row(name: string, f: Figures): string {
  return `  ${name.padEnd(24)} ${f.mbPerS.toFixed(1).padStart(6)} MB/s ${f.docsPerS.toFixed(0).padStart(6)} docs/s  p50 ${f.p50.toFixed(1)} ms  p95 ${f.p95.toFixed(1)} ms  heap Δ ${f.heapMb.toFixed(0)} MB`;
}

function compare(label: string, pages: readonly string[]): void {
  const mb = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / MB;
  console.log(`${label}: ${pages.length} pages, ${mb.toFixed(1)} MB, in-process`);
  const ours = measure(pages, (html) => extractArticle(html));
  console.log(row('chancery', ours));
  const theirs = measure(pages, readabilityText);
  console.log(row('Readability (linkedom)', theirs));
  console.log(`  speed ratio: ${(ours.mbPerS / theirs.mbPerS).toFixed(1)}x`);
}

/** Whole processes over a JSONL file, start-up included: what a user of `clean --jsonl` waits for. */
function wholeProcess(pages: readonly { id: string; html: string; url: string | null }[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  try {
    const file = join(dir, 'pages.jsonl');
    writeFileSync(file, pages.map((p) => JSON.stringify({ id: p.id, html: p.html, url: p.url })).join('\n'));
    const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / MB;
    const worker = fileURLToPath(new URL('./clean-worker.ts', import.meta.url));
    const rates: Record<string, number> = {};
    console.log(`whole process (clean --jsonl style, node + tsx start-up included), ${pages.length} pages:`);
    for (const which of ['ours', 'readability']) {
      const started = performance.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', worker, which, file], { maxBuffer: 512 * MB });
      const seconds = (performance.now() - started) / 1000;
      if (run.status !== 0) {
        console.log(`  ${which}: failed: ${run.stderr.toString().split('\n')[0]}`);
        continue;
      }
      rates[which] = mb / seconds;
      console.log(`  ${(which === 'ours' ? 'chancery' : 'Readability (linkedom)').padEnd(24)} ${rates[which].toFixed(1).padStart(6)} MB/s ${(pages.length / seconds).toFixed(0).padStart(6)} docs/s  (${seconds.toFixed(2)} s)`);
    }
    if (rates.ours && rates.readability) console.log(`  speed ratio: ${(rates.ours / rates.readability).toFixed(1)}x (target >= 2x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pathological(): void {
  const cases: [string, string][] = [
    ['1 MB of links', `<html><body>${'<a href="/a/b">a link to somewhere</a>\n'.repeat(25_000)}</body></html>`],
    ['1 MB of whitespace', `<html><body>${' \n\t '.repeat(250_000)}</body></html>`],
    ['1 MB of unclosed <div>', '<div>'.repeat(200_000)],
    ['1 MB of stray end tags', `<div>${'</span>'.repeat(140_000)}`],
  ];
  console.log('pathological input (ours):');
  for (const [name, html] of cases) {
    const started = performance.now();
    const out = extractArticle(html);
    console.log(`  ${name.padEnd(24)} ${(performance.now() - started).toFixed(0).padStart(5)} ms  -> ${out.text.length} chars of text`);
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
    wholeProcess(shared);
  },
};
