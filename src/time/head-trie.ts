// The rules' heads as a trie of folded characters, looked up at a word of the text without
// building its key (see rule-index.ts for what the heads are and regex-heads.ts for the folding;
// build-head-trie.ts builds the tables).
import { foldChar } from './regex-heads.js';

// ASCII characters folded as regexHeads folds them: letters lower-cased, digits '0', the rest '#'.
export const asciiFold = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));

// One symbol (1-29) per folded character: '#' = 1, '0' = 2, letters 3-28, 29 for a head's
// character beyond ASCII (the text never steps there: it reads such a character as '~').
const BLANK = 1;
const OTHER = 29;
const symbols = asciiFold.map((f) => (f === '#' ? BLANK : f === '0' ? 2 : f.charCodeAt(0) - 94));
export const symbolOfHead = (c: string): number => {
  const code = c.charCodeAt(0);
  return code < 128 ? (symbols[code] as number) : OTHER;
};

/** A head trie's tables: built from the heads (buildHeadTrie), or read back from data/time. */
export interface HeadTrieTables {
  readonly nodes: Int32Array;
  readonly edges: Int32Array;
  readonly rows: Int32Array;
  readonly triples: Uint8Array;
  readonly hereList: Int32Array;
  readonly belowList: Int32Array;
  readonly lists: readonly (readonly number[])[];
  readonly depth: number;
}

/**
 * The heads as a trie of folded symbols. Each node keeps the rules whose heads are a prefix of
 * its path (tried where the text's head stops there) and the rules of its whole subtree (tried
 * where a character beyond ASCII follows), so a lookup walks a few characters and allocates nothing.
 * The finder runs between other stages, with its tables out of cache: nodes are numbered breadth
 * first, a node's fields sit side by side, and a pair table turns most words away at once.
 */
export class HeadTrie {
  /**
   * Per node, three numbers: first edge, end of its edges, and its row (or -1) times two, plus
   * one when no rule's head runs on below it (then a lookup can stop there).
   */
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

  constructor(tables: HeadTrieTables) {
    this.nodes = tables.nodes;
    this.edges = tables.edges;
    this.rows = tables.rows;
    this.triples = tables.triples;
    this.hereList = tables.hereList;
    this.belowList = tables.belowList;
    this.lists = tables.lists;
    this.depth = tables.depth;
  }

  /** The child of `node` along `symbol`, or 0. */
  child(node: number, symbol: number): number {
    const row = (this.nodes[node * 3 + 2] as number) >> 1;
    if (row >= 0) return this.rows[row * 32 + symbol] as number;
    const end = this.nodes[node * 3 + 1] as number;
    for (let e = this.nodes[node * 3] as number; e < end; e++) {
      const v = this.edges[e] as number;
      if ((v & 31) === symbol) return v >> 5;
    }
    return 0;
  }

  /** The rules whose heads are a prefix of the path to `node`. */
  here(node: number): readonly number[] {
    return this.lists[this.hereList[node] as number] as readonly number[];
  }

  private below(node: number): readonly number[] {
    return this.lists[this.belowList[node] as number] as readonly number[];
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
      // Deeper nodes hold no rule this one lacks: reading on (out of cache, between other
      // stages) would only find the same list.
      if (((this.nodes[node * 3 + 2] as number) & 1) === 1) break;
    }
    return this.here(node);
  }
}

const NONE: readonly number[] = [];
