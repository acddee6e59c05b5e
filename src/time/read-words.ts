// Turning matched words into numbers, months, weekdays and units.
import type { DurationUnit, TimeLexicon } from './time-lexicon.js';
import { numberWordsKey, withoutFullStop } from './word-keys.js';

const norm = numberWordsKey;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** /^\d+([.,]\d+)?$/: digits, and maybe a point or comma with more digits. */
function isDecimal(t: string): boolean {
  let i = 0;
  while (i < t.length && isDigit(t.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (i === t.length) return true;
  if (t.charCodeAt(i) !== 46 && t.charCodeAt(i) !== 44) return false;
  const point = i++;
  while (i < t.length && isDigit(t.charCodeAt(i))) i++;
  return i === t.length && i > point + 1;
}

/** A number written in digits or words ("twenty four", "a hundred"); 'X' for "several". */
export function readNumber(text: string, lex: TimeLexicon): number | 'X' | null {
  const t = norm(text);
  if (isDecimal(t)) return Number(t.replace(',', '.'));
  if (lex.vagueNumbers.includes(t)) return 'X';
  if (lex.numbers[t] !== undefined) return lex.numbers[t];
  let total = 0;
  let current = 0;
  for (const w of t.split(' ')) {
    if (w === 'and') continue;
    const n = lex.numbers[w];
    if (n === undefined) return null;
    if (n === 100 || n === 1000) {
      current = (current || 1) * n;
      if (n === 1000) {
        total += current;
        current = 0;
      }
    } else current += n;
  }
  return total + current || null;
}

export function readOrdinal(text: string, lex: TimeLexicon): number | null {
  const t = norm(text);
  const digits = /^(\d{1,2})(st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  return lex.ordinals[t] ?? null;
}

/** `s[0] !== s[0]?.toUpperCase()`: a first character that upper-casing changes ("may", not "May"). */
function startsLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return s[0] !== s[0]?.toUpperCase();
}

/**
 * The month a word names, or null when it is not meant as one: lower-case "may"/"march" are
 * verbs, and bare short forms such as "mar" or "dec" need a full stop or a day number after them.
 */
export function readMonth(token: string, lex: TimeLexicon, followedByDay = false): number | null {
  const bare = withoutFullStop(token);
  const key = bare.toLowerCase();
  const month = lex.months[key];
  if (month === undefined) return null;
  if (lex.language === 'en') {
    if (startsLowerCase(bare)) return null;
    const abbreviated = key.length <= 4 && key !== 'june' && key !== 'july' && key !== 'may';
    if (abbreviated && !token.endsWith('.') && !followedByDay) return null;
  }
  return month;
}

export function readWeekday(token: string, lex: TimeLexicon): number | null {
  const bare = withoutFullStop(token);
  const key = bare.toLowerCase();
  const day = lex.weekdays[key];
  if (day === undefined) return null;
  if (lex.language === 'en') {
    if (startsLowerCase(bare)) return null;
    if (key.length <= 4 && !token.endsWith('.')) return null;
  }
  return day;
}

export interface UnitReading extends Readonly<DurationUnit> {
  readonly key: string;
}

const unitReadings = new WeakMap<TimeLexicon, Map<string, UnitReading | null>>();

/** The unit a word names, singular or plural ("centuries" → century); readings are shared, not copied. */
export function readUnit(text: string, lex: TimeLexicon): UnitReading | null {
  let cache = unitReadings.get(lex);
  if (!cache) {
    cache = new Map();
    unitReadings.set(lex, cache);
  }
  let reading = cache.get(text);
  if (reading === undefined) {
    reading = readUnitUncached(text, lex);
    if (cache.size < 10_000) cache.set(text, reading);
  }
  return reading;
}

function readUnitUncached(text: string, lex: TimeLexicon): UnitReading | null {
  const t = norm(text);
  const candidates = [t, t.replace(/ies$/, 'y'), t.replace(/es$/, ''), t.replace(/s$/, '')];
  for (const c of candidates) {
    const unit = lex.units[c];
    if (unit) return { ...unit, key: c };
  }
  return null;
}

/** A TIMEX3 duration such as P3Y, PT24H, P20Y (two decades) or PXY (several years). */
export function durationValue(count: number | 'X', unit: UnitReading): string {
  const prefix = unit.time ? 'PT' : 'P';
  if (count === 'X') {
    if (unit.key === 'decade') return 'PXDE';
    if (unit.key === 'century') return 'PXCE';
    return `${prefix}X${unit.letter}`;
  }
  const n = count * (unit.factor ?? 1);
  if (!Number.isInteger(n)) {
    if (unit.letter === 'Y') return `P${Math.round(n * 12)}M`;
    if (unit.letter === 'H' && unit.time) return `PT${Math.round(n * 60)}M`;
    if (unit.letter === 'D') return `PT${Math.round(n * 24)}H`;
    return `${prefix}${n}${unit.letter}`;
  }
  return `${prefix}${n}${unit.letter}`;
}
