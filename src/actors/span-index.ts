// Which character spans are already taken by a mention: sorted lists searched by halves, so
// checking each candidate costs log n instead of a scan of every mention. Starts and ends are kept
// in two plain number lists (no object per span): the resolver makes an index per document.
import type { Span } from '../core/index.js';

export interface SpanIndex {
  overlaps(start: number, end: number): boolean;
  add(start: number, end: number): void;
}

/** Spans sorted by start, as two parallel lists, and the longest span's length. */
interface SortedSpans {
  starts: number[];
  ends: number[];
  longest: number;
}

function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsIn(list: SortedSpans, start: number, end: number): boolean {
  const { starts, ends } = list;
  for (let i = firstAtOrAfter(starts, start - list.longest); i < starts.length; i++) {
    if ((starts[i] as number) >= end) break;
    if ((ends[i] as number) > start) return true;
  }
  return false;
}

function sortedSpans(spans: readonly Span[]): SortedSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  let longest = 0;
  let sorted = true;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (i > 0 && s.start < (starts[i - 1] as number)) sorted = false;
    starts.push(s.start);
    ends.push(s.end);
    if (s.end - s.start > longest) longest = s.end - s.start;
  }
  if (!sorted) {
    // Spans usually arrive in text order; otherwise order them by start (stably).
    const order = spans.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number));
    const s0 = starts.slice();
    const e0 = ends.slice();
    order.forEach((from, to) => {
      starts[to] = s0[from] as number;
      ends[to] = e0[from] as number;
    });
  }
  return { starts, ends, longest };
}

export function makeSpanIndex(spans: readonly Span[]): SpanIndex {
  const base = sortedSpans(spans);
  // Spans added later go to their own lists; callers add in text order, so it is usually a push.
  const added: SortedSpans = { starts: [], ends: [], longest: 0 };
  return {
    overlaps(start, end) {
      return overlapsIn(base, start, end) || (added.starts.length > 0 && overlapsIn(added, start, end));
    },
    add(start, end) {
      const n = added.starts.length;
      if (n === 0 || (added.starts[n - 1] as number) <= start) {
        added.starts.push(start);
        added.ends.push(end);
      } else {
        const at = firstAtOrAfter(added.starts, start);
        added.starts.splice(at, 0, start);
        added.ends.splice(at, 0, end);
      }
      added.longest = Math.max(added.longest, end - start);
    },
  };
}
