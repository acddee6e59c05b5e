// Which character spans are already taken by a mention: sorted lists searched by halves, so
// checking each candidate costs log n instead of a scan of every mention.
import type { Span } from '../core/index.js';

export interface SpanIndex {
  overlaps(start: number, end: number): boolean;
  add(start: number, end: number): void;
}

type Pair = [number, number];

function firstAtOrAfter(list: readonly Pair[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.[0] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsIn(list: readonly Pair[], longest: number, start: number, end: number): boolean {
  for (let i = firstAtOrAfter(list, start - longest); i < list.length; i++) {
    const s = list[i] as Pair;
    if (s[0] >= end) break;
    if (s[1] > start) return true;
  }
  return false;
}

export function makeSpanIndex(spans: readonly Span[]): SpanIndex {
  const base: Pair[] = spans.map((s) => [s.start, s.end] as Pair).sort((a, b) => a[0] - b[0]);
  const baseLongest = base.reduce((m, s) => Math.max(m, s[1] - s[0]), 0);
  // Spans added later go to their own list; callers add in text order, so it is usually a push.
  const added: Pair[] = [];
  let addedLongest = 0;
  return {
    overlaps(start, end) {
      return overlapsIn(base, baseLongest, start, end) || overlapsIn(added, addedLongest, start, end);
    },
    add(start, end) {
      const last = added[added.length - 1];
      if (!last || last[0] <= start) added.push([start, end]);
      else added.splice(firstAtOrAfter(added, start), 0, [start, end]);
      addedLongest = Math.max(addedLongest, end - start);
    },
  };
}
