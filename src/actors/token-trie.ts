// A trie over normalised tokens: each dictionary form is a path, and a scan from each token takes
// the longest path that carries hits. One table look-up per token, whatever the dictionary size.
import type { MentionVia } from '../core/index.js';
import { HAS_CHILDREN, HAS_HITS, NODE_ID, ROOT, nodeOf, step } from './edge-table.js';
import type { EdgeTable } from './edge-table.js';
import type { Token } from './tokenize.js';

export type CaseMode = 'exact' | 'cap' | 'any';

/** What a dictionary form stands for. */
export interface FormHit {
  /** An entry id, or `generic:N` / `focal` for generic noun phrases. */
  readonly target: string;
  readonly via: MentionVia;
  readonly caseMode: CaseMode;
  /** Higher wins when one form names several things (user 9, curated 5, i18n 3, Phoenix 1). */
  readonly priority: number;
  /** Sector carried by the form itself ("the Pentagon" → MIL). */
  readonly sector: string | null;
  /** Index into the generic phrases for `generic:N` targets, else -1 (set by `insertForm`). */
  generic?: number;
  /** The target's record, looked up once on first use (undefined until then). */
  record?: unknown;
}

export interface TrieNode {
  children: Map<string, TrieNode> | null;
  hits: FormHit[] | null;
  /** Whether a word written in lower case can start or be a form here (set by `markLowerCase`). */
  lower: boolean;
  /** The normalised word on the edge into this node ('' for the root). */
  word: string;
  /** The node's number in its trie's edge table (see edge-table.ts), -1 until the trie is indexed. */
  id: number;
}

export function makeTrieNode(word = ''): TrieNode {
  return { children: null, hits: null, lower: true, word, id: -1 };
}

function lowerReachable(node: TrieNode): boolean {
  if ((node.hits ?? []).some((h) => h.caseMode === 'any')) return true;
  for (const child of node.children?.values() ?? []) if (lowerReachable(child)) return true;
  return false;
}

/**
 * Marks first-level nodes that a word written in lower case can never start: only forms matched
 * in any case qualify ("is" is only the acronym IS; "west" only starts "West Bank").
 */
export function markLowerCase(root: TrieNode): void {
  for (const node of root.children?.values() ?? []) node.lower = lowerReachable(node);
}

export function insertForm(root: TrieNode, tokens: readonly string[], hit: FormHit): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    if (!node.children) node.children = new Map();
    let next = node.children.get(token);
    if (!next) {
      next = makeTrieNode(token);
      node.children.set(token, next);
    }
    node = next;
  }
  if (!node.hits) node.hits = [];
  hit.generic = hit.target.startsWith('generic:') ? Number(hit.target.slice(8)) : -1;
  if (!node.hits.some((h) => h.target === hit.target && h.via === hit.via && h.caseMode === hit.caseMode)) node.hits.push(hit);
}

const nodeStack: number[] = [];
const endStack: number[] = [];
let stackEdges: EdgeTable | null = null;

/**
 * Fills the shared stacks with every node where a form ends from `start` (shortest first) and
 * returns how many; read them with `matchNode(k)`/`matchEnd(k)` before the next call. Avoids
 * allocating per token, which is most of the cost at tens of megabytes a second. `first` is the
 * step already taken from the root for the word at `start`, if any.
 */
export function collectMatches(edges: EdgeTable, words: readonly Token[], start: number, first?: number): number {
  let count = 0;
  let node = first ?? ROOT;
  stackEdges = edges;
  if (first !== undefined && (first & HAS_HITS) !== 0) {
    nodeStack[0] = first;
    endStack[0] = start + 1;
    count = 1;
  }
  for (let i = first !== undefined ? start + 1 : start; i < words.length; i++) {
    if ((node & HAS_CHILDREN) === 0) break;
    node = step(edges, node & NODE_ID, words[i] as Token);
    if (node < 0) break;
    if ((node & HAS_HITS) !== 0) {
      nodeStack[count] = node;
      endStack[count] = i + 1;
      count++;
    }
  }
  return count;
}

/** The node of match `k` (packed with its flags, see edge-table.ts). */
export function matchNode(k: number): number {
  return nodeStack[k] as number;
}

export function matchHits(k: number): FormHit[] {
  return (stackEdges as EdgeTable).hits[(nodeStack[k] as number) & NODE_ID] as FormHit[];
}

/** The one hit of match `k`, or null when its form has several (then read them with `matchHits`). */
export function matchSoleHit(k: number): FormHit | null {
  return (stackEdges as EdgeTable).soleHits[(nodeStack[k] as number) & NODE_ID] ?? null;
}

export function matchEnd(k: number): number {
  return endStack[k] as number;
}

/** Every end position (exclusive token index) from `start` where a form ends, longest first. */
export function matchesAt(edges: EdgeTable, words: readonly Token[], start: number): { end: number; hits: FormHit[] }[] {
  const found: { end: number; hits: FormHit[] }[] = [];
  let node = ROOT;
  for (let i = start; i < words.length && (node & HAS_CHILDREN) !== 0; i++) {
    node = step(edges, node & NODE_ID, words[i] as Token);
    if (node < 0) break;
    if ((node & HAS_HITS) !== 0) found.push({ end: i + 1, hits: nodeOf(edges, node).hits as FormHit[] });
  }
  return found.reverse();
}
