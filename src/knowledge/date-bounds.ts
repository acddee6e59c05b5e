// Inclusive ISO-day bounds of a stated date value, so dates of any granularity can be compared.
import type { Granularity } from '../core/index.js';
import type { DateBounds } from './types.js';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Bounds of one piece: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a decade `YYY`. */
function pieceBounds(piece: string): { start: string; end: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(piece);
  if (m) return { start: piece, end: piece };
  m = /^(\d{4})-(\d{2})$/.exec(piece);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { start: `${piece}-01`, end: `${piece}-${pad(lastDayOfMonth(y, mo))}` };
  }
  m = /^(\d{4})$/.exec(piece);
  if (m) return { start: `${piece}-01-01`, end: `${piece}-12-31` };
  m = /^(\d{3})X?$/.exec(piece);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  return null;
}

/** Bounds of a TIMEX-like value (`2010-12`, `1999/2010-12`, `199`); nulls when it is not a date. */
export function dateBounds(value: string | null, granularity: Granularity = 'unknown'): DateBounds {
  if (!value) return { value: null, granularity, start: null, end: null };
  const [from, to] = value.split('/');
  const a = pieceBounds(from.trim());
  const b = to === undefined ? a : pieceBounds(to.trim());
  if (!a || !b) return { value, granularity, start: a?.start ?? null, end: b?.end ?? null };
  return { value, granularity, start: a.start, end: b.end };
}

/** The ISO day before `day`. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether two bounded ranges share at least one day. */
export function rangesOverlap(a: DateBounds, b: DateBounds): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return false;
  return a.start <= b.end && b.start <= a.end;
}

/** Length in days of a bounded range (for choosing the most precise report). */
export function rangeDays(d: DateBounds): number {
  if (!d.start || !d.end) return Number.POSITIVE_INFINITY;
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000 + 1;
}

/** An as-of date from the user: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, taken at its last day. */
export function asOfDay(value: string): string | null {
  const b = pieceBounds(value);
  return b ? b.end : null;
}

/**
 * A stated date in the contract's `YYYY[-MM[-DD]]` form: a range becomes what its ends share
 * ("2010-12-01/2010-12-25" -> "2010-12"), or its first year when they share no year.
 */
export function contractDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  const b = dateBounds(value);
  if (!b.start || !b.end) return null;
  if (b.start === b.end) return b.start;
  if (b.start.slice(0, 7) === b.end.slice(0, 7)) return b.start.slice(0, 7);
  return b.start.slice(0, 4);
}
