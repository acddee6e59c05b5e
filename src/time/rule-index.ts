// Which rules can match at a word, looked up by the word's first characters, and each rule's
// pattern made sticky so it is tried only there. Built once per rule list.
import { HEAD_LENGTH, boundedHeads, foldChar, regexHeads } from './regex-heads.js';
import type { TimexRule } from './rule-kit.js';

export interface RuleIndex {
  /** Per rule (same order as the list): the pattern anchored at lastIndex. */
  readonly sticky: readonly RegExp[];
  /** Rules whose matches may begin anywhere: they keep the plain scan over the whole text. */
  readonly scanned: readonly number[];
  /** Rules worth trying where the text's folded key (wordKey) is this, in rule order. */
  rulesAt(key: string): readonly number[];
  /** The same for the text at an offset, read off the text without building its key. */
  rulesAtText(text: string, at: number): readonly number[];
}

// Longer heads tell more words apart ("in#the#pa" from "in#the#ca"), so fewer patterns run in
// vain; a rule gets the longest of these whose heads stay few (number words multiply them).
const LONGER_HEADS: number[] = process.env.HAO_HEADS ? JSON.parse(process.env.HAO_HEADS) : [8, 10, 12];
const MAX_HEADS = 1000;

/** A rule's heads, or null when its matches may begin anywhere. */
function headsOfRule(source: string): ReadonlySet<string> | null {
  let best = regexHeads(source, HEAD_LENGTH);
  if (!best) return null;
  // Heads only grow with their length: past the first length with too many, stop.
  for (const length of LONGER_HEADS) {
    const heads = boundedHeads(source, length, MAX_HEADS);
    if (heads === 'too many' || heads === null) break;
    best = heads;
  }
  return best;
}

const indexes = new WeakMap<readonly TimexRule[], RuleIndex>();

export function ruleIndex(rules: readonly TimexRule[]): RuleIndex {
  const cached = indexes.get(rules);
  if (cached) return cached;
  const byHead = new Map<string, number[]>();
  const scanned: number[] = [];
  rules.forEach((rule, order) => {
    const heads = headsOfRule(rule.pattern.source);
    if (!heads) {
      scanned.push(order);
      return;
    }
    for (const h of heads) {
      const head = h.includes('*') ? h.slice(0, h.indexOf('*')) : h;
      const list = byHead.get(head) ?? [];
      if (!list.includes(order)) list.push(order);
      byHead.set(head, list);
    }
  });
  const trie = new HeadTrie(byHead);
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  const index: RuleIndex = {
    sticky,
    scanned,
    rulesAt: (key) => trie.rulesAt(key),
    rulesAtText: (text, at) => trie.rulesAtText(text, at),
  };
  indexes.set(rules, index);
  return index;
}

// ASCII characters folded as regexHeads folds them: letters lower-cased, digits '0', the rest '#'.
const asciiFold = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));

/**
 * The folded key of the text at `at`, as regexHeads folds a match, at most `length` long. A
 * character beyond ASCII gives '~' and ends the key: case-insensitive matching folds a few such
 * characters onto ASCII letters, so there every rule whose heads agree up to it is tried.
 */
export function wordKey(text: string, at: number, length = LONGER_HEADS[LONGER_HEADS.length - 1] as number): string {
  let key = '';
  for (let i = at; key.length < length; i++) {
    if (i >= text.length) return key.endsWith('#') ? key : `${key}#`;
    const code = text.charCodeAt(i);
    if (code >= 128) return `${key}~`;
    const f = asciiFold[code] as string;
    if (f !== '#' || !key.endsWith('#')) key += f;
  }
  return key;
}

// One symbol (1-29) per folded character: '#' = 1, '0' = 2, letters 3-28, 29 for a head's
// character beyond ASCII (the text never steps there: it reads such a character as '~').
const BLANK = 1;
const OTHER = 29;
const SYMBOLS = 30;
/** Nodes with more edges than this get a row with a slot per symbol; the rest are scanned. */
const WIDE = 4;
const symbols = asciiFold.map((f) => (f === '#' ? BLANK : f === '0' ? 2 : f.charCodeAt(0) - 94));
const symbolOfHead = (c: string): number => {
  const code = c.charCodeAt(0);
  return code < 128 ? (symbols[code] as number) : OTHER;
};

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

/**
 * The heads as a trie of folded symbols. Each node keeps the rules whose heads are a prefix of
 * its path (what rulesAt gives for a key that stops there) and the rules of its whole subtree
 * (what rulesAt gives when '~' follows), so a lookup walks a few characters and allocates nothing.
 * Nodes are numbered breadth first and a node's edges sit side by side in small typed arrays:
 * the finder runs between other stages, so the few nodes near the root that most words visit
 * should share cache lines.
 */
class HeadTrie {
  /** Per node: where its edges begin in edgeSymbols/edgeTargets (they end where the next node's begin). */
  private readonly firstEdge: Int32Array;
  private readonly edgeSymbols: Uint8Array;
  private readonly edgeTargets: Int32Array;
  /** Per node: its row in `rows` when it has many edges (the root, "t", "th"...), else -1. */
  private readonly rowOf: Int32Array;
  /** One slot per symbol: the child, or 0. */
  private readonly rows: Int32Array;
  private readonly hereList: Int32Array;
  private readonly belowList: Int32Array;
  private readonly lists: readonly (readonly number[])[];
  private readonly depth: number;

  constructor(byHead: ReadonlyMap<string, readonly number[]>) {
    // First a trie of maps, then renumbered breadth first into the flat arrays.
    const children: Map<number, number>[] = [new Map()];
    const ends: { node: number; rules: readonly number[] }[] = [];
    let depth = 0;
    let ruleCount = 0;
    for (const [head, rules] of byHead) {
      let node = 0;
      for (const c of head) {
        const symbol = symbolOfHead(c);
        let next = children[node]?.get(symbol);
        if (next === undefined) {
          next = children.length;
          children[node]?.set(symbol, next);
          children.push(new Map());
        }
        node = next;
      }
      depth = Math.max(depth, head.length);
      ends.push({ node, rules });
      for (const r of rules) ruleCount = Math.max(ruleCount, r + 1);
    }
    const nodes = children.length;
    const order = [0];
    const renumbered = new Int32Array(nodes);
    const parent = new Int32Array(nodes).fill(-1);
    for (let k = 0; k < order.length; k++) {
      const old = order[k] as number;
      renumbered[old] = k;
      for (const [, child] of [...(children[old] ?? [])].sort((a, b) => a[0] - b[0])) {
        parent[order.length] = k;
        order.push(child);
      }
    }
    this.firstEdge = new Int32Array(nodes + 1);
    this.edgeSymbols = new Uint8Array(nodes);
    this.edgeTargets = new Int32Array(nodes);
    let edge = 0;
    for (let k = 0; k < nodes; k++) {
      this.firstEdge[k] = edge;
      for (const [symbol, child] of [...(children[order[k] as number] ?? [])].sort((a, b) => a[0] - b[0])) {
        this.edgeSymbols[edge] = symbol;
        this.edgeTargets[edge] = renumbered[child] as number;
        edge++;
      }
    }
    this.firstEdge[nodes] = edge;
    this.rowOf = new Int32Array(nodes).fill(-1);
    const wide: number[] = [];
    for (let k = 0; k < nodes; k++) if ((this.firstEdge[k + 1] as number) - (this.firstEdge[k] as number) > WIDE) wide.push(k);
    this.rows = new Int32Array(wide.length * SYMBOLS);
    wide.forEach((k, row) => {
      this.rowOf[k] = row;
      for (let e = this.firstEdge[k] as number; e < (this.firstEdge[k + 1] as number); e++)
        this.rows[row * SYMBOLS + (this.edgeSymbols[e] as number)] = this.edgeTargets[e] as number;
    });
    // Bit sets per node: the rules whose heads end there, then (parents come first) those of
    // every prefix on the way down, and those of the whole subtree on the way up.
    const words = Math.max(1, Math.ceil(ruleCount / 32));
    const own = new Uint32Array(nodes * words);
    for (const { node, rules } of ends) for (const r of rules) own[(renumbered[node] as number) * words + (r >> 5)] |= 1 << (r & 31);
    const prefix = own.slice();
    const subtree = own.slice();
    for (let node = 1; node < nodes; node++)
      for (let w = 0; w < words; w++) prefix[node * words + w] |= prefix[(parent[node] as number) * words + w] as number;
    for (let node = nodes - 1; node > 0; node--)
      for (let w = 0; w < words; w++) subtree[(parent[node] as number) * words + w] |= subtree[node * words + w] as number;
    for (let i = 0; i < subtree.length; i++) subtree[i] = (subtree[i] as number) | (prefix[i] as number);
    const lists = new ListsFromBits(words);
    this.hereList = new Int32Array(nodes);
    this.belowList = new Int32Array(nodes);
    for (let node = 0; node < nodes; node++) {
      this.hereList[node] = lists.id(prefix, node);
      this.belowList[node] = lists.id(subtree, node);
    }
    this.lists = lists.lists;
    this.depth = depth;
  }

  private child(node: number, symbol: number): number {
    const row = this.rowOf[node] as number;
    if (row >= 0) return this.rows[row * SYMBOLS + symbol] as number;
    const end = this.firstEdge[node + 1] as number;
    for (let e = this.firstEdge[node] as number; e < end; e++) if (this.edgeSymbols[e] === symbol) return this.edgeTargets[e] as number;
    return 0;
  }

  private here(node: number): readonly number[] {
    return this.lists[this.hereList[node] as number] as readonly number[];
  }

  private below(node: number): readonly number[] {
    return this.lists[this.belowList[node] as number] as readonly number[];
  }

  rulesAt(key: string): readonly number[] {
    let node = 0;
    for (const c of key) {
      if (c === '~') return this.below(node);
      const next = this.child(node, symbolOfHead(c));
      if (next === 0) break;
      node = next;
    }
    return this.here(node);
  }

  rulesAtText(text: string, at: number): readonly number[] {
    let node = 0;
    let n = 0;
    let blank = false;
    for (let i = at; n < this.depth; i++) {
      let s: number;
      if (i >= text.length) {
        if (blank) break;
        s = BLANK;
        n = this.depth;
      } else {
        const code = text.charCodeAt(i);
        if (code >= 128) return this.below(node);
        s = symbols[code] as number;
        // A run of blanks folds to one '#'.
        if (s === BLANK) {
          if (blank) continue;
          blank = true;
        } else blank = false;
        n++;
      }
      const next = this.child(node, s);
      if (next === 0) break;
      node = next;
    }
    return this.here(node);
  }
}
