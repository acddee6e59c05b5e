// The date a weekday name points to from the publication date: the last one for past
// statements and plain mentions, the coming one for future statements.
import { addDays, weekdayOf } from './calendar.js';
import type { Ymd } from './calendar.js';
import type { Tense } from './rule-kit.js';

/** `tense` is asked only when it decides (a bare weekday other than the publication's own). */
export function weekdayDate(weekday: number, ref: Ymd, rel: string, tense: () => Tense): Ymd {
  const today = weekdayOf(ref);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (rel) {
    case 'last':
      return addDays(ref, -(back || 7));
    case 'next':
    case 'coming':
      return addDays(ref, ahead || 7);
    case 'this':
      return addDays(ref, weekday - today);
    default:
      if (ahead === 0) return addDays(ref, 0);
      return tense() === 'future' ? addDays(ref, ahead) : addDays(ref, -back);
  }
}
