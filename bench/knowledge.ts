// `relations --as-of` and `timeline` latency on a store of 1,000,000 generated events over 200
// states and 40 years (issue 6: p95 < 20 ms and < 50 ms).
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { queryRelations, queryTimeline } from '../src/store/events/index.js';
import { BENCH_EVENTS, makeRandom, openBenchStore } from './knowledge-store.js';
import type { Bench } from './benches.js';

const QUERIES = 300;

function percentiles(samples: number[]): { p50: string; p95: string; max: string } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2);
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1].toFixed(2) };
}

function size(file: string): number {
  let bytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      bytes += statSync(`${file}${suffix}`).size;
    } catch {
      // no WAL file
    }
  }
  return bytes;
}

export const knowledgeBench: Bench = {
  name: 'knowledge',
  async run() {
    const { store, file, generatedSeconds } = await openBenchStore();
    try {
      if (generatedSeconds !== null) console.log(`generated ${BENCH_EVENTS.toLocaleString('en')} events in ${generatedSeconds.toFixed(1)} s`);
      const random = makeRandom(7);
      const maxId = (store.sqlite.prepare('select max(id) as n from events').get() as { n: number }).n;
      const dyad = store.sqlite.prepare('select pair_a as a, pair_b as b from event_dyads where event_id >= ? limit 1');
      // Pairs drawn through random events: busy pairs are asked about as often as they appear.
      const pairs = Array.from({ length: QUERIES }, () => dyad.get(1 + Math.floor(random() * maxId)) as { a: string; b: string });
      const dates = pairs.map(() => `${1985 + Math.floor(random() * 41)}-06-30`);
      await queryRelations(store.db, pairs[0].a, pairs[0].b, dates[0]);
      const relations: number[] = [];
      const timeline: number[] = [];
      // CPU time beside wall time: on a shared machine, waiting for a core inflates wall time.
      const relationsCpu: number[] = [];
      const timelineCpu: number[] = [];
      const cpu = (since: NodeJS.CpuUsage) => {
        const used = process.cpuUsage(since);
        return (used.user + used.system) / 1000;
      };
      let reportsSeen = 0;
      for (let i = 0; i < QUERIES; i++) {
        let t0 = performance.now();
        let c0 = process.cpuUsage();
        const answer = await queryRelations(store.db, pairs[i].a, pairs[i].b, dates[i]);
        relations.push(performance.now() - t0);
        relationsCpu.push(cpu(c0));
        reportsSeen += answer.events;
        t0 = performance.now();
        c0 = process.cpuUsage();
        await queryTimeline(store.db, pairs[i].a, pairs[i].b);
        timeline.push(performance.now() - t0);
        timelineCpu.push(cpu(c0));
      }
      const r = percentiles(relations);
      const t = percentiles(timeline);
      const rc = percentiles(relationsCpu);
      const tc = percentiles(timelineCpu);
      const memory = process.memoryUsage();
      console.log(`store: ${BENCH_EVENTS.toLocaleString('en')} events, ${(size(file) / 1024 / 1024).toFixed(0)} MB at ${file}`);
      console.log(`relations --as-of: p50 ${r.p50} ms, p95 ${r.p95} ms, max ${r.max} ms wall; CPU p50 ${rc.p50} ms, p95 ${rc.p95} ms (target p95 < 20 ms; ${QUERIES} queries, ${(reportsSeen / QUERIES).toFixed(0)} relevant merged events per pair on average)`);
      console.log(`timeline:          p50 ${t.p50} ms, p95 ${t.p95} ms, max ${t.max} ms wall; CPU p50 ${tc.p50} ms, p95 ${tc.p95} ms (target p95 < 50 ms)`);
      console.log(`machine load average during the run: ${loadavg()[0].toFixed(1)} (wall times inflate when it exceeds the core count)`);
      console.log(`memory: rss ${(memory.rss / 1024 / 1024).toFixed(0)} MB, heap used ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB`);
    } finally {
      await store.close();
    }
  },
};
