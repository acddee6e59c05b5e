import type { PageView } from './page-view.js';
import type { JsonLdFacts } from './read-json-ld.js';
import { parseDateValue } from './find-dates-in-text.js';
import { loadDateMeta } from './load-date-words.js';

export interface MetaDate {
  readonly date: string;
  readonly source: string;
  /** The hour when the value is a time of day in UTC, else null: before 10:00 UTC it is still
   * the previous day in the Americas. */
  readonly utcHour: number | null;
}

/** The publication date stated in machine-readable form: JSON-LD, meta tags, itemprop markup. */
export function findMetaDate(
  page: PageView | null,
  jsonLd: JsonLdFacts | null,
  dayFirst: boolean,
  ok: (d: string | null) => d is string,
): MetaDate | null {
  const read = (value: string | null | undefined, source: string): MetaDate | null => {
    if (!value) return null;
    const date = parseDateValue(value, dayFirst);
    const utc = /T(\d{2}):?\d{2}.*(?:Z|[+-]00:?00)$/i.exec(value.trim());
    return ok(date) ? { date, source, utcHour: utc ? Number(utc[1]) : null } : null;
  };
  const fromLd = read(jsonLd?.published, 'json-ld:datePublished');
  if (fromLd || !page) return fromLd;

  const ranked = loadDateMeta().published;
  const fromMeta = (ranks: (rank: number) => boolean): MetaDate | null => {
    for (const { key } of ranked.filter((r) => ranks(r.rank))) {
      for (const value of page.head.metas.get(key) ?? []) {
        const found = read(value, `meta:${key}`);
        if (found) return found;
      }
    }
    return null;
  };
  const strong = fromMeta((rank) => rank <= 2);
  if (strong) return strong;
  for (const el of page.full().dateElements) {
    if (el.aside) continue;
    const marked = el.itemprop === 'datepublished' || el.itemprop === 'datecreated' || (el.tag === 'time' && /pubdate|publi/.test(el.hint));
    if (!marked) continue;
    const found = read(el.value, `itemprop:${el.itemprop ?? 'pubdate'}`) ?? read(el.text, `itemprop:${el.itemprop ?? 'pubdate'}`);
    if (found) return found;
  }
  return fromMeta((rank) => rank > 2);
}
