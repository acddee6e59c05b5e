// Every edge of a token trie in one open-addressing table keyed by (parent node, word hash), in
// typed arrays. A token carries the hash of its normal form from the tokenizer, so stepping down
// the trie needs neither that normal form as a string nor a Map look-up (which hashes the string
// and chases several objects): at one step per capitalised word of the text, this is the
// finder's most frequent operation.
import { hashNorm, sameNorm } from './tokenize.js';
import type { Token } from './tokenize.js';
import type { TrieNode } from './token-trie.js';

export interface EdgeTable {
  /** Nodes by id; the root is 0. */
  readonly nodes: readonly TrieNode[];
  readonly mask: number;
  /**
   * Three numbers a slot: parent id + 1 (0 marks an empty slot), the word's hash, and the child's
   * id, or -1 when two children of the parent share the hash (then the word itself decides).
   */
  readonly slots: Int32Array;
}

function slotOf(parent: number, hash: number, mask: number): number {
  return (Math.imul(parent + 1, 0x9e3779b1) ^ hash) & mask;
}

/** Numbers the trie's nodes (breadth first, in insertion order) and tables its edges. */
export function makeEdgeTable(root: TrieNode): EdgeTable {
  const nodes: TrieNode[] = [root];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as TrieNode;
    node.id = i;
    for (const child of node.children?.values() ?? []) nodes.push(child);
  }
  // At most half full, so that a missing word (the usual case) meets an empty slot within a probe or two.
  let size = 16;
  while (size < nodes.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 3);
  for (const parent of nodes) {
    for (const [word, child] of parent.children ?? []) {
      const hash = hashNorm(word);
      for (let s = slotOf(parent.id, hash, mask); ; s = (s + 1) & mask) {
        const at = s * 3;
        if (slots[at] === 0) {
          slots[at] = parent.id + 1;
          slots[at + 1] = hash;
          slots[at + 2] = child.id;
          break;
        }
        if (slots[at] === parent.id + 1 && slots[at + 1] === hash) {
          slots[at + 2] = -1;
          break;
        }
      }
    }
  }
  return { nodes, mask, slots };
}

/** The child of `node` for the token's word, if any. */
export function childFor(edges: EdgeTable, node: TrieNode, token: Token): TrieNode | undefined {
  const key = node.id + 1;
  const hash = token.hash;
  const slots = edges.slots;
  for (let s = slotOf(node.id, hash, edges.mask); ; s = (s + 1) & edges.mask) {
    const at = s * 3;
    const parent = slots[at] as number;
    if (parent === 0) return undefined;
    if (parent === key && slots[at + 1] === hash) {
      const id = slots[at + 2] as number;
      if (id < 0) return node.children?.get(token.norm);
      const child = edges.nodes[id] as TrieNode;
      return sameNorm(token, child.word) ? child : undefined;
    }
  }
}
