import type { HtmlScan, PageLine } from './scan-html.js';
import { findDatesInText, parseDateValue } from './find-dates-in-text.js';
import type { FoundDate } from './find-dates-in-text.js';
import { findDateLine } from './find-date-line.js';
import { findDateOnly } from './find-date-only.js';

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
 * The publication date read from what the page shows: "Published ..." lines, date-marked
 * elements, then a line holding nothing but a date (first after the headline, else anywhere
 * outside sidebars and comments).
 */
export function findPageDate(scan: HtmlScan, dayFirst: boolean, ok: (d: string | null) => d is string): { date: string; source: string } | null {
  const body = scan.lines.filter((l) => !l.aside).map((l) => l.text);
  const cue = findDateLine(body, { dayFirst });
  if (cue && ok(cue.date)) return { date: cue.date, source: 'page:published-line' };

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

  const start = scan.h1Line ?? 0;
  const ordered = [...scan.lines.slice(start), ...scan.lines.slice(0, start)];
  for (const line of ordered) {
    if (line.aside) continue;
    const d = dateOnly(line, dayFirst);
    if (d && ok(d.date)) return { date: d.date, source: 'page:date-line' };
  }
  // Nothing outside sidebars and comments: a guess from them is still better than none.
  for (const line of ordered) {
    const d = dateOnly(line, dayFirst);
    if (d && ok(d.date)) return { date: d.date, source: 'page:any-date-line' };
  }
  return null;
}

function dateOnly(line: PageLine, dayFirst: boolean): FoundDate | null {
  return findDateOnly(line.text, dayFirst);
}
