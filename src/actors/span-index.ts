// Which character spans are already taken by a mention: a sorted list searched by halves, so
// checking each candidate costs log n instead of a scan of every mention.
import type { Span } from '../core/index.js';

export interface SpanIndex {
  overlaps(start: number, end: number): boolean;
  add(start: number, end: number): void;
}

export function makeSpanIndex(spans: readonly Span[]): SpanIndex {
  const list = spans.map((s) => [s.start, s.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  // Spans never nest deeply here, so the longest span bounds how far back an overlap can start.
  let longest = list.reduce((m, s) => Math.max(m, s[1] - s[0]), 0);
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.[0] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    overlaps(start, end) {
      for (let i = firstAtOrAfter(start - longest); i < list.length; i++) {
        const s = list[i] as [number, number];
        if (s[0] >= end) break;
        if (s[1] > start) return true;
      }
      return false;
    },
    add(start, end) {
      list.splice(firstAtOrAfter(start), 0, [start, end]);
      longest = Math.max(longest, end - start);
    },
  };
}
