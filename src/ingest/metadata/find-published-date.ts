import type { PageView } from './page-view.js';
import type { JsonLdFacts } from './read-json-ld.js';
import { findDateInUrl, findMonthInUrl } from './find-date-in-url.js';
import { findDateLine } from './find-date-line.js';
import { findMetaDate } from './find-meta-date.js';
import { findPageDate, findShownDate, findVisibleDates } from './find-page-date.js';

export interface PublishedDate {
  readonly date: string;
  /** Where it came from: `json-ld:datePublished`, `meta:article:published_time`, `url`... */
  readonly source: string;
}

export interface PublishedDateInput {
  readonly page: PageView | null;
  readonly jsonLd: JsonLdFacts | null;
  /** The canonical URL and the URL the page was read from (either may carry the date). */
  readonly urls: readonly (string | null)[];
  /** Lines of the clean text. */
  readonly textLines: readonly string[];
  readonly dayFirst: boolean;
  /** Latest acceptable day (`YYYY-MM-DD`); later dates are not publication dates. */
  readonly latest: string;
}

const EARLIEST = '1995-01-01';

/**
 * Picks the publication date by trusting sources in order: a full date in the URL, structured
 * data and ranked meta tags, then cue lines and date-like elements in the text. Modification
 * dates are never used.
 */
export function findPublishedDate(input: PublishedDateInput): PublishedDate | null {
  const inRange = (d: string | null): d is string => !!d && d >= EARLIEST && d <= input.latest;
  const { page, dayFirst } = input;

  for (const url of input.urls) {
    const fromUrl = findDateInUrl(url);
    if (inRange(fromUrl)) return { date: fromUrl, source: 'url' };
  }

  const meta = findMetaDate(page, input.jsonLd, dayFirst, inRange);
  if (meta) {
    // Machine-readable times are often in UTC while the page shows the local day: early in the
    // UTC day and one day apart, the day the reader sees is the publication day.
    if (meta.utcHour !== null && meta.utcHour < 10 && page) {
      const near = page.near();
      const shown = findShownDate(near, dayFirst) ?? findVisibleDates(near, dayFirst)[0] ?? findVisibleDates(page.full(), dayFirst)[0];
      if (shown && dayDiff(shown, meta.date) === -1) return { date: shown, source: `${meta.source}+shown` };
    }
    // Templates often stamp the day the record was created; a later, unlabelled date printed right
    // under the headline is the day the article went out.
    const shown = page ? findShownDate(page.near(), dayFirst) : null;
    if (shown && inRange(shown) && shown > meta.date) return { date: shown, source: `${meta.source}>shown` };
    return { date: meta.date, source: meta.source };
  }

  // A year and month in the URL rule out dates from other months.
  const month = input.urls.map(findMonthInUrl).find((m) => m) ?? null;
  const ok = (d: string | null): d is string => inRange(d) && (!month || d.startsWith(month));

  const line = findDateLine(input.textLines, { dayFirst, dateline: true, maxLines: 12 });
  if (line && ok(line.date)) return { date: line.date, source: `text:${line.rule}` };

  return page ? findPageDate(page.full(), dayFirst, ok) : null;
}

function dayDiff(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}
