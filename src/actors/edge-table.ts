// Every edge of a token trie in one open-addressing table keyed by (parent node, word hash), in
// typed arrays. A token carries the hash of its normal form from the tokenizer, so stepping down
// the trie needs neither that normal form as a string nor a Map look-up. The table also holds each
// edge's word (as a place in one pool of characters) and what the finder asks of the node it leads
// to, so a step touches two places in memory instead of a chain of objects: between two documents
// the other pipeline stages push the dictionary out of the processor's caches, and at one step per
// capitalised word, each object visited costs a trip to main memory.
import { hashNorm, sameNormAt } from './tokenize.js';
import type { Token } from './tokenize.js';
import type { FormHit, TrieNode } from './token-trie.js';

/** A step's result packs the node id (low 24 bits) with these flags; -1 means no such child. */
export const NODE_ID = 0xffffff;
export const HAS_HITS = 1 << 24;
export const LOWER_OK = 1 << 25;
export const HAS_CHILDREN = 1 << 26;
/** The node's form has an ambiguity rule (the dictionary's `ambiguityAt`). */
export const HAS_RULE = 1 << 27;
/** The root, packed like a step's result. */
export const ROOT = HAS_CHILDREN;

const LONG_WORD = 255;

export interface EdgeTable {
  /** Nodes by id; the root is 0. */
  readonly nodes: readonly TrieNode[];
  /** Each node's hits by id, read without visiting the node itself (one object fewer per match). */
  readonly hits: readonly (FormHit[] | null)[];
  /** The hit of each node that has exactly one (most), else null: two objects fewer to visit per match. */
  readonly soleHits: readonly (FormHit | null)[];
  readonly mask: number;
  /**
   * Four numbers a slot: parent id + 1 (0 marks an empty slot), the word's hash, the child packed
   * with its flags (or -1 when two children of the parent share the hash: then the word decides),
   * and the word's place in `words` (offset << 8 | length; length 255 means "compare the node's word").
   */
  readonly slots: Int32Array;
  /** Every edge's word, one after another. */
  readonly words: string;
  /** The packed form of children whose parent has another child of the same hash. */
  readonly collided: ReadonlyMap<TrieNode, number>;
}

function slotOf(parent: number, hash: number, mask: number): number {
  return (Math.imul(parent + 1, 0x9e3779b1) ^ hash) & mask;
}

function packed(node: TrieNode, ruled: ReadonlyMap<TrieNode, unknown>): number {
  return node.id | (node.hits ? HAS_HITS : 0) | (node.lower ? LOWER_OK : 0) | (node.children?.size ? HAS_CHILDREN : 0) | (ruled.has(node) ? HAS_RULE : 0);
}

/** Numbers the trie's nodes (breadth first, in insertion order) and tables its edges; `ruled` nodes get HAS_RULE. */
export function makeEdgeTable(root: TrieNode, ruled: ReadonlyMap<TrieNode, unknown> = new Map()): EdgeTable {
  const nodes: TrieNode[] = [root];
  const parentOf: TrieNode[] = [root];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as TrieNode;
    node.id = i;
    if (!node.children) continue;
    for (const child of node.children.values()) {
      nodes.push(child);
      parentOf.push(node);
    }
  }
  if (nodes.length > NODE_ID) throw new Error(`trie too large for the edge table: ${nodes.length} nodes`);
  // At most half full, so that a missing word (the usual case) meets an empty slot within a probe or two.
  let size = 16;
  while (size < nodes.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 4);
  // Built by appending (a rope V8 flattens once), which measured faster than joining a list at start-up.
  let words = '';
  const sharing: TrieNode[] = [];
  let offset = 0;
  for (let n = 1; n < nodes.length; n++) {
    const child = nodes[n] as TrieNode;
    const parent = (parentOf[n] as TrieNode).id;
    const word = child.word;
    const hash = hashNorm(word);
    for (let s = slotOf(parent, hash, mask); ; s = (s + 1) & mask) {
      const at = s * 4;
      if (slots[at] === 0) {
        slots[at] = parent + 1;
        slots[at + 1] = hash;
        slots[at + 2] = packed(child, ruled);
        slots[at + 3] = (offset << 8) | Math.min(word.length, LONG_WORD);
        words += word;
        offset += word.length;
        break;
      }
      if (slots[at] === parent + 1 && slots[at + 1] === hash) {
        slots[at + 2] = -1;
        sharing.push(parentOf[n] as TrieNode);
        break;
      }
    }
  }
  // Children sharing a hash under one parent are looked up by their word (rare: a 30-bit hash).
  const collided = new Map<TrieNode, number>();
  for (const parent of sharing) for (const child of parent.children?.values() ?? []) collided.set(child, packed(child, ruled));
  const hits = nodes.map((node) => node.hits);
  const soleHits = nodes.map((node) => (node.hits?.length === 1 ? (node.hits[0] as FormHit) : null));
  return { nodes, hits, soleHits, mask, slots, words, collided };
}

/** The child of node `parent` (an id) for the token's word, packed with its flags, or -1. */
export function step(edges: EdgeTable, parent: number, token: Token): number {
  const key = parent + 1;
  const hash = token.hash;
  const slots = edges.slots;
  for (let s = slotOf(parent, hash, edges.mask); ; s = (s + 1) & edges.mask) {
    const at = s * 4;
    const p = slots[at] as number;
    if (p === 0) return -1;
    if (p === key && slots[at + 1] === hash) {
      const child = slots[at + 2] as number;
      if (child < 0) {
        const node = edges.nodes[parent]?.children?.get(token.norm);
        return node ? edges.collided.get(node) ?? -1 : -1;
      }
      const place = slots[at + 3] as number;
      const length = place & 0xff;
      if (length === LONG_WORD) return edges.nodes[child & NODE_ID]?.word === token.norm ? child : -1;
      return sameNormAt(token, edges.words, place >>> 8, length) ? child : -1;
    }
  }
}

/** The trie node a step's result names. */
export function nodeOf(edges: EdgeTable, packedNode: number): TrieNode {
  return edges.nodes[packedNode & NODE_ID] as TrieNode;
}
