// Calendar arithmetic on plain year-month-day triples (UTC, no time zones).

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function parseYmd(value: string | null | undefined): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function formatYmd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

function toUtc(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function weekdayOf(date: Ymd): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / (7 * 86_400_000)) + 1;
  return { year: thursday.y, week };
}

export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The nth given weekday of a month (nth -1 = the last one). */
export function nthWeekday(y: number, m: number, weekday: number, nth: number): Ymd {
  if (nth < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7);
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
