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
import type { RelationsAnswer } from '../src/knowledge/index.js';
import type { EvalSuite } from './suites.js';

const metaSchema = z.record(z.string(), z.object({ published: z.string(), language: z.string().optional() }));
const queriesSchema = z.object({
  queries: z.array(z.object({ a: z.string(), b: z.string(), asOf: z.string(), field: z.string(), accept: z.array(z.unknown()), why: z.string() })),
});

function at(answer: RelationsAnswer, path: string): unknown {
  let value: unknown = answer;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

const clip = (s: string, n = 90): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export const seedsQueries: EvalSuite = {
  name: 'seeds-queries',
  async run() {
    const seeds = join(sharedDir, 'corpus', 'seeds');
    const queriesFile = join(sharedDir, 'eval', 'seeds-gold', 'queries.json');
    if (!existsSync(queriesFile)) {
      console.log(`seeds-queries: ${queriesFile} is absent; skipped`);
      return;
    }
    const meta = metaSchema.parse(JSON.parse(readFileSync(join(seeds, 'meta.json'), 'utf8')));
    const { queries } = queriesSchema.parse(JSON.parse(readFileSync(queriesFile, 'utf8')));
    const dir = mkdtempSync(join(tmpdir(), 'chancery-seeds-'));
    const input = join(dir, 'seeds.jsonl');
    writeFileSync(input, Object.entries(meta).map(([file, m]) => JSON.stringify({ id: file, text: readFileSync(join(seeds, file), 'utf8'), published: m.published })).join('\n') + '\n');
    const store = await openStore(join(dir, 'seeds.db'));
    try {
      const summary = await runIngest({
        db: store.db,
        inputs: readInputs([input], { maxBytes: DEFAULT_MAX_BYTES }),
        onFailure: (f) => console.log(`  ingest failure: ${describeFailure(f)}`),
      });
      const seedDocs = new Set((await store.db.selectFrom('documents').select('id').execute()).map((r) => r.id));
      const { n } = await store.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      console.log(`ingested ${summary.stored} seed document(s), ${n} event report(s) stored`);
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
        const mark = ok ? (citations.length ? 'right' : 'right, UNCITED') : 'WRONG';
        console.log(`  ${mark.padEnd(14)} ${q.a}-${q.b} ${q.asOf} ${q.field} = ${JSON.stringify(value)} (accept ${JSON.stringify(q.accept)})`);
        if (citations.length) console.log(`      cites "${clip(citations[0].evidence)}" [${citations[0].document}]`);
        if (answer.conflicts.length) console.log(`      ${answer.conflicts.length} conflict(s) reported`);
      }
      console.log(`seeds queries: ${right}/${queries.length} right, ${cited}/${queries.length} right with a citation into a seed (target 23/23)`);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
