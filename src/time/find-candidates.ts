// Extractor: every rule's matches, overlaps settled in favour of the longest (then the earlier rule).
// Each rule is tried only at the words its matches can begin with (see rule-index.ts); the
// matches are the ones a scan of the whole text would give, rule by rule.
import type { Span } from '../core/index.js';
import type { Groups, TimexRule } from './rule-kit.js';
import { ruleIndex } from './rule-index.js';
import { nextWordStart } from './word-starts.js';

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
  const consider = (order: number, m: RegExpExecArray | RegExpMatchArray, start: number): void => {
    const rule = rules[order] as TimexRule;
    const end = start + m[0].length;
    // The match's own groups object is fresh and ours: adding `match` beats copying it.
    const groups: Record<string, string | undefined> = m.groups ?? {};
    groups.match = m[0];
    if (rule.accept && !rule.accept(groups, text, start, end)) return;
    if (skip?.({ start, end })) return;
    found.push({ start, end, text: m[0], rule, groups, order });
  };
  for (const order of index.scanned)
    for (const m of text.matchAll((rules[order] as TimexRule).pattern)) if (m[0].length > 0) consider(order, m, m.index);
  // Like a global scan, a rule looks for its next match only after the end of its last one.
  const resume: number[] = new Array<number>(rules.length).fill(0);
  for (let at = nextWordStart(text, -1); at >= 0; at = nextWordStart(text, at)) {
    const orders = index.rulesAtText(text, at);
    for (let k = 0; k < orders.length; k++) {
      const order = orders[k] as number;
      if (at < (resume[order] as number)) continue;
      const sticky = index.sticky[order] as RegExp;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null || m[0].length === 0) continue;
      resume[order] = at + m[0].length;
      consider(order, m, at);
    }
  }
  return settleOverlaps(found, text.length);
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
