// The 23 as-of questions of ../shared/eval/seeds-gold/queries.json, answered after ingesting only
// the two raw seeds (with their publication dates) into an empty store through the real ingest path.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runIngest } from '../src/cli/ingest/index.js';
import { DEFAULT_MAX_BYTES, describeFailure, readInputs } from '../src/ingest/read/index.js';
import { openStore } from '../src/store/index.js';
import { queryRelations } from '../src/store/events/index.js';
import { sharedDir } from './shared-dir.js';
import { saveDocumentAnalysis } from '../src/store/index.js';
import { goldDoc } from './seeds-gold-docs.js';
import type { GoldEvent } from './seeds-gold-docs.js';
import type { OpenedStore } from '../src/store/index.js';
import type { RelationsAnswer } from '../src/knowledge/index.js';
import type { EvalSuite } from './suites.js';

const metaSchema = z.record(z.string(), z.object({ published: z.string(), language: z.string().optional() }));
const querySchema = z.object({ a: z.string(), b: z.string(), asOf: z.string(), field: z.string(), accept: z.array(z.unknown()), why: z.string() });
const queriesSchema = z.object({ queries: z.array(querySchema) });
type Query = z.infer<typeof querySchema>;
const goldSchema = z.object({ events: z.array(z.custom<GoldEvent>((v) => typeof v === 'object' && v !== null)) });

function at(answer: RelationsAnswer, path: string): unknown {
  let value: unknown = answer;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

const clip = (s: string, n = 90): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** Answers every query from the store; prints each line when `verbose`. Returns [right, right and cited]. */
async function answerAll(store: OpenedStore, queries: readonly Query[], verbose: boolean): Promise<[number, number]> {
  const seedDocs = new Set((await store.db.selectFrom('documents').select('id').execute()).map((r) => r.id));
  let right = 0;
  let cited = 0;
  for (const q of queries) {
    const answer = await queryRelations(store.db, q.a, q.b, q.asOf);
    const value = at(answer, q.field);
    const ok = q.accept.some((a) => a === value);
    const section = q.field.split('.')[0] as 'relations' | 'recognition' | 'missions';
    const citations = answer[section].citations.filter((c) => seedDocs.has(c.document));
    if (ok) right++;
    if (ok && citations.length) cited++;
    if (!verbose && ok && citations.length) continue;
    const mark = ok ? (citations.length ? 'right' : 'right, UNCITED') : 'WRONG';
    console.log(`  ${mark.padEnd(14)} ${q.a}-${q.b} ${q.asOf} ${q.field} = ${JSON.stringify(value)} (accept ${JSON.stringify(q.accept)})`);
    if (citations.length) console.log(`      cites "${clip(citations[0].evidence)}" [${citations[0].document}]`);
    if (answer.conflicts.length) console.log(`      ${answer.conflicts.length} conflict(s) reported`);
  }
  return [right, cited];
}

function insertSeedRow(store: OpenedStore, id: string, text: string, published: string): void {
  store.sqlite
    .prepare(`insert into documents (id, published, language, text, content_hash, ingested_at, provenance, blocks)
              values (?, ?, 'en', ?, ?, '', '{}', '[]')`)
    .run(id, published, text, `gold-${id}`);
}

export const seedsQueries: EvalSuite = {
  name: 'seeds-queries',
  async run() {
    const seeds = join(sharedDir, 'corpus', 'seeds');
    const gold = join(sharedDir, 'eval', 'seeds-gold');
    const queriesFile = join(gold, 'queries.json');
    if (!existsSync(queriesFile)) {
      console.log(`seeds-queries: ${queriesFile} is absent; skipped`);
      return;
    }
    const meta = metaSchema.parse(JSON.parse(readFileSync(join(seeds, 'meta.json'), 'utf8')));
    const { queries } = queriesSchema.parse(JSON.parse(readFileSync(queriesFile, 'utf8')));
    const dir = mkdtempSync(join(tmpdir(), 'chancery-seeds-'));
    try {
      const input = join(dir, 'seeds.jsonl');
      const lines = Object.entries(meta).map(([file, m]) => JSON.stringify({ id: file, text: readFileSync(join(seeds, file), 'utf8'), published: m.published }));
      writeFileSync(input, `${lines.join('\n')}\n`);
      const store = await openStore(join(dir, 'seeds.db'));
      try {
        const summary = await runIngest({
          db: store.db,
          inputs: readInputs([input], { maxBytes: DEFAULT_MAX_BYTES }),
          onFailure: (f) => console.log(`  ingest failure: ${describeFailure(f)}`),
        });
        const { n } = await store.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        console.log(`full pipeline: ingested ${summary.stored} seed document(s), ${n} event report(s) stored`);
        const [right, cited] = await answerAll(store, queries, true);
        console.log(`seeds queries (full pipeline): ${right}/${queries.length} right, ${cited}/${queries.length} right with a citation into a seed (target 23/23)`);
      } finally {
        await store.close();
      }
      // The knowledge stage alone: the seeds' gold events stored as if extracted.
      const oracle = await openStore(join(dir, 'gold.db'));
      try {
        for (const [file, m] of Object.entries(meta)) {
          const text = readFileSync(join(seeds, file), 'utf8');
          const goldFile = join(gold, file.replace(/\.txt$/, '.json'));
          if (!existsSync(goldFile)) continue;
          const events = goldSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8'))).events;
          insertSeedRow(oracle, file, text, m.published);
          await oracle.db.transaction().execute((trx) => saveDocumentAnalysis(trx, file, goldDoc(file, text, m.published, events)));
        }
        console.log('knowledge stage alone (gold events as input); lines shown only when not right and cited:');
        const [right, cited] = await answerAll(oracle, queries, false);
        console.log(`seeds queries (gold events): ${right}/${queries.length} right, ${cited}/${queries.length} right with a citation into a seed`);
      } finally {
        await oracle.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
