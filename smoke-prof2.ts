import { makeCtx, makeDoc } from './src/core/index.js';
import { makeTextSegmenter } from './src/ingest/index.js';
import { baseDictionary } from './src/actors/build-dictionary.js';
import { scanSentence } from './src/actors/scan-sentence.js';
import { composeMentions } from './src/actors/compose-mentions.js';
import { tokenize } from './src/actors/tokenize.js';
import { readFileSync } from 'node:fs';
const base = readFileSync('bench/mentions.ts', 'utf8').match(/'[^'\n]{60,}'/g)!.map((s) => s.slice(1, -1));
const text = Array.from({ length: 2000 }, (_, i) => base[i % base.length]).join('\n\n');
const doc = makeTextSegmenter().run(makeDoc({ id: 'b', text }), makeCtx(null));
const dict = baseDictionary();
const mb = text.length / 1e6;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
for (let rep = 0; rep < 4; rep++) {
  let t = cpu();
  for (const s of doc.sentences) tokenize(text, s.start, s.end);
  const tTok = cpu() - t; t = cpu();
  const scans = doc.sentences.map((s) => scanSentence(dict, text, s.start, s.end, '2024-06-01'));
  const tScan = cpu() - t; t = cpu();
  let n = 0;
  for (const sc of scans) n += composeMentions(dict, sc, '2024-06-01').length;
  const tComp = cpu() - t;
  console.log(`cpu: tokenize ${(mb / tTok).toFixed(1)} MB/s, scan(incl tokenize) ${(mb / tScan).toFixed(1)} MB/s, compose ${(mb / tComp).toFixed(1)} MB/s, mentions ${n}`);
}
