import { makeCtx, makeDoc } from './src/core/index.js';
import { makeTextSegmenter } from './src/ingest/index.js';
import { baseDictionary } from './src/actors/build-dictionary.js';
import { scanSentence } from './src/actors/scan-sentence.js';
import { composeMentions } from './src/actors/compose-mentions.js';
import { tokenize } from './src/actors/tokenize.js';
import { readFileSync, readdirSync } from 'node:fs';
const parts = readdirSync('../shared/corpus/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('../shared/corpus/seeds/' + f, 'utf8'));
for (const l of readFileSync('../shared/eval/plover-gsr/dev.jsonl', 'utf8').split('\n')) if (l.trim()) parts.push(JSON.parse(l).text);
const text = Array.from({ length: 3 }, () => parts.join('\n\n')).join('\n\n');
const doc = makeTextSegmenter().run(makeDoc({ id: 'b', text }), makeCtx(null));
const dict = baseDictionary();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const mb = text.length / 1e6;
for (let k = 0; k < 5; k++) {
  let t = cpu();
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) tokenize(text, s.start, s.end);
  const a = cpu() - t; t = cpu();
  const scans = [];
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) scans.push(scanSentence(dict, text, s.start, s.end, '2024-06-01'));
  const b = cpu() - t; t = cpu();
  for (const sc of scans) composeMentions(dict, sc, '2024-06-01');
  const c = cpu() - t;
  console.log(`tokenize ${(5 * mb / a).toFixed(1)}; scan ${(5 * mb / b).toFixed(1)}; compose ${(5 * mb / c).toFixed(1)} MB/s`);
}
