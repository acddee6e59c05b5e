// Extractor: every rule's matches, overlaps settled in favour of the longest (then the earlier rule).
import type { Span } from '../core/index.js';
import type { Groups, TimexRule } from './rule-kit.js';

export interface TimexCandidate extends Span {
  readonly text: string;
  readonly rule: TimexRule;
  readonly groups: Groups;
  readonly order: number;
}

/** Candidates in text order; `skip` drops spans (boilerplate) before overlaps are settled. */
export function findCandidates(text: string, rules: readonly TimexRule[], skip?: (span: Span) => boolean): TimexCandidate[] {
  const found: TimexCandidate[] = [];
  rules.forEach((rule, order) => {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const groups: Groups = { ...(m.groups ?? {}), match: m[0] };
      if (rule.accept && !rule.accept(groups, text, start, end)) continue;
      if (skip?.({ start, end })) continue;
      found.push({ start, end, text: m[0], rule, groups, order });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: TimexCandidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const c of found) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Re-reads one rule's match at a known span (the anchorer works from stored timexes). */
export function rematch(text: string, rule: TimexRule, span: Span): Groups | null {
  const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`);
  sticky.lastIndex = span.start;
  const m = sticky.exec(text);
  if (!m || m.index + m[0].length !== span.end) return null;
  return { ...(m.groups ?? {}), match: m[0] };
}
