// How a time expression reads as an event date: a day, a month, a year, or a range of days.
import type { EventDate, Timex } from '../core/index.js';
import { formatYmd } from './calendar.js';
import { intervalOf } from './resolve-candidates.js';

/** The EventDate a timex gives, or null when it names no calendar time (durations, "recently"). */
export function eventDateOf(t: Timex, index: number, published: string | null): EventDate | null {
  const base = { timex: index, announced: null };
  if (t.derivation === 'unresolved') return { ...base, value: null, granularity: 'unknown', derivation: 'unresolved' };
  if (t.value === 'PRESENT_REF')
    return published ? { ...base, value: published, granularity: 'day', derivation: 'publication' } : null;
  const plain = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(t.value);
  if (plain && !t.range) {
    const value = plain[1] ?? t.value;
    const granularity = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    return { ...base, value, granularity, derivation: t.derivation };
  }
  const bounds = intervalOf(t);
  if (!bounds) return null;
  if (t.range && t.range.start === t.range.end) return { ...base, value: t.range.start, granularity: 'day', derivation: t.derivation };
  const value = `${formatYmd(bounds.start)}/${formatYmd(bounds.end)}`;
  return { ...base, value, granularity: t.granularity === 'decade' ? 'decade' : 'range', derivation: t.derivation };
}
