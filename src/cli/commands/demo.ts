// `chancery demo` (and `npm run demo`): ingests the project's own demo corpus into a fresh
// ./chancery-demo.db through the same path as `chancery ingest`, then prints a few real answers.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { formatSummary, runIngest } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES, describeFailure, readInputs } from '../../ingest/read/index.js';
import { openStore } from '../../store/index.js';
import { queryRecognizers, queryRelations, queryTimeline } from '../../store/events/index.js';
import { loadRelationRules, renderRecognizers, renderRelations, renderTimeline } from '../../knowledge/index.js';
import type { Store } from '../../store/index.js';
import type { CliCommand } from '../command.js';

const corpus = fileURLToPath(new URL('../../../data/demo-corpus/', import.meta.url));

/** The corpus folders (articles and feeds), leaving out its README. */
const corpusParts = (): string[] =>
  readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(corpus, e.name)).sort();

/** The pair with the most stored events that can change a state, for a timeline worth showing. */
async function busiestPair(db: Store): Promise<[string, string] | null> {
  const types = loadRelationRules().types;
  const { rows } = await sql<{ a: string; b: string }>`select pair_a as a, pair_b as b from event_dyads
    where posted = 1 or type in (${sql.join(types)})
    group by pair_a, pair_b order by count(*) desc, pair_a, pair_b limit 1`.execute(db);
  return rows.length ? [rows[0].a, rows[0].b] : null;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  register(program, io, status) {
    program
      .command('demo')
      .description('Ingest the bundled demo corpus into a fresh ./chancery-demo.db and print a few answers')
      .option('--out <file>', 'store to (re)create', './chancery-demo.db')
      .action(async (options: { out: string }) => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${options.out}${suffix}`, { force: true });
        const store = await openStore(options.out);
        try {
          io.stdout(`Ingesting ${corpus} into ${options.out}\n`);
          const summary = await runIngest({
            db: store.db,
            inputs: readInputs(corpusParts(), { maxBytes: DEFAULT_MAX_BYTES }),
            onFailure: (failure) => io.stderr(`chancery demo: ${describeFailure(failure)}\n`),
          });
          io.stdout(formatSummary(summary));
          if (summary.failed > 0) status.code = 1;
          const today = new Date().toISOString().slice(0, 10);
          io.stdout(`\n$ chancery relations Mexico Palestine --as-of ${today}\n`);
          io.stdout(renderRelations(await queryRelations(store.db, 'MEX', 'PSE', today)));
          io.stdout('\n$ chancery recognizers PSE --as-of 2011-06-30\n');
          io.stdout(renderRecognizers(await queryRecognizers(store.db, 'PSE', '2011-06-30')));
          const pair = await busiestPair(store.db);
          if (pair) {
            io.stdout(`\n$ chancery timeline ${pair[0]} ${pair[1]}\n`);
            io.stdout(renderTimeline(await queryTimeline(store.db, pair[0], pair[1])));
          }
          io.stdout(`\nThe store stays at ${options.out}: try \`chancery --db ${options.out} relations MEX ISR --as-of 2025-05-30\` or \`chancery --db ${options.out} serve\`.\n`);
        } finally {
          await store.close();
        }
      });
  },
};
