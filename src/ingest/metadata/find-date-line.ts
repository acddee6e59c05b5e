import { findDatesInText } from './find-dates-in-text.js';
import type { FoundDate } from './find-dates-in-text.js';
import { loadDateWords } from './load-date-words.js';

/** A publication date read from a line of text, and the rule that read it. */
export interface DateLine {
  readonly date: string;
  readonly rule: 'published-line' | 'dateline';
  /** Index of the line it was read from. */
  readonly line: number;
}

interface Cues {
  readonly published: RegExp;
  readonly modified: RegExp;
}
let cues: Cues | null = null;

function phraseRe(phrases: readonly string[]): RegExp {
  const alt = [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'giu');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * Finds "Published 12 June 2023", "Posted on June 12, 2023", "Veröffentlicht am 12. Oktober 2019",
 * "Publicado el 12 de junio de 2023" in short lines; a date after an update cue ("Updated ...")
 * is skipped. With `dateline`, a short line that starts with a date also counts (a dateline).
 */
export function findDateLine(lines: readonly string[], options: { dayFirst?: boolean; dateline?: boolean; maxLines?: number } = {}): DateLine | null {
  const words = loadDateWords();
  cues ??= { published: phraseRe(words.published), modified: phraseRe(words.modified) };
  const limit = Math.min(lines.length, options.maxLines ?? lines.length);
  let dateline: DateLine | null = null;
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (line.length > 300) continue;
    const dates = findDatesInText(line, options.dayFirst ?? true);
    if (!dates.length) continue;
    const hit = publishedDate(line, dates, cues);
    if (hit) return { date: hit, rule: 'published-line', line: i };
    if (options.dateline && !dateline && dates[0]!.start <= 2 && line.length < 120 && !cueBefore(cues.modified, line, dates[0]!.start)) {
      dateline = { date: dates[0]!.date, rule: 'dateline', line: i };
    }
  }
  return dateline;
}

function publishedDate(line: string, dates: readonly FoundDate[], c: Cues): string | null {
  for (const d of dates) {
    const pub = lastCueBefore(c.published, line, d.start);
    if (pub < 0 || d.start - pub > 40) continue;
    const mod = lastCueBefore(c.modified, line, d.start);
    if (mod > pub) continue;
    return d.date;
  }
  return null;
}

function cueBefore(re: RegExp, line: string, at: number): boolean {
  const i = lastCueBefore(re, line, at);
  return i >= 0 && at - i < 40;
}

/** End offset of the last cue phrase ending at or before `at`, or -1. */
function lastCueBefore(re: RegExp, line: string, at: number): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(line); m && m.index < at; m = re.exec(line)) {
    if (m.index + m[0].length <= at) end = m.index + m[0].length;
  }
  return end;
}
