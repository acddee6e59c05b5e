// Which rules can match at a word, looked up by the word's first characters, and each rule's
// pattern made sticky so it is tried only there. Built once per rule list.
import { HEAD_LENGTH, foldChar, regexHeads } from './regex-heads.js';
import type { TimexRule } from './rule-kit.js';

export interface RuleIndex {
  /** Per rule (same order as the list): the pattern anchored at lastIndex. */
  readonly sticky: readonly RegExp[];
  /** Rules whose matches may begin anywhere: they keep the plain scan over the whole text. */
  readonly scanned: readonly number[];
  /** Rules worth trying at a word with this folded key; every indexed rule for unusual keys. */
  rulesAt(key: string): readonly number[];
}

const indexes = new WeakMap<readonly TimexRule[], RuleIndex>();

export function ruleIndex(rules: readonly TimexRule[]): RuleIndex {
  const cached = indexes.get(rules);
  if (cached) return cached;
  const byHead = new Map<string, number[]>();
  const scanned: number[] = [];
  const indexed: number[] = [];
  rules.forEach((rule, order) => {
    const heads = regexHeads(rule.pattern.source);
    if (!heads) {
      scanned.push(order);
      return;
    }
    indexed.push(order);
    for (const h of heads) {
      const head = h.includes('*') ? h.slice(0, h.indexOf('*')) : h;
      const list = byHead.get(head) ?? [];
      if (!list.includes(order)) list.push(order);
      byHead.set(head, list);
    }
  });
  const byKey = new Map<string, readonly number[]>();
  const rulesAt = (key: string): readonly number[] => {
    let list = byKey.get(key);
    if (!list) {
      const found = new Set<number>();
      if (!/^[a-z0#]*$/.test(key)) indexed.forEach((i) => found.add(i));
      for (let n = 1; n <= key.length; n++) for (const i of byHead.get(key.slice(0, n)) ?? []) found.add(i);
      list = [...found].sort((a, b) => a - b);
      byKey.set(key, list);
    }
    return list;
  };
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  const index = { sticky, scanned, rulesAt };
  indexes.set(rules, index);
  return index;
}

// ASCII characters folded as regexHeads folds them: letters lower-cased, digits '0', the rest '#'.
const asciiFold = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));

/**
 * The folded key of the word starting at `at`: its first characters, ended by '#' where the word
 * ends. A character beyond ASCII gives '~', which no head holds: every indexed rule is tried there,
 * since case-insensitive matching folds some such characters onto ASCII letters.
 */
export function wordKey(text: string, at: number): string {
  let key = '';
  for (let i = at; key.length < HEAD_LENGTH; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return `${key}~`;
    const f = Number.isNaN(code) ? '#' : (asciiFold[code] as string);
    key += f;
    if (f === '#') break;
  }
  return key;
}
