// How a time expression reads as an event date: a day, a month, a year, or a range of days.
import type { EventDate, Timex } from '../core/index.js';
import { formatYmd } from './calendar.js';
import { intervalOf } from './resolve-candidates.js';
import { digitsAt } from './digits-at.js';

const lineTerminator = /[\n\r\u2028\u2029]/;

/**
 * The length of the calendar part of a plain value ("2024", "2024-05", "2024-05-20", each maybe
 * followed by a time "T10:00"), or 0 when the value is something else ("2024-W21", "PAST_REF").
 */
function plainLength(value: string): number {
  if (!digitsAt(value, 0, 4)) return 0;
  let n = 4;
  if (value.charCodeAt(4) === 45 && digitsAt(value, 5, 2)) {
    n = 7;
    if (value.charCodeAt(7) === 45 && digitsAt(value, 8, 2)) n = 10;
  }
  if (n === value.length) return n;
  // A time of day after the date: "T" and anything on the same line.
  return value.charCodeAt(n) === 84 && !lineTerminator.test(value.slice(n)) ? n : 0;
}

/** The EventDate a timex gives, or null when it names no calendar time (durations, "recently"). */
export function eventDateOf(t: Timex, index: number, published: string | null): EventDate | null {
  // Key order (timex, announced, value, ...) is part of the serialised output: keep it.
  if (t.derivation === 'unresolved')
    return { timex: index, announced: null, value: null, granularity: 'unknown', derivation: 'unresolved' };
  if (t.value === 'PRESENT_REF')
    return published ? { timex: index, announced: null, value: published, granularity: 'day', derivation: 'publication' } : null;
  const plain = t.range ? 0 : plainLength(t.value);
  if (plain) {
    const value = plain === t.value.length ? t.value : t.value.slice(0, plain);
    const granularity = plain === 10 ? 'day' : plain === 7 ? 'month' : 'year';
    return { timex: index, announced: null, value, granularity, derivation: t.derivation };
  }
  const bounds = intervalOf(t);
  if (!bounds) return null;
  if (t.range && t.range.start === t.range.end)
    return { timex: index, announced: null, value: t.range.start, granularity: 'day', derivation: t.derivation };
  const value = `${formatYmd(bounds.start)}/${formatYmd(bounds.end)}`;
  return { timex: index, announced: null, value, granularity: t.granularity === 'decade' ? 'decade' : 'range', derivation: t.derivation };
}
