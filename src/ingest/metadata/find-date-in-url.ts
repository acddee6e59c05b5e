import { ymd } from './find-dates-in-text.js';

/** A day written in a URL path: /2023/06/12/, /2023-06-12-title, /20230612/, /12/06/2023/. */
export function findDateInUrl(url: string | null): string | null {
  if (!url) return null;
  const path = urlPath(url);
  const forms: readonly [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/(?:^|\D)((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{2}|\d(?=\/|$))(?:\D|$)/, (m) => ymd(+m[1]!, +m[2]!, +m[3]!)],
    [/(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/, (m) => ymd(+m[1]!, +m[2]!, +m[3]!)],
    [/(?:^|\/)(\d{1,2})[/_.-](\d{1,2})[/_.-]((?:19|20)\d{2})(?:\/|$)/, (m) => ymd(+m[3]!, +m[2]!, +m[1]!)],
    // A German-style date inside a slug: bericht_vom_22.04.2020_titel.
    [/[/_-](\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:[/_-]|$)/, (m) => ymd(+m[3]!, +m[2]!, +m[1]!)],
  ];
  for (const [re, read] of forms) {
    const m = re.exec(path);
    if (m) {
      const date = read(m);
      if (date) return date;
    }
  }
  return null;
}

/** The year and month of a URL path such as /2020/04/slug.html, as `YYYY-MM`. */
export function findMonthInUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])(?:\/|$)/.exec(urlPath(url));
  return m ? `${m[1]}-${m[2]}` : null;
}

/** The path of a URL; for a web-archive copy, the path of the archived page (never the crawl stamp). */
function urlPath(url: string): string {
  const archived = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(.+)$/i.exec(url);
  const target = archived ? archived[1]! : url;
  try {
    return new URL(target).pathname;
  } catch {
    return target.replace(/^https?:\/\/[^/]+/i, '');
  }
}
