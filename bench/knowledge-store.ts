// A generated store of 1,000,000 events over 200 states and 40 years, for the knowledge bench.
// Built with raw prepared inserts in one transaction, kept in the OS temp dir and reused.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { openStore } from '../src/store/index.js';
import type { OpenedStore } from '../src/store/index.js';

export const BENCH_EVENTS = 1_000_000;
const BENCH_DOCS = 100_000;
const YEARS = 40;
const FIRST_YEAR = 1985;
const VERSION = 'knowledge-bench-v1';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same store. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_STATES: readonly string[] = Object.keys(countries.getAlpha3Codes()).sort().slice(0, 200);

const TYPES: readonly [string, number][] = [
  ['meet', 30], ['statement', 20], ['sign_agreement', 10], ['condemn', 8], ['recognize', 5], ['establish_relations', 5],
  ['upgrade_mission', 4], ['open_embassy', 3], ['recall_ambassador', 3], ['expel_diplomat', 3], ['sever_relations', 3],
  ['restore_relations', 2], ['suspend_relations', 2], ['downgrade_relations', 2],
];
const LEVELS = ['embassy', 'consulate', 'delegation', 'office'];

function pickWeighted<T>(items: readonly [T, number][], r: number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function actorJson(code: string): string {
  return JSON.stringify([{ text: code, code, state: code, name: null, sector: 'GOV', post: null }]);
}

export function generate(store: OpenedStore, events = BENCH_EVENTS, docs = BENCH_DOCS): void {
  const db = store.sqlite;
  // A throwaway store: no journal, and a page cache large enough to hold the indexes being built.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -400000');
  const random = makeRandom(42);
  // Busy states are more active: weight falls with rank, so some pairs hold thousands of events.
  const weighted: [number, number][] = BENCH_STATES.map((_, i) => [i, 1 / Math.sqrt(i + 1)]);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of weighted) cumulative.push((sum += w));
  const pickState = (): string => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return BENCH_STATES[lo];
  };
  const insertDoc = db.prepare(`insert into documents (id, url, title, published, language, text, content_hash, duplicate_of, ingested_at, provenance, blocks)
    values (?, ?, ?, ?, 'en', '', ?, ?, '2026-01-01T00:00:00Z', '{}', '[]')`);
  const insertEvent = db.prepare(`insert into events (document_id, local_id, type, plover, cameo, source_json, target_json, date_value,
    granularity, derivation, date_start, date_end, announced, polarity, modality, level, locations_json, evidence_start, evidence_end,
    evidence_text, sentence_text, pattern, confidence, content)
    values (?, ?, ?, 'SUPPORT', null, ?, ?, ?, ?, 'explicit', ?, ?, null, ?, ?, ?, '[]', 0, 60, ?, ?, 'bench', 0.8, null)`);
  const insertDyad = db.prepare('insert into event_dyads (event_id, src, tgt, pair_a, pair_b, type, date_start) values (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let d = 0; d < docs; d++) {
      const year = FIRST_YEAR + Math.floor(random() * YEARS);
      const dup = d > 10 && random() < 0.05 ? `doc${Math.floor(random() * d)}` : null;
      insertDoc.run(`doc${d}`, `https://news.example/${d}`, `Article ${d}`, `${year}-${pad(1 + Math.floor(random() * 12))}-15`, `h${d}`, dup);
    }
    let previous: unknown[] | null = null;
    for (let i = 0; i < events; i++) {
      let row: unknown[];
      if (previous && random() < 0.3) {
        // Another report of the previous event, from another document.
        row = [...previous];
        row[0] = `doc${Math.floor(random() * docs)}`;
      } else {
        let a = pickState();
        let b = pickState();
        while (b === a) b = pickState();
        const type = pickWeighted(TYPES, random());
        const year = FIRST_YEAR + Math.floor(random() * YEARS);
        const month = 1 + Math.floor(random() * 12);
        const day = 1 + Math.floor(random() * 28);
        const g = random();
        const [value, granularity, start, end] =
          g < 0.6 ? [`${year}-${pad(month)}-${pad(day)}`, 'day', `${year}-${pad(month)}-${pad(day)}`, `${year}-${pad(month)}-${pad(day)}`]
          : g < 0.9 ? [`${year}-${pad(month)}`, 'month', `${year}-${pad(month)}-01`, `${year}-${pad(month)}-28`]
          : [`${year}`, 'year', `${year}-01-01`, `${year}-12-31`];
        const polarity = random() < 0.9 ? 'asserted' : 'negated';
        const m = random();
        const modality = m < 0.8 ? 'actual' : m < 0.9 ? 'ongoing' : m < 0.95 ? 'intended' : 'demanded';
        const level = type === 'upgrade_mission' || type === 'open_embassy' ? LEVELS[Math.floor(random() * LEVELS.length)] : null;
        const evidence = `${a} ${type.replace(/_/g, ' ')} ${b} (generated report ${i})`;
        row = [`doc${Math.floor(random() * docs)}`, `e${i}`, type, actorJson(a), actorJson(b), value, granularity, start, end, polarity, modality, level, evidence, evidence, a, b];
      }
      previous = row;
      const [a, b] = [row[14] as string, row[15] as string];
      const { lastInsertRowid } = insertEvent.run(...row.slice(0, 14));
      insertDyad.run(lastInsertRowid, a, b, a < b ? a : b, a < b ? b : a, row[2], row[7]);
    }
    db.prepare('insert or replace into chancery_meta (key, value) values (?, ?)').run(VERSION, String(events));
  })();
  db.exec('analyze');
  db.pragma('cache_size = -2000');
}

/** Opens the bench store, generating it first unless a complete one is already in the temp dir. */
export async function openBenchStore(): Promise<{ store: OpenedStore; file: string; generatedSeconds: number | null }> {
  const file = join(tmpdir(), `chancery-${VERSION}.db`);
  if (existsSync(file)) {
    const store = await openStore(file);
    const row = store.sqlite.prepare('select value from chancery_meta where key = ?').get(VERSION) as { value: string } | undefined;
    if (row?.value === String(BENCH_EVENTS)) return { store, file, generatedSeconds: null };
    await store.close();
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  const store = await openStore(file);
  generate(store);
  await store.close();
  return { store: await openStore(file), file, generatedSeconds: (performance.now() - started) / 1000 };
}

