// "The announcement came a day after protesters stormed the embassy": a shift with no date after
// it counts back from the time of the main clause. The act after "after" is that many units
// before it; the main clause's own act is at that time.
import type { EventDate, Timex } from '../core/index.js';
import { parseYmd } from './calendar.js';
import { rematch } from './find-candidates.js';
import { atUnitGranularity, shiftBy } from './make-resolution.js';
import { readNumber, readUnit } from './read-words.js';
import { timeLexicon } from './time-lexicon.js';
import { ruleById } from './time-rules.js';

/**
 * The date of an event near an unresolved "N units after/before" shift, given the main clause's
 * time: `inShiftedClause` when the event is the act the shift counts from ("stormed" above).
 */
export function dateAcrossShift(
  text: string,
  shift: Timex,
  main: EventDate,
  inShiftedClause: boolean,
  language: string,
): EventDate | null {
  if (!inShiftedClause) return main;
  const rule = ruleById(shift.rule, language);
  const groups = rule ? rematch(text, rule, shift) : null;
  const lex = timeLexicon(language);
  const dir = (groups?.dir ?? '').toLowerCase();
  const count = readNumber(groups?.n ?? '', lex);
  const unit = readUnit(groups?.u ?? '', lex);
  const day = main.granularity === 'day' ? parseYmd(main.value) : null;
  if (!day || !unit || typeof count !== 'number' || (dir !== 'after' && dir !== 'before')) return null;
  // "a day after X": X is a day before the main clause; "a week before X": X is a week later.
  const res = atUnitGranularity(shiftBy(day, dir === 'after' ? -count : count, unit), unit, 'narrative');
  const granularity = res.granularity === 'day' || res.granularity === 'month' || res.granularity === 'year' ? res.granularity : 'day';
  return { value: res.value, granularity, derivation: 'narrative', timex: main.timex, announced: null };
}
