import { baseDictionary } from './src/actors/build-dictionary.js';
import { tokenize } from './src/actors/tokenize.js';
import { readFileSync, readdirSync } from 'node:fs';
const parts = readdirSync('../shared/corpus/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('../shared/corpus/seeds/' + f, 'utf8'));
for (const l of readFileSync('../shared/eval/plover-gsr/dev.jsonl', 'utf8').split('\n')) if (l.trim()) parts.push(JSON.parse(l).text);
const text = parts.join('\n\n');
const dict = baseDictionary();
const toks = tokenize(text);
const c = new Map<string, number>();
let inRoot = 0;
for (const t of toks) if (dict.trie.children?.has(t.norm)) { inRoot++; c.set(t.norm, (c.get(t.norm) ?? 0) + 1); }
console.log('tokens', toks.length, 'inRoot', inRoot, 'root size', dict.trie.children?.size);
console.log([...c].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join(' '));
const node = dict.trie.children?.get('the');
console.log('the children', node?.children?.size, 'in children', dict.trie.children?.get('in')?.children?.size);
