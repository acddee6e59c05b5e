// Shifts and spans counted from an anchor: "two decades later", "a year ago", "barely a week
// after", "the past three months", "over the next few months".
import { addDays, daysInMonth, formatYmd, quarterOf } from './calendar.js';
import type { ResolveContext, Resolution } from './rule-kit.js';
import { durationValue, readNumber, readUnit } from './read-words.js';
import { atUnitGranularity, quarterResolution, rangeResolution, refResolution, shiftBy, unresolved } from './make-resolution.js';

/**
 * In earnings news (a quarter was named), the quarter being reported: the last one completed
 * before publication. "A year ago" there means that quarter a year before.
 */
export function reportedQuarter(ctx: ResolveContext): { y: number; q: number } | null {
  if (!ctx.lastQuarter) return null;
  if (!ctx.ref) return ctx.lastQuarter;
  const index = ctx.ref.y * 4 + quarterOf(ctx.ref.m) - 2;
  return { y: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** "two decades later", "a year ago", "barely a week after" (the last waits for the date it follows). */
export function resolveShift(n: string, u: string, dir: string, ctx: ResolveContext): Resolution | null {
  const unit = readUnit(u, ctx.lex);
  const count = readNumber(n, ctx.lex);
  if (!unit || count === null) return null;
  if (dir === 'ago') {
    if (count === 'X') return refResolution('PAST_REF', ctx.ref);
    if (!ctx.ref) return unresolved(durationValue(count, unit), 'unknown');
    // Earnings news: "a year ago" is the same quarter a year before.
    const reported = reportedQuarter(ctx);
    if (reported && unit.key === 'year' && count === 1) return { ...quarterResolution(reported.y - 1, reported.q, 'narrative'), anchors: false };
    return atUnitGranularity(shiftBy(ctx.ref, -count, unit), unit, 'publication-relative');
  }
  if (dir === 'from now' || dir === 'hence') {
    if (count === 'X' || !ctx.ref) return unresolved(count === 'X' ? 'FUTURE_REF' : durationValue(count, unit), 'unknown');
    return atUnitGranularity(shiftBy(ctx.ref, count, unit), unit, 'publication-relative');
  }
  const sign = dir === 'later' || dir === 'after' || dir.startsWith('afterward') ? 1 : -1;
  if (dir === 'after' || dir === 'before') {
    // Bound later to the date that follows ("a week after the May 5 vote"); unresolved if none.
    return { ...unresolved(durationValue(count, unit), 'range'), type: 'DATE' };
  }
  if (count === 'X') return { ...unresolved(durationValue('X', unit), 'unknown'), type: 'DURATION' };
  const anchor = ctx.narrative ? { date: ctx.narrative.start, derivation: 'narrative' as const } : ctx.ref ? { date: ctx.ref, derivation: 'publication-relative' as const } : null;
  if (!anchor) return unresolved(durationValue(count, unit), 'unknown');
  const q = ctx.narrative?.quarter ?? (sign < 0 && count === 1 ? reportedQuarter(ctx) : null);
  if (q && unit.key === 'year') return { ...quarterResolution(q.y + sign * count * (unit.factor ?? 1), q.q, 'narrative'), anchors: false };
  const shifted = atUnitGranularity(shiftBy(anchor.date, sign * count, unit), unit, anchor.derivation);
  // "Three days later" is valued as the span (P3D, as TimeBank does) but keeps the day it reaches.
  if (shifted.granularity === 'day' && shifted.interval) {
    const day = formatYmd(shifted.interval.start);
    return { ...shifted, value: durationValue(count, unit), type: 'DURATION', range: { start: day, end: day } };
  }
  return shifted;
}

/** "the past three months" (a duration ending now), "over the next few months" (a range after the narrative time). */
export function resolveSpan(n: string | null, u: string, dir: string, ctx: ResolveContext): Resolution | null {
  const unit = readUnit(u, ctx.lex);
  if (!unit) return null;
  const count = n === null ? 'X' : readNumber(n, ctx.lex);
  if (count === null) return null;
  const backward = ['past', 'last', 'previous', 'preceding'].includes(dir);
  if (backward && count === 'X') return refResolution('PAST_REF', ctx.ref);
  const value = durationValue(count, unit);
  const forward = ['next', 'coming', 'following'].includes(dir);
  // "the coming weeks" counts from the time of writing; "the next/following weeks" from the story.
  const narrative = dir === 'coming' ? null : ctx.narrative;
  const anchorEnd = forward && narrative ? narrative.end : ctx.ref;
  if (!anchorEnd || !(forward || backward)) return { value, type: 'DURATION', granularity: 'unknown', derivation: 'explicit', interval: null, anchors: false };
  const derivation = narrative && forward ? 'narrative' : 'publication-relative';
  // "few months" is taken as about six; the range ends with the month it reaches.
  const span = count === 'X' ? (unit.letter === 'M' ? 6 : unit.letter === 'Y' ? 3 : unit.letter === 'W' ? 3 : 5) : count;
  if (forward) {
    const start = addDays(anchorEnd, 1);
    let end = addDays(shiftBy(start, span, unit), -1);
    if (count === 'X' && unit.letter === 'M') end = { ...end, d: daysInMonth(end.y, end.m) };
    return { ...rangeResolution(start, end, derivation), value, type: 'DURATION', anchors: true };
  }
  const start = shiftBy(anchorEnd, -span, unit);
  return { ...rangeResolution(start, anchorEnd, derivation), value, type: 'DURATION', anchors: false };
}
