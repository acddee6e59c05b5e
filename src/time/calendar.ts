// Calendar arithmetic on plain year-month-day triples (UTC, no time zones).

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Is `s` ASCII digits from `from` to `to`? */
function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The date a value begins with, as /^(\d{4})-(\d{2})-(\d{2})/ reads it. */
export function parseYmd(value: string | null | undefined): Ymd | null {
  if (typeof value !== 'string' || value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  if (!isDigits(value, 0, 4) || !isDigits(value, 5, 7) || !isDigits(value, 8, 10)) return null;
  return { y: Number(value.slice(0, 4)), m: Number(value.slice(5, 7)), d: Number(value.slice(8, 10)) };
}

export function formatYmd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

const DAY = 86_400_000;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil algorithms):
// plain arithmetic in place of Date objects, which cost more than the sums they stand for.
export function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d };
}

/** Whether plain arithmetic gives what Date.UTC gives (which reads years 0-99 as 1900-1999). */
function isPlainDate(y: number, m: number, d: number): boolean {
  return y >= 100 && y <= 200_000 && m >= 1 && m <= 12 && Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && Math.abs(d) <= 1_000_000;
}

function toUtc(date: Ymd): number {
  if (isPlainDate(date.y, date.m, date.d)) return (daysFromCivil(date.y, date.m, 1) + date.d - 1) * DAY;
  return Date.UTC(date.y, date.m - 1, date.d);
}

function fromUtc(ms: number): Ymd {
  // Date keeps whole milliseconds (truncated) within 8.64e15 of the epoch.
  if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) return civilFromDays(Math.floor(Math.trunc(ms) / DAY));
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (isPlainDate(y, m, 1)) {
    if (m !== 2) return monthLengths[m - 1] as number;
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
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
  const ms = toUtc(date);
  if (!Number.isFinite(ms)) return Number.NaN;
  // 1970-01-01 was a Thursday.
  const day = (((Math.floor(ms / DAY) + 4) % 7) + 7) % 7;
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
