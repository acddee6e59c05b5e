const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * A publication date stated by a container (JSONL `published`, RSS pubDate, Atom published) as
 * `YYYY-MM-DD`, the calendar day as written (no shift to UTC), or null when it is not a date.
 */
export function normalizeStatedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})\/(\d{2})\/(\d{2})\b/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // RFC 822 / 2822: "Thu, 04 Mar 2021 09:30:00 +0000".
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    return month ? validDay(Number(rfc[3]), month, Number(rfc[1])) : null;
  }
  if (/^\d{4}$/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
