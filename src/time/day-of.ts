// Dates as numbers, for comparing an expression's date with the publication date.
import { daysFromCivil } from './calendar.js';
import { digitsAt } from './digits-at.js';

function twoDigits(v: string, at: number): number {
  return (v.charCodeAt(at) - 48) * 10 + v.charCodeAt(at + 1) - 48;
}

/**
 * Milliseconds since 1970 of the first day of a value ("2024", "2024-05", "2024-05-20...").
 * Plain days in range go by arithmetic; anything else (odd values, days past the 28th, which
 * Date.parse rolls over into the next month) goes through Date.parse, as it always did.
 */
export function dayOf(v: string): number {
  const n = v.length === 4 || v.length === 7 ? v.length : 10;
  if (v.length >= n && digitsAt(v, 0, 4) && v.charCodeAt(0) !== 48) {
    const y = (v.charCodeAt(0) - 48) * 1000 + (v.charCodeAt(1) - 48) * 100 + twoDigits(v, 2);
    const m = n >= 7 && v.charCodeAt(4) === 45 && digitsAt(v, 5, 2) ? twoDigits(v, 5) : n >= 7 ? 0 : 1;
    const d = n === 10 && v.charCodeAt(7) === 45 && digitsAt(v, 8, 2) ? twoDigits(v, 8) : n === 10 ? 0 : 1;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 28) return daysFromCivil(y, m, d) * 86_400_000;
  }
  return Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v.slice(0, 10));
}
