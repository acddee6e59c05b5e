// The rules' heads as a trie of folded characters, looked up at a word of the text without
// building its key (see rule-index.ts for what the heads are and regex-heads.ts for the folding).
import { foldChar } from './regex-heads.js';

// ASCII characters folded as regexHeads folds them: letters lower-cased, digits '0', the rest '#'.
export const asciiFold = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));

// One symbol (1-29) per folded character: '#' = 1, '0' = 2, letters 3-28, 29 for a head's
// character beyond ASCII (the text never steps there: it reads such a character as '~').
const BLANK = 1;
const OTHER = 29;
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
 * The finder runs between other stages, with its tables out of cache: nodes are numbered breadth
 * first, a node's fields sit side by side, and a pair table turns most words away at once.
 */
export class HeadTrie {
  /** Per node, three numbers: first edge, end of its edges, and its row (or -1). */
  private readonly nodes: Int32Array;
  /** Per edge: child << 5 | symbol. */
  private readonly edges: Int32Array;
  /** For nodes with many edges (the root, "t", "th"...): a slot per symbol, the child or 0. */
  private readonly rows: Int32Array;
  /** A bit per three first symbols (blank runs folded to one): set when some rule may begin so. */
  private readonly triples: Uint8Array;
  private readonly hereList: Int32Array;
  private readonly belowList: Int32Array;
  private readonly lists: readonly (readonly number[])[];
  private readonly depth: number;

  constructor(byHead: ReadonlyMap<string, readonly number[]>) {
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
    this.nodes = new Int32Array(count * 3);
    this.edges = new Int32Array(count);
    const wide: number[] = [];
    let edge = 0;
    for (let k = 0; k < count; k++) {
      const mine = children[order[k] as number] ?? [];
      this.nodes[k * 3] = edge;
      for (const [symbol, child] of mine) this.edges[edge++] = ((renumbered[child] as number) << 5) | symbol;
      this.nodes[k * 3 + 1] = edge;
      this.nodes[k * 3 + 2] = mine.length > WIDE ? wide.push(k) - 1 : -1;
    }
    this.rows = new Int32Array(wide.length * 32);
    wide.forEach((k, row) => {
      for (let e = this.nodes[k * 3] as number; e < (this.nodes[k * 3 + 1] as number); e++) {
        const v = this.edges[e] as number;
        this.rows[row * 32 + (v & 31)] = v >> 5;
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
    this.hereList = new Int32Array(count);
    this.belowList = new Int32Array(count);
    for (let node = 0; node < count; node++) {
      this.hereList[node] = lists.id(prefix, node);
      this.belowList[node] = lists.id(subtree, node);
    }
    this.lists = lists.lists;
    this.depth = depth;
    // Three first symbols may begin a match when the path they spell goes on, or stops where
    // some rule's head ends.
    this.triples = new Uint8Array((32 * 32 * 32) / 8);
    for (let s0 = 0; s0 < 32; s0++) {
      const n1 = this.child(0, s0);
      if (n1 === 0) continue;
      for (let s1 = 0; s1 < 32; s1++) {
        const n2 = this.child(n1, s1);
        for (let s2 = 0; s2 < 32; s2++) {
          const open = this.here(n1).length > 0 || (n2 !== 0 && (this.here(n2).length > 0 || this.child(n2, s2) !== 0));
          const key = (s0 << 10) | (s1 << 5) | s2;
          if (open) this.triples[key >> 3] = (this.triples[key >> 3] as number) | (1 << (key & 7));
        }
      }
    }
  }

  private child(node: number, symbol: number): number {
    const row = this.nodes[node * 3 + 2] as number;
    if (row >= 0) return this.rows[row * 32 + symbol] as number;
    const end = this.nodes[node * 3 + 1] as number;
    for (let e = this.nodes[node * 3] as number; e < end; e++) {
      const v = this.edges[e] as number;
      if ((v & 31) === symbol) return v >> 5;
    }
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

  /** False when no rule's match can begin at `at` (ASCII text only; beyond it, or near the end, true). */
  private mayBegin(text: string, at: number): boolean {
    const c0 = text.charCodeAt(at);
    let i = at + 1;
    if (c0 >= 128 || i >= text.length) return true;
    const c1 = text.charCodeAt(i);
    if (c1 >= 128) return true;
    const s1 = symbols[c1] as number;
    i++;
    if (s1 === BLANK)
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c >= 128 || symbols[c] !== BLANK) break;
        i++;
      }
    if (i >= text.length) return true;
    const c2 = text.charCodeAt(i);
    if (c2 >= 128) return true;
    const key = ((symbols[c0] as number) << 10) | (s1 << 5) | (symbols[c2] as number);
    return ((this.triples[key >> 3] as number) & (1 << (key & 7))) !== 0;
  }

  rulesAtText(text: string, at: number): readonly number[] {
    // Most words begin no rule's match, and their first three symbols tell: one bit, where
    // walking the trie would read several arrays.
    if (!this.mayBegin(text, at)) return NONE;
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

const NONE: readonly number[] = [];
