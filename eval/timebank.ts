// TimeBank dev (TempEval-3 Task A): relaxed span P/R/F1 and value F1 of our finder, beside chrono-node.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findTimexes } from '../src/time/index.js';
import { chronoTimexes } from './chrono-timexes.js';
import { emptyScore, figures, scoreTimexes } from './timex-match.js';
import type { TimexScore } from './timex-match.js';
import { sharedDir } from './shared-dir.js';
import type { EvalSuite } from './suites.js';

const lineSchema = z.object({
  doc: z.string(),
  dct: z.string(),
  text: z.string(),
  timexes: z.array(z.object({ start: z.number(), end: z.number(), text: z.string(), type: z.string(), value: z.string() })),
});

function row(name: string, score: TimexScore): string {
  const f = figures(score);
  const n = (x: number): string => x.toFixed(4);
  return `${name.padEnd(22)} P ${n(f.precision)}  R ${n(f.recall)}  span F1 ${n(f.f1)}  value acc ${n(f.valueAccuracy)}  value F1 ${n(f.valueF1)}`;
}

export const timebank: EvalSuite = {
  name: 'timebank',
  async run() {
    const file = join(sharedDir, 'eval/timebank/dev.jsonl');
    if (!existsSync(file)) {
      console.log(`timebank: ${file} is absent; skipped`);
      return;
    }
    const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => lineSchema.parse(JSON.parse(l)));
    const ours = emptyScore();
    const chrono = emptyScore();
    const misses: string[] = [];
    for (const doc of docs) {
      const found = findTimexes(doc.text, doc.dct);
      const pairs = scoreTimexes(doc.timexes, found, ours);
      for (const [g, s] of pairs) if (g.value !== s.value) misses.push(`${doc.dct} ${JSON.stringify(doc.text.slice(g.start, g.end))} gold ${g.value} ours ${s.value}`);
      scoreTimexes(doc.timexes, chronoTimexes(doc.text, doc.dct), chrono);
    }
    console.log(`${docs.length} documents, ${ours.gold} gold expressions`);
    console.log(row('chancery', ours));
    console.log(row('chrono-node alone', chrono));
    console.log(`${'HeidelTime (published)'.padEnd(22)} value F1 0.78 (TempEval-3 test set)`);
    console.log('targets: value F1 >= 0.82, span F1 >= 0.88');
    if (process.env.CHANCERY_EVAL_VERBOSE) for (const m of misses) console.log(`  value: ${m}`);
  },
};
