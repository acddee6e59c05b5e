// The tables of a HeadTrie, built from the rules' heads (see head-trie.ts for how they are read).
// Building costs a good part of a process's start: the build writes them to data/time (see
// compiled-rule-index.ts), and a process reads them back.
import { HeadTrie, symbolOfHead } from './head-trie.js';
import type { HeadTrieTables } from './head-trie.js';

/** Nodes with more edges than this get a row with a slot per symbol; the rest are scanned. */
const WIDE = 4;

/** Rule lists from bit sets (one bit per rule), each distinct list kept once and named by a number. */
class ListsFromBits {
  readonly lists: (readonly number[])[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly words: number) {}

  id(bits: Uint32Array, node: number): number {
    const from = node * this.words;
    let key = '';
    for (let w = 0; w < this.words; w++) key += `${bits[from + w] as number},`;
    let id = this.ids.get(key);
    if (id === undefined) {
      const rules: number[] = [];
      for (let w = 0; w < this.words; w++)
        for (let b = 0; b < 32; b++) if (((bits[from + w] as number) >>> b) & 1) rules.push(w * 32 + b);
      id = this.lists.length;
      this.lists.push(rules);
      this.ids.set(key, id);
    }
    return id;
  }
}

export function buildHeadTrie(byHead: ReadonlyMap<string, readonly number[]>): HeadTrieTables {
  // First a trie of edge lists ([symbol, child] pairs), then renumbered breadth first.
  const children: [number, number][][] = [[]];
  const ends: { node: number; rules: readonly number[] }[] = [];
  let depth = 0;
  let ruleCount = 0;
  for (const [head, rules] of byHead) {
    let node = 0;
    for (const c of head) {
      const symbol = symbolOfHead(c);
      const mine = children[node] as [number, number][];
      let next = mine.find((e) => e[0] === symbol)?.[1];
      if (next === undefined) {
        next = children.length;
        mine.push([symbol, next]);
        children.push([]);
      }
      node = next;
    }
    depth = Math.max(depth, head.length);
    ends.push({ node, rules });
    for (const r of rules) ruleCount = Math.max(ruleCount, r + 1);
  }
  for (const list of children) list.sort((a, b) => a[0] - b[0]);
  const count = children.length;
  const order = [0];
  const renumbered = new Int32Array(count);
  const parent = new Int32Array(count).fill(-1);
  for (let k = 0; k < order.length; k++) {
    const old = order[k] as number;
    renumbered[old] = k;
    for (const [, child] of children[old] ?? []) {
      parent[order.length] = k;
      order.push(child);
    }
  }
  const nodes = new Int32Array(count * 3);
  const edges = new Int32Array(count);
  const wide: number[] = [];
  let edge = 0;
  for (let k = 0; k < count; k++) {
    const mine = children[order[k] as number] ?? [];
    nodes[k * 3] = edge;
    for (const [symbol, child] of mine) edges[edge++] = ((renumbered[child] as number) << 5) | symbol;
    nodes[k * 3 + 1] = edge;
    nodes[k * 3 + 2] = (mine.length > WIDE ? wide.push(k) - 1 : -1) * 2;
  }
  const rows = new Int32Array(wide.length * 32);
  wide.forEach((k, row) => {
    for (let e = nodes[k * 3] as number; e < (nodes[k * 3 + 1] as number); e++) {
      const v = edges[e] as number;
      rows[row * 32 + (v & 31)] = v >> 5;
    }
  });
  // Bit sets per node: the rules whose heads end there, then (parents come first) those of
  // every prefix on the way down, and those of the whole subtree on the way up.
  const words = Math.max(1, Math.ceil(ruleCount / 32));
  const own = new Uint32Array(count * words);
  for (const { node, rules } of ends) for (const r of rules) own[(renumbered[node] as number) * words + (r >> 5)] |= 1 << (r & 31);
  const prefix = own.slice();
  const subtree = own.slice();
  for (let node = 1; node < count; node++)
    for (let w = 0; w < words; w++) prefix[node * words + w] |= prefix[(parent[node] as number) * words + w] as number;
  for (let node = count - 1; node > 0; node--)
    for (let w = 0; w < words; w++) subtree[(parent[node] as number) * words + w] |= subtree[node * words + w] as number;
  for (let i = 0; i < subtree.length; i++) subtree[i] = (subtree[i] as number) | (prefix[i] as number);
  const lists = new ListsFromBits(words);
  const hereList = new Int32Array(count);
  const belowList = new Int32Array(count);
  for (let node = 0; node < count; node++) {
    hereList[node] = lists.id(prefix, node);
    belowList[node] = lists.id(subtree, node);
    // Nothing below adds a rule: a lookup may stop here (see HeadTrie.rulesAtText).
    if (hereList[node] === belowList[node]) nodes[node * 3 + 2] = (nodes[node * 3 + 2] as number) | 1;
  }
  // Three first symbols may begin a match when the path they spell goes on, or stops where
  // some rule's head ends.
  const triples = new Uint8Array((32 * 32 * 32) / 8);
  const trie = new HeadTrie({ nodes, edges, rows, triples, hereList, belowList, lists: lists.lists, depth });
  for (let s0 = 0; s0 < 32; s0++) {
    const n1 = trie.child(0, s0);
    if (n1 === 0) continue;
    for (let s1 = 0; s1 < 32; s1++) {
      const n2 = trie.child(n1, s1);
      for (let s2 = 0; s2 < 32; s2++) {
        const open = trie.here(n1).length > 0 || (n2 !== 0 && (trie.here(n2).length > 0 || trie.child(n2, s2) !== 0));
        const key = (s0 << 10) | (s1 << 5) | s2;
        if (open) triples[key >> 3] = (triples[key >> 3] as number) | (1 << (key & 7));
      }
    }
  }
  return { nodes, edges, rows, triples, hereList, belowList, lists: lists.lists, depth };
}
