// plover-gsr dev, actors only: in how many records are all gold source and target codes among the
// codes (or owning states) of the mentions found in the sentence? Also prints a fixed sample of
// mentions for a person to check by hand (the false-mention estimate in the closing note).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { makeCtx, makeDoc } from '../src/core/index.js';
import type { Mention } from '../src/core/index.js';
import { makeMentionFinder, makeMentionResolver } from '../src/actors/index.js';
import { makeTextSegmenter } from '../src/ingest/index.js';
import { runPipeline } from '../src/pipeline.js';
import { sharedDir } from './shared-dir.js';
import type { EvalSuite } from './suites.js';

const actor = z.object({ text: z.string(), code: z.string() });
const record = z.object({ id: z.string(), text: z.string(), source: z.array(actor), target: z.array(actor) });

/** Every code a mention can satisfy: its code, the code's family (IGO), its state, its IGO/NGO sector. */
export function codesOf(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    out.add(m.code);
    if (m.code.includes(':')) out.add(m.code.slice(0, m.code.indexOf(':')));
    if (m.state) out.add(m.state);
    if (m.sector === 'IGO' || m.sector === 'NGO' || m.sector === 'IMG') out.add(m.sector);
    if (m.actorType === 'igo') out.add('IGO');
  }
  return out;
}

export const ploverActors: EvalSuite = {
  name: 'plover-actors',
  async run() {
    const file = join(sharedDir, 'eval/plover-gsr/dev.jsonl');
    if (!existsSync(file)) return console.log(`plover-actors: ${file} is absent; skipped`);
    const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => record.parse(JSON.parse(l)));
    const stages = [makeTextSegmenter(), makeMentionFinder(), makeMentionResolver()];
    let hits = 0;
    let goldActors = 0;
    let actorHits = 0;
    let mentionCount = 0;
    const misses: string[] = [];
    const sample: string[] = [];
    records.forEach((r, i) => {
      const doc = runPipeline(stages, makeDoc({ id: r.id, text: r.text }), makeCtx(null));
      const codes = codesOf(doc.mentions);
      mentionCount += doc.mentions.length;
      const gold = [...r.source, ...r.target];
      const missing = gold.filter((a) => !codes.has(a.code));
      goldActors += gold.length;
      actorHits += gold.length - missing.length;
      if (missing.length === 0) hits++;
      else misses.push(`  ${r.id}: missing ${missing.map((a) => `${a.code} "${a.text}"`).join(', ')} | found ${[...new Set(doc.mentions.map((m) => m.code))].join(' ') || '-'}`);
      if (i % 7 === 0) sample.push(`  [${r.id}] ${doc.mentions.map((m) => `"${m.text}"=${m.code}${m.sector ? '/' + m.sector : ''}`).join('; ') || '(none)'}`);
    });
    console.log(`records: ${records.length}; all gold codes found: ${hits} (${((100 * hits) / records.length).toFixed(1)}%, target >= 95%)`);
    console.log(`gold actors found: ${actorHits}/${goldActors} (${((100 * actorHits) / goldActors).toFixed(1)}%); mentions emitted: ${mentionCount} (${(mentionCount / records.length).toFixed(2)} per sentence)`);
    console.log(`misses (${misses.length}):`);
    for (const m of misses) console.log(m);
    console.log(`hand-check sample (every 7th record, ${sample.length} sentences): each mention "text"=code/sector`);
    for (const s of sample) console.log(s);
  },
};
