// Extractor: every rule's matches, overlaps settled in favour of the longest (then the earlier rule).
// Each rule is tried only at the words its matches can begin with (see rule-index.ts); the
// matches are the ones a scan of the whole text would give, rule by rule.
import type { Span } from '../core/index.js';
import type { Groups, TimexRule } from './rule-kit.js';
import { ruleIndex } from './rule-index.js';
import type { RuleIndex } from './rule-index.js';
import { asciiWord } from './word-starts.js';
import { isWordCode } from './char-classes.js';

export interface TimexCandidate extends Span {
  readonly text: string;
  readonly rule: TimexRule;
  readonly groups: Groups;
  readonly order: number;
}

/** Candidates in text order; `skip` drops spans (boilerplate) before overlaps are settled. */
export function findCandidates(text: string, rules: readonly TimexRule[], skip?: (span: Span) => boolean): TimexCandidate[] {
  const found: TimexCandidate[] = [];
  const index = ruleIndex(rules);
  for (const order of index.scanned)
    for (const m of text.matchAll((rules[order] as TimexRule).pattern)) if (m[0].length > 0) consider(found, text, rules[order] as TimexRule, order, m, m.index, skip);
  // Like a global scan, a rule looks for its next match only after the end of its last one.
  const resume: number[] = new Array<number>(rules.length).fill(0);
  // Every word start (see word-starts.ts), read inline: the letters of an ASCII word are
  // skipped in a tight loop, and most of a text is such letters.
  let previous = false;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    let word: boolean;
    let width = 1;
    if (code < 128) word = asciiWord[code] === 1;
    else {
      const cp = code < 0xd800 || code > 0xdbff ? code : (text.codePointAt(at) ?? code);
      word = isWordCode(cp);
      if (cp > 0xffff) width = 2;
    }
    if (!word) {
      previous = false;
      at += width;
      continue;
    }
    if (!previous) tryRulesAt(found, text, rules, index, resume, at, skip);
    previous = true;
    at += width;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c >= 128 || asciiWord[c] === 0) break;
      at++;
    }
  }
  return settleOverlaps(found, text.length);
}

/** Tries the rules that may match at word start `at`, each where a global scan would. */
function tryRulesAt(
  found: TimexCandidate[],
  text: string,
  rules: readonly TimexRule[],
  index: RuleIndex,
  resume: number[],
  at: number,
  skip: ((span: Span) => boolean) | undefined,
): void {
  const orders = index.rulesAtText(text, at);
  for (let k = 0; k < orders.length; k++) {
    const order = orders[k] as number;
    if (at < (resume[order] as number)) continue;
    const sticky = index.sticky[order] as RegExp;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    resume[order] = at + m[0].length;
    consider(found, text, rules[order] as TimexRule, order, m, at, skip);
  }
}

/** Keeps one rule's match when the rule accepts it and it is not in a skipped span. */
function consider(
  found: TimexCandidate[],
  text: string,
  rule: TimexRule,
  order: number,
  m: RegExpExecArray | RegExpMatchArray,
  start: number,
  skip: ((span: Span) => boolean) | undefined,
): void {
  const end = start + m[0].length;
  // The match's own groups object is fresh and ours: adding `match` beats copying it.
  const groups: Record<string, string | undefined> = m.groups ?? {};
  groups.match = m[0];
  if (rule.accept && !rule.accept(groups, text, start, end)) return;
  if (skip?.({ start, end })) return;
  found.push({ start, end, text: m[0], rule, groups, order });
}

function settleOverlaps(found: TimexCandidate[], length: number): TimexCandidate[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: TimexCandidate[] = [];
  // A few candidates are checked against the kept ones; many mark the text they take.
  const taken = found.length > 32 ? new Uint8Array(length) : null;
  for (const c of found) {
    if (taken ? isTaken(taken, c.start, c.end) : overlapsAny(kept, c)) continue;
    taken?.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

function overlapsAny(kept: readonly Span[], c: Span): boolean {
  for (const k of kept) if (c.start < k.end && k.start < c.end) return true;
  return false;
}

const rematchers = new WeakMap<TimexRule, RegExp>();

/** Re-reads one rule's match at a known span (the anchorer works from stored timexes). */
export function rematch(text: string, rule: TimexRule, span: Span): Groups | null {
  let sticky = rematchers.get(rule);
  if (!sticky) {
    sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`);
    rematchers.set(rule, sticky);
  }
  sticky.lastIndex = span.start;
  const m = sticky.exec(text);
  if (!m || m.index + m[0].length !== span.end) return null;
  // The match's own groups object is fresh and ours: adding `match` beats copying it.
  const groups: Record<string, string | undefined> = m.groups ?? {};
  groups.match = m[0];
  return groups;
}
