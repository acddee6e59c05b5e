// Small factories for resolutions at each granularity, with the interval each one covers.
import type { DateDerivation, Granularity } from '../core/index.js';
import { addDays, addMonths, daysInMonth, formatWeek, formatYm, formatYmd, weekdayOf } from './calendar.js';
import type { Ymd } from './calendar.js';
import type { Resolution } from './rule-kit.js';
import type { UnitReading } from './read-words.js';

export function dayResolution(date: Ymd, derivation: DateDerivation, suffix = ''): Resolution {
  return {
    value: formatYmd(date) + suffix,
    type: suffix ? 'TIME' : 'DATE',
    granularity: 'day',
    derivation,
    interval: { start: date, end: date },
    anchors: true,
  };
}

export function monthResolution(y: number, m: number, derivation: DateDerivation): Resolution {
  return {
    value: formatYm(y, m),
    granularity: 'month',
    derivation,
    interval: { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) } },
    anchors: true,
  };
}

export function yearResolution(y: number, derivation: DateDerivation): Resolution {
  return {
    value: String(y).padStart(4, '0'),
    granularity: 'year',
    derivation,
    interval: { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 } },
    anchors: true,
  };
}

export function weekResolution(date: Ymd, derivation: DateDerivation, weekend = false): Resolution {
  const monday = addDays(date, 1 - weekdayOf(date));
  const start = weekend ? addDays(monday, 5) : monday;
  const end = addDays(monday, 6);
  return {
    value: formatWeek(date) + (weekend ? '-WE' : ''),
    granularity: 'range',
    derivation,
    interval: { start, end },
    range: { start: formatYmd(start), end: formatYmd(end) },
    anchors: true,
  };
}

export function quarterResolution(y: number, q: number, derivation: DateDerivation): Resolution {
  const m = (q - 1) * 3 + 1;
  const start = { y, m, d: 1 };
  const end = { y, m: m + 2, d: daysInMonth(y, m + 2) };
  return {
    value: `${y}-Q${q}`,
    granularity: 'range',
    derivation,
    interval: { start, end },
    range: { start: formatYmd(start), end: formatYmd(end) },
    anchors: true,
  };
}

const seasonMonths: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonResolution(y: number, season: string, derivation: DateDerivation): Resolution {
  const start = { y, m: seasonMonths[season] ?? 1, d: 1 };
  const last = addMonths(start, 2);
  const end = { ...last, d: daysInMonth(last.y, last.m) };
  return {
    value: `${y}-${season}`,
    granularity: 'range',
    derivation,
    interval: { start, end },
    range: { start: formatYmd(start), end: formatYmd(end) },
    anchors: true,
  };
}

export function decadeResolution(decade: number, derivation: DateDerivation): Resolution {
  const start = { y: decade * 10, m: 1, d: 1 };
  const end = { y: decade * 10 + 9, m: 12, d: 31 };
  return { value: String(decade), granularity: 'decade', derivation, interval: { start, end }, anchors: true };
}

export function rangeResolution(start: Ymd, end: Ymd, derivation: DateDerivation): Resolution {
  const range = { start: formatYmd(start), end: formatYmd(end) };
  return {
    value: `${range.start}/${range.end}`,
    granularity: 'range',
    derivation,
    interval: { start, end },
    range,
    anchors: true,
  };
}

/** A value that needs an anchor the text does not give (e.g. no publication date). */
export function unresolved(value: string, granularity: Granularity): Resolution {
  return { value, granularity, derivation: 'unresolved', interval: null, anchors: false };
}

export function refResolution(value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', ref: Ymd | null): Resolution {
  return {
    value,
    granularity: 'unknown',
    derivation: ref ? 'publication-relative' : 'unresolved',
    interval: value === 'PRESENT_REF' && ref ? { start: ref, end: ref } : null,
    anchors: false,
  };
}

/** Moves a date by a count of units (a decade is ten years). */
export function shiftBy(date: Ymd, count: number, unit: UnitReading): Ymd {
  const n = count * (unit.factor ?? 1);
  switch (unit.letter) {
    case 'Y':
      return addMonths(date, Math.round(n * 12));
    case 'Q':
      return addMonths(date, Math.round(n * 3));
    case 'M':
      return unit.time ? date : addMonths(date, Math.round(n));
    case 'W':
      return addDays(date, Math.round(n * 7));
    case 'D':
      return addDays(date, Math.round(n));
    default:
      return date;
  }
}

/** A shifted date shown at the unit's own granularity: years as YYYY, months as YYYY-MM, else the day. */
export function atUnitGranularity(date: Ymd, unit: UnitReading, derivation: DateDerivation): Resolution {
  if (unit.letter === 'Y') return yearResolution(date.y, derivation);
  if (unit.letter === 'M' && !unit.time) return monthResolution(date.y, date.m, derivation);
  return dayResolution(date, derivation);
}
