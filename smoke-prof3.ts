import { makeCtx, makeDoc } from './src/core/index.js';
import { makeTextSegmenter } from './src/ingest/index.js';
import { baseDictionary } from './src/actors/build-dictionary.js';
import { scanSentence } from './src/actors/scan-sentence.js';
import { tokenize } from './src/actors/tokenize.js';
import { readFileSync } from 'node:fs';
const base = readFileSync('bench/mentions.ts', 'utf8').match(/'[^'\n]{60,}'/g)!.map((s) => s.slice(1, -1));
const text = Array.from({ length: 2000 }, (_, i) => base[i % base.length]).join('\n\n');
const doc = makeTextSegmenter().run(makeDoc({ id: 'b', text }), makeCtx(null));
const dict = baseDictionary();
(globalThis as unknown as { gc: () => void }).gc();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const mb = text.length / 1e6;
for (let k = 0; k < 3; k++) {
  let t = cpu();
  for (let rep = 0; rep < 10; rep++) for (const s of doc.sentences) tokenize(text, s.start, s.end);
  const a = cpu() - t; t = cpu();
  for (let rep = 0; rep < 10; rep++) for (const s of doc.sentences) scanSentence(dict, text, s.start, s.end, '2024-06-01');
  const b = cpu() - t;
  console.log(`tokenize ${(10 * mb / a).toFixed(1)} MB/s; scan ${(10 * mb / b).toFixed(1)} MB/s`);
}
import { makeMentionFinder, makeMentionResolver } from './src/actors/index.js';
const finder = makeMentionFinder();
const resolver = makeMentionResolver();
for (let k = 0; k < 3; k++) {
  let t = cpu();
  let d = doc;
  for (let rep = 0; rep < 10; rep++) d = finder.run(doc, makeCtx('2024-06-01'));
  const a = cpu() - t; t = cpu();
  resolver.run(d, makeCtx('2024-06-01'));
  const b = cpu() - t;
  console.log(`finder ${(10 * mb / a).toFixed(1)} MB/s; resolver ${(mb / b).toFixed(1)} MB/s; mentions ${d.mentions.length}`);
}
