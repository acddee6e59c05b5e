import type { HtmlScan, PageLine } from './scan-html.js';
import { findDatesInText, parseDateValue } from './find-dates-in-text.js';
import type { FoundDate } from './find-dates-in-text.js';
import { findDateLine } from './find-date-line.js';
import { findDateOnly } from './find-date-only.js';

// Lines after the headline that still belong to its header (byline, date, lead).
const WINDOW = 40;
const SHOWN_WINDOW = 15;
const MODIFIED_HINT = /updat|modif|aktualisiert|actualiz|edited|geändert|changed|last-?mod/;
const PUBLISHED_HINT = /publi|posted|created|pubdate|datum|fecha|erschienen|dateline|article-date|entry-date|post-date|date-header/;
/** Dates the page shows the reader in date-marked elements and date-only lines after the headline. */
export function findVisibleDates(scan: HtmlScan, dayFirst: boolean): string[] {
  const out: string[] = [];
  for (const el of scan.dateElements) {
    if (el.aside || MODIFIED_HINT.test(el.hint)) continue;
    const d = findDatesInText(el.text, dayFirst)[0];
    if (d) out.push(d.date);
  }
  const lines = scan.lines.slice(scan.h1Line ?? 0, (scan.h1Line ?? 0) + 60);
  for (const line of lines) {
    const d = dateOnly(line, dayFirst);
    if (d) out.push(d.date);
  }
  return out;
}

/**
 * The publication date read from what the page shows. Near the headline first ("Published ..."
 * lines, then a line holding nothing but a date, such as "Bonn, 11.10.2021"), then date-marked
 * elements, then the same line rules over the whole page outside sidebars and comments.
 */
export function findPageDate(scan: HtmlScan, dayFirst: boolean, ok: (d: string | null) => d is string): { date: string; source: string } | null {
  const start = scan.h1Line ?? 0;
  const near = scan.h1Line === null ? [] : scan.lines.slice(start, start + WINDOW).filter((l) => !l.aside);
  const fromLines = (lines: readonly PageLine[], where: string) => {
    const cue = findDateLine(lines.map((l) => l.text), { dayFirst });
    if (cue && ok(cue.date)) return { date: cue.date, source: `${where}:published-line` };
    for (const line of lines) {
      const d = dateOnly(line, dayFirst);
      if (d && ok(d.date)) return { date: d.date, source: `${where}:date-line` };
    }
    return null;
  };
  const nearHeadline = fromLines(near, 'headline');
  if (nearHeadline) return nearHeadline;

  let fallback: { date: string; source: string } | null = null;
  for (const el of scan.dateElements) {
    if (el.aside || MODIFIED_HINT.test(el.hint)) continue;
    const fromValue = el.value ? parseDateValue(el.value, dayFirst) : null;
    const fromText = findDatesInText(el.text, dayFirst)[0]?.date ?? null;
    const d = ok(fromValue) ? fromValue : fromText;
    if (!ok(d)) continue;
    const source = `element:${el.tag}`;
    if (PUBLISHED_HINT.test(el.hint)) return { date: d, source };
    fallback ??= { date: d, source };
  }
  if (fallback) return fallback;

  const ordered = [...scan.lines.slice(start), ...scan.lines.slice(0, start)];
  const page = fromLines(ordered.filter((l) => !l.aside), 'page');
  if (page) return page;
  // Nothing outside sidebars and comments: a guess from them is still better than none.
  for (const line of ordered) {
    const d = dateOnly(line, dayFirst);
    if (d && ok(d.date)) return { date: d.date, source: 'page:aside-date-line' };
  }
  return null;
}

function dateOnly(line: PageLine, dayFirst: boolean): FoundDate | null {
  return findDateOnly(line.text, dayFirst, { skipModified: true });
}

/** The first line right under the headline that holds nothing but a date: the day the reader is shown. */
export function findShownDate(scan: HtmlScan, dayFirst: boolean): string | null {
  if (scan.h1Line === null) return null;
  for (const line of scan.lines.slice(scan.h1Line, scan.h1Line + SHOWN_WINDOW)) {
    if (line.aside) continue;
    const d = dateOnly(line, dayFirst);
    if (d) return d.date;
  }
  return null;
}
