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
const LONGER_HEADS = [8, 10, 12];
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
const symbols = asciiFold.map((f) => (f === '#' ? BLANK : f === '0' ? 2 : f.charCodeAt(0) - 94));
const symbolOfHead = (c: string): number => {
  const code = c.charCodeAt(0);
  return code < 128 ? (symbols[code] as number) : OTHER;
};

/** Rule lists from bit sets (one bit per rule), the same array for equal sets. */
class ListsFromBits {
  private readonly shared = new Map<string, readonly number[]>();
  constructor(private readonly words: number) {}

  list(bits: Uint32Array, node: number): readonly number[] {
    const from = node * this.words;
    const key = bits.subarray(from, from + this.words).join(',');
    let list = this.shared.get(key);
    if (!list) {
      const rules: number[] = [];
      for (let w = 0; w < this.words; w++)
        for (let b = 0; b < 32; b++) if (((bits[from + w] as number) >>> b) & 1) rules.push(w * 32 + b);
      list = rules;
      this.shared.set(key, list);
    }
    return list;
  }
}

/**
 * The heads as a trie of folded symbols. Each node keeps the rules whose heads are a prefix of
 * its path (what rulesAt gives for a key that stops there) and the rules of its whole subtree
 * (what rulesAt gives when '~' follows), so a lookup walks a few characters and allocates nothing.
 * Edges sit in one open-addressing table keyed by node and symbol.
 */
class HeadTrie {
  private readonly edgeKeys: Int32Array;
  private readonly edgeTargets: Int32Array;
  private readonly mask: number;
  private readonly here: readonly (readonly number[])[];
  private readonly below: readonly (readonly number[])[];
  private readonly depth: number;

  constructor(byHead: ReadonlyMap<string, readonly number[]>) {
    const edges = new Map<number, number>();
    const ends: { node: number; rules: readonly number[] }[] = [];
    const parent: number[] = [-1];
    let depth = 0;
    let ruleCount = 0;
    for (const [head, rules] of byHead) {
      let node = 0;
      for (const c of head) {
        const key = node * 32 + symbolOfHead(c);
        let next = edges.get(key);
        if (next === undefined) {
          next = parent.length;
          edges.set(key, next);
          parent.push(node);
        }
        node = next;
      }
      depth = Math.max(depth, head.length);
      ends.push({ node, rules });
      for (const r of rules) ruleCount = Math.max(ruleCount, r + 1);
    }
    // Bit sets per node: the rules whose heads end there, then (nodes are numbered after their
    // parents) those of every prefix on the way down, and those of the whole subtree on the way up.
    const words = Math.max(1, Math.ceil(ruleCount / 32));
    const nodes = parent.length;
    const own = new Uint32Array(nodes * words);
    for (const { node, rules } of ends) for (const r of rules) own[node * words + (r >> 5)] |= 1 << (r & 31);
    const prefix = own.slice();
    const subtree = own.slice();
    for (let node = 1; node < nodes; node++)
      for (let w = 0; w < words; w++) prefix[node * words + w] |= prefix[(parent[node] as number) * words + w] as number;
    for (let node = nodes - 1; node > 0; node--)
      for (let w = 0; w < words; w++) subtree[(parent[node] as number) * words + w] |= subtree[node * words + w] as number;
    for (let i = 0; i < subtree.length; i++) subtree[i] = (subtree[i] as number) | (prefix[i] as number);
    const lists = new ListsFromBits(words);
    const here: (readonly number[])[] = [];
    const below: (readonly number[])[] = [];
    for (let node = 0; node < nodes; node++) {
      here.push(lists.list(prefix, node));
      below.push(lists.list(subtree, node));
    }
    this.here = here;
    this.below = below;
    this.depth = depth;
    let size = 1;
    while (size < edges.size * 2) size *= 2;
    this.mask = size - 1;
    this.edgeKeys = new Int32Array(size);
    this.edgeTargets = new Int32Array(size);
    for (const [key, target] of edges) {
      let slot = hashSlot(key, this.mask);
      while (this.edgeKeys[slot] !== 0) slot = (slot + 1) & this.mask;
      // Keys are stored plus one: zero marks an empty slot.
      this.edgeKeys[slot] = key + 1;
      this.edgeTargets[slot] = target;
    }
  }

  private child(node: number, symbol: number): number {
    const key = node * 32 + symbol + 1;
    for (let slot = hashSlot(key - 1, this.mask); ; slot = (slot + 1) & this.mask) {
      const k = this.edgeKeys[slot] as number;
      if (k === key) return this.edgeTargets[slot] as number;
      if (k === 0) return 0;
    }
  }

  rulesAt(key: string): readonly number[] {
    let node = 0;
    for (const c of key) {
      if (c === '~') return this.below[node] as readonly number[];
      const next = this.child(node, symbolOfHead(c));
      if (next === 0) break;
      node = next;
    }
    return this.here[node] as readonly number[];
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
        if (code >= 128) return this.below[node] as readonly number[];
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
    return this.here[node] as readonly number[];
  }
}

function hashSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}
