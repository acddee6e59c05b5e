// Which rules can match at a word, looked up by the word's first characters, and each rule's
// pattern made sticky so it is tried only there. Built once per rule list.
import { HEAD_LENGTH, foldChar, regexHeads } from './regex-heads.js';
import type { TimexRule } from './rule-kit.js';

export interface RuleIndex {
  /** Per rule (same order as the list): the pattern anchored at lastIndex. */
  readonly sticky: readonly RegExp[];
  /** Rules whose matches may begin anywhere: they keep the plain scan over the whole text. */
  readonly scanned: readonly number[];
  /** Rules worth trying where the text's folded key (wordKey) is this, in rule order. */
  rulesAt(key: string): readonly number[];
  /** The same for the text at an offset, cached by the key's number (keyCode). */
  rulesAtText(text: string, at: number): readonly number[];
  /** A quick look at the first two characters: false when no rule can begin there. */
  mayStart(text: string, at: number): boolean;
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
      const tilde = key.indexOf('~');
      const known = tilde >= 0 ? key.slice(0, tilde) : key;
      for (let n = 1; n <= known.length; n++) for (const i of byHead.get(known.slice(0, n)) ?? []) found.add(i);
      // Past a character beyond ASCII, any head that agrees so far may still match.
      if (tilde >= 0) for (const [head, rules] of byHead) if (head.startsWith(known)) rules.forEach((i) => found.add(i));
      list = [...found].sort((x, y) => x - y);
      if (byKey.size > 200_000) byKey.clear();
      byKey.set(key, list);
    }
    return list;
  };
  const byCode = new Map<number, readonly number[]>();
  const rulesAtText = (text: string, at: number): readonly number[] => {
    const code = keyCode(text, at);
    let list = byCode.get(code);
    if (!list) {
      list = rulesAt(wordKey(text, at));
      if (byCode.size > 200_000) byCode.clear();
      byCode.set(code, list);
    }
    return list;
  };
  const pairs = startPairs(byHead.keys());
  const mayStart = (text: string, at: number): boolean => {
    const c0 = text.charCodeAt(at);
    const c1 = at + 1 < text.length ? text.charCodeAt(at + 1) : 32;
    return c0 >= 128 || c1 >= 128 || pairs[(symbols[c0] as number) * 32 + (symbols[c1] as number)] === 1;
  };
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  const index = { sticky, scanned, rulesAt, rulesAtText, mayStart };
  indexes.set(rules, index);
  return index;
}

// ASCII characters folded as regexHeads folds them: letters lower-cased, digits '0', the rest '#'.
const asciiFold = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));

/**
 * The folded key of the text at `at`, as regexHeads folds a match. A character beyond ASCII
 * gives '~' and ends the key: case-insensitive matching folds a few such characters onto ASCII
 * letters, so there every rule whose heads agree up to it is tried.
 */
export function wordKey(text: string, at: number): string {
  let key = '';
  for (let i = at; key.length < HEAD_LENGTH; i++) {
    if (i >= text.length) return key.endsWith('#') ? key : `${key}#`;
    const code = text.charCodeAt(i);
    if (code >= 128) return `${key}~`;
    const f = asciiFold[code] as string;
    if (f !== '#' || !key.endsWith('#')) key += f;
  }
  return key;
}

// wordKey as a number, to look keys up without building strings: one symbol (1-31) per folded
// character, '#' = 1, '0' = 2, letters 3-28, '~' = 31.
const symbols = asciiFold.map((f) => (f === '#' ? 1 : f === '0' ? 2 : f.charCodeAt(0) - 94));

// A local copy: a module's imported binding may be read through a getter on every use.
const LENGTH = HEAD_LENGTH;

export function keyCode(text: string, at: number): number {
  let code = 0;
  let n = 0;
  let blank = false;
  for (let i = at; n < LENGTH; i++) {
    if (i >= text.length) return blank ? code : code * 32 + 1;
    const c = text.charCodeAt(i);
    if (c >= 128) return code * 32 + 31;
    const s = symbols[c] as number;
    if (s === 1) {
      if (blank) continue;
      blank = true;
    } else blank = false;
    code = code * 32 + s;
    n++;
  }
  return code;
}

/** Which pairs of first symbols some head allows (a head of one symbol, or a rare character, allows all after it). */
function startPairs(heads: Iterable<string>): Uint8Array {
  const pairs = new Uint8Array(32 * 32);
  const symbolOf = (c: string | undefined): number | null => {
    const code = c === undefined ? -1 : c.charCodeAt(0);
    return code >= 0 && code < 128 ? (symbols[code] as number) : null;
  };
  for (const head of heads) {
    const s0 = symbolOf(head[0]);
    const s1 = symbolOf(head[1]);
    for (let a = 0; a < 32; a++)
      for (let b = 0; b < 32; b++) if ((s0 === null || a === s0) && (s1 === null || b === s1)) pairs[a * 32 + b] = 1;
  }
  return pairs;
}
