// plover-gsr dev: did we produce an event of the gold PLOVER type (and with the gold source and
// target codes)? Precision: emitted events whose PLOVER type the sentence's gold records have.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzeDocument, makePipeline } from '../src/pipeline.js';
import { ploverCode, sameSet } from './event-codes.js';
import { sharedDir } from './shared-dir.js';
import type { EvalSuite } from './suites.js';
import type { Event } from '../src/core/index.js';

const record = z.object({
  id: z.string(),
  text: z.string(),
  eventPlover: z.string(),
  source: z.array(z.object({ code: z.string() })),
  target: z.array(z.object({ code: z.string() })),
});

interface Row { gold: number; typeHit: number; full: number; emitted: number; correct: number }

/** Events sharing a trigger and PLOVER type joined back (we split coordinated sources). */
function joined(events: readonly Event[]): { plover: string; source: string[]; target: string[] }[] {
  const groups = new Map<string, { plover: string; source: string[]; target: string[] }>();
  for (const e of events) {
    const key = `${e.trigger.start}|${e.plover}`;
    const g = groups.get(key) ?? { plover: e.plover, source: [], target: [] };
    g.source.push(...e.source.map(ploverCode));
    g.target.push(...e.target.map(ploverCode));
    groups.set(key, g);
  }
  return [...groups.values()];
}

export const ploverEvents: EvalSuite = {
  name: 'plover-events',
  async run() {
    const file = join(sharedDir, 'eval/plover-gsr/dev.jsonl');
    if (!existsSync(file)) return console.log(`plover-events: ${file} is absent; skipped`);
    const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => record.parse(JSON.parse(l)));
    const stages = makePipeline();
    const byText = new Map<string, Event[]>();
    const goldTypes = new Map<string, Set<string>>();
    for (const r of records) {
      if (!byText.has(r.text)) byText.set(r.text, [...analyzeDocument({ id: r.id, text: r.text }, stages).events]);
      const set = goldTypes.get(r.text) ?? new Set<string>();
      set.add(r.eventPlover);
      goldTypes.set(r.text, set);
    }
    const rows = new Map<string, Row>();
    const row = (t: string): Row => rows.get(t) ?? (rows.set(t, { gold: 0, typeHit: 0, full: 0, emitted: 0, correct: 0 }), rows.get(t)!);
    let typeHit = 0;
    let full = 0;
    for (const r of records) {
      const events = byText.get(r.text)!;
      const g = row(r.eventPlover);
      g.gold++;
      const same = joined(events).filter((e) => e.plover === r.eventPlover);
      if (same.length) { g.typeHit++; typeHit++; }
      const src = r.source.map((a) => a.code);
      const tgt = r.target.map((a) => a.code);
      if (same.some((e) => sameSet(e.source, src) && sameSet(e.target, tgt))) { g.full++; full++; }
    }
    let emitted = 0;
    let correct = 0;
    for (const [text, events] of byText) {
      for (const e of events) {
        const ok = goldTypes.get(text)!.has(e.plover);
        row(e.plover).emitted++;
        emitted++;
        if (ok) { row(e.plover).correct++; correct++; }
      }
    }
    const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '  - ');
    console.log(`${'PLOVER'.padEnd(10)} ${'gold'.padStart(5)} ${'type'.padStart(5)} ${'+src/tgt'.padStart(8)} ${'emitted'.padStart(8)} ${'prec'.padStart(5)}`);
    for (const [t, x] of [...rows].sort()) {
      console.log(`${t.padEnd(10)} ${String(x.gold).padStart(5)} ${pct(x.typeHit, x.gold).padStart(5)} ${pct(x.full, x.gold).padStart(8)} ${String(x.emitted).padStart(8)} ${pct(x.correct, x.emitted).padStart(5)}`);
    }
    console.log(`records ${records.length} (${byText.size} sentences)`);
    console.log(`type produced      ${pct(typeHit, records.length)}  (target >= 0.85)`);
    console.log(`type + source/target ${pct(full, records.length)}  (target >= 0.70)`);
    console.log(`precision          ${pct(correct, emitted)}  of ${emitted} emitted events (target >= 0.70)`);
  },
};
