// Which rules can match at a word, looked up by the word's first characters, and each rule's
// pattern made sticky so it is tried only there. Built once per rule list.
import { HEAD_LENGTH, boundedHeads, regexHeads } from './regex-heads.js';
import { HeadTrie, asciiFold } from './head-trie.js';
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
const LONGER_HEADS = [8, 12];
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
