import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from './src/cli/ingest/index.js';
import { DEFAULT_MAX_BYTES, readInputs } from './src/ingest/read/index.js';
import { openStore } from './src/store/index.js';
import { loadPairReports } from './src/store/events/index.js';
const seeds = '../shared/corpus/seeds';
const meta = JSON.parse(readFileSync(join(seeds, 'meta.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'e-dbg-'));
writeFileSync(join(dir, 's.jsonl'), Object.entries(meta).map(([f, m]: [string, any]) => JSON.stringify({ id: f, text: readFileSync(join(seeds, f), 'utf8'), published: m.published })).join('\n'));
const store = await openStore(join(dir, 'x.db'));
await runIngest({ db: store.db, inputs: readInputs([join(dir, 's.jsonl')], { maxBytes: DEFAULT_MAX_BYTES }) });
for (const [a, b] of process.argv.slice(2).map((p) => p.split('-'))) {
  for (const r of await loadPairReports(store.db, a, b)) console.log(a, b, r.type, r.polarity, r.modality, r.date.value, r.level, JSON.stringify(r.locations), r.source.map((x) => `${x.code}:${x.text}:${x.post}`).join('|'), '->', r.target.map((x) => `${x.code}:${x.text}:${x.post}`).join('|'), '::', r.evidence.text.slice(0, 120));
}
const all = store.sqlite.prepare('select type, polarity, modality, date_value, source_json, target_json, substr(evidence_text,1,80) ev from events').all();
if (process.env.ALL) for (const r of all) console.log(JSON.stringify(r));
const { queryRelations } = await import("./src/store/events/index.js");
const { analyzePair } = await import("./src/knowledge/index.js");
const rep = await loadPairReports(store.db, "MEX", "ECU");
const p = analyzePair(rep, "MEX", "ECU");
console.log(p.events.map(e => [e.type, e.sources, e.targets, e.date]), p.claims.map(c => [c.facet, c.holder, c.other, c.value, c.start, c.rule]));
console.log(JSON.stringify((await queryRelations(store.db, "MEX", "ECU", "2025-05-23")).relations).slice(0, 300));
console.log(JSON.stringify((await queryRelations(store.db, "MEX", "ISR", "2025-05-23")).relations).slice(0, 300));
await store.close();
