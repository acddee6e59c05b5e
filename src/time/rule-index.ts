// Which rules can match at a word, looked up by the word's first characters, and each rule's
// pattern made sticky so it is tried only there. Built once per rule list, from the tables the
// build compiled (compiled-rule-index.ts) when they fit the patterns.
import { HEAD_LENGTH, boundedHeads, regexHeads } from './regex-heads.js';
import { HeadTrie } from './head-trie.js';
import { buildHeadTrie } from './build-head-trie.js';
import { indexFingerprint, readCompiledIndex } from './compiled-rule-index.js';
import type { CompiledIndex } from './compiled-rule-index.js';
import type { TimexRule } from './rule-kit.js';

export interface RuleIndex {
  /** Per rule (same order as the list): the pattern anchored at lastIndex. */
  readonly sticky: readonly RegExp[];
  /** Rules whose matches may begin anywhere: they keep the plain scan over the whole text. */
  readonly scanned: readonly number[];
  /** Rules worth trying where the text at an offset begins (its folded head), in rule order. */
  rulesAtText(text: string, at: number): readonly number[];
}

// Longer heads tell more words apart ("in#the#pa" from "in#the#ca"), so fewer patterns run in
// vain; a rule gets the longest of these whose heads stay few (number words multiply them). The
// build compiles the index, so reading many heads costs no start-up time; but a larger trie is
// slower to walk between other stages: in the whole pipeline 2500 beat both 1000 and 5000.
const LONGER_HEADS = [8, 10, 12, 16];
const MAX_HEADS = 2500;

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

/** The fingerprint of a rule list's index: its patterns and the head settings. */
export function ruleIndexFingerprint(rules: readonly TimexRule[]): string {
  return indexFingerprint(
    rules.map((r) => r.pattern.source),
    `heads ${HEAD_LENGTH} ${LONGER_HEADS.join(',')} max ${MAX_HEADS}`,
  );
}

/** The head trie and the scanned rules, read off the patterns (slow: the build stores the result). */
export function buildRuleIndex(rules: readonly TimexRule[]): CompiledIndex {
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
  return { scanned, tables: buildHeadTrie(byHead) };
}

export function ruleIndex(rules: readonly TimexRule[]): RuleIndex {
  const cached = indexes.get(rules);
  if (cached) return cached;
  const { scanned, tables } = readCompiledIndex(ruleIndexFingerprint(rules)) ?? buildRuleIndex(rules);
  const trie = new HeadTrie(tables);
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  const index: RuleIndex = {
    sticky,
    scanned,
    rulesAtText: (text, at) => trie.rulesAtText(text, at),
  };
  indexes.set(rules, index);
  return index;
}
