import { findDatesInText } from './find-dates-in-text.js';
import type { FoundDate } from './find-dates-in-text.js';
import { loadDateWords } from './load-date-words.js';

// Words that may stand beside a date on a date-only line: clock times, "at", "um", zones.
const FILLER = /\b(?:on|at|am|um|uhr|el|le|de|den|vom|the|h|pm|a\.m\.|p\.m\.|cet|cest|mez|gmt|utc|est|edt|pst|pdt)\b|\d{1,2}[:.h]\d{2}(?::\d{2})?|[^\p{L}]+/giu;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?/giu;
const MAX_REST = 25;

let cues: RegExp | null = null;
let modifiedCues: RegExp | null = null;

/**
 * The date of a line that holds little besides one date: maybe a weekday, a clock time, a place
 * or a cue such as "Published" ("Dienstag, 28. April 2020", "Posted on June 3, 2021 at 10:15").
 */
export function findDateOnly(text: string, dayFirst = true, options: { skipModified?: boolean } = {}): FoundDate | null {
  if (text.length > 80) return null;
  const dates = findDatesInText(text, dayFirst);
  if (dates.length !== 1) return null;
  const d = dates[0]!;
  if (!cues) {
    const w = loadDateWords();
    const alt = [...w.published, ...w.modified].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cues = new RegExp(`(?<![\\p{L}])(?:${alt.join('|')})(?![\\p{L}])`, 'giu');
    const mod = w.modified.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    modifiedCues = new RegExp(`(?<![\\p{L}])(?:${mod.join('|')})(?![\\p{L}])`, 'iu');
  }
  // "Updated June 2, 2022" is a date line, but not the publication date.
  if (options.skipModified && modifiedCues!.test(text.slice(0, d.start))) return null;
  const rest = (text.slice(0, d.start) + ' ' + text.slice(d.end)).replace(cues, ' ').replace(WEEKDAY, ' ').replace(FILLER, ' ');
  return rest.replace(/\s+/g, '').length <= MAX_REST ? d : null;
}
