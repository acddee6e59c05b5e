import { makeCtx, makeDoc } from './src/core/index.js';
import { makeTextSegmenter } from './src/ingest/index.js';
import { baseDictionary } from './src/actors/build-dictionary.js';
import { scanSentence } from './src/actors/scan-sentence.js';
import { tokenize } from './src/actors/tokenize.js';
import { readFileSync, readdirSync } from 'node:fs';
const parts = readdirSync('../shared/corpus/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('../shared/corpus/seeds/' + f, 'utf8'));
for (const l of readFileSync('../shared/eval/plover-gsr/dev.jsonl', 'utf8').split('\n')) if (l.trim()) parts.push(JSON.parse(l).text);
const text = Array.from({ length: 3 }, () => parts.join('\n\n')).join('\n\n');
const doc = makeTextSegmenter().run(makeDoc({ id: 'b', text }), makeCtx(null));
console.log('sentences', doc.sentences.length, 'chars', text.length, 'max sentence', Math.max(...doc.sentences.map((s) => s.end - s.start)));
const dict = baseDictionary();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const mb = text.length / 1e6;
for (let k = 0; k < 8; k++) {
  let t = cpu(); let n = 0;
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) n += tokenize(text, s.start, s.end).length;
  const a = cpu() - t; t = cpu();
  let items = 0;
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) items += scanSentence(dict, text, s.start, s.end, '2024-06-01').items.length;
  const b = cpu() - t;
  console.log(`tokens ${n / 5}, tokenize ${(5 * mb / a).toFixed(1)} MB/s; scan ${(5 * mb / b).toFixed(1)} MB/s items ${items / 5}`);
}
import { orgNameEnd } from './src/actors/org-name-end.js';
import { collectMatches } from './src/actors/token-trie.js';
for (let k = 0; k < 3; k++) {
  let t = cpu(); let n = 0;
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) { const toks = tokenize(text, s.start, s.end); const norms = toks.map((x) => x.norm); for (let i = 0; i < toks.length; i++) if (dict.trie.children?.has(norms[i]!)) n += collectMatches(dict.trie, norms, i); }
  const a = cpu() - t;
  console.log(`tokenize+root+collect ${(5 * mb / a).toFixed(1)} MB/s`, n);
}
for (let k = 0; k < 3; k++) {
  let t = cpu(); let n = 0;
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) { const toks = tokenize(text, s.start, s.end); for (let i = 0; i < toks.length; i++) if (dict.trie.children?.has(toks[i]!.norm)) n++; }
  const a = cpu() - t; t = cpu();
  const plain = new Map<string, number>(); for (const key of dict.trie.children!.keys()) plain.set(key, 1);
  let m = 0;
  for (let r = 0; r < 5; r++) for (const s of doc.sentences) { const toks = tokenize(text, s.start, s.end); for (let i = 0; i < toks.length; i++) if (plain.has(toks[i]!.norm)) m++; }
  const b = cpu() - t;
  console.log(`tokenize+has ${(5 * mb / a).toFixed(1)} MB/s, fresh map ${(5 * mb / b).toFixed(1)} MB/s`, n, m);
}
