import { loadDateWords } from './load-date-words.js';

/** A calendar date written in a text, normalised to `YYYY-MM-DD`. */
export interface FoundDate {
  readonly date: string;
  readonly start: number;
  readonly end: number;
  /** Id of the pattern that read it. */
  readonly rule: string;
}

interface Patterns {
  readonly months: ReadonlyMap<string, number>;
  readonly list: readonly { rule: string; re: RegExp; read: (m: RegExpExecArray, dayFirst: boolean) => string | null }[];
}

let patterns: Patterns | null = null;

const TWO_DIGITS = /\d\d/;
// The `iso` rule's pattern, anchored at the start of a value.
const ISO_AT_START = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{N}])/u;

function buildPatterns(): Patterns {
  const months = new Map<string, number>();
  for (const names of Object.values(loadDateWords().months)) {
    names.forEach((forms, index) => {
      for (const form of forms) if (!months.has(form)) months.set(form, index + 1);
    });
  }
  const alt = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
  const month = (name: string) => months.get(name.toLowerCase()) ?? 0;
  const pre = '(?<![\\p{L}\\p{N}])';
  const post = '(?![\\p{L}\\p{N}])';
  return {
    months,
    list: [
      {
        rule: 'iso',
        re: new RegExp(`${pre}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\p{N}])`, 'gu'),
        read: (m) => ymd(+m[1]!, +m[3]!, +m[4]!),
      },
      {
        rule: 'day-month-name-year',
        re: new RegExp(
          `${pre}(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:de\\s+)?(${alt})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})${post}`,
          'giu',
        ),
        read: (m) => ymd(+m[3]!, month(m[2]!), +m[1]!),
      },
      {
        rule: 'month-name-day-year',
        re: new RegExp(`${pre}(${alt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${post}`, 'giu'),
        read: (m) => ymd(+m[3]!, month(m[1]!), +m[2]!),
      },
      {
        rule: 'cjk',
        re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
        read: (m) => ymd(+m[1]!, +m[2]!, +m[3]!),
      },
      {
        rule: 'day-dot-month-year',
        re: new RegExp(`${pre}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\p{N}\\p{L}]|\\.\\d)`, 'gu'),
        read: (m) => ymd(year(m[3]!), +m[2]!, +m[1]!),
      },
      {
        rule: 'numeric-slash',
        re: new RegExp(`${pre}(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}])`, 'gu'),
        read: (m, dayFirst) => {
          const a = +m[1]!;
          const b = +m[3]!;
          const y = year(m[4]!);
          if (a > 12) return ymd(y, b, a);
          if (b > 12) return ymd(y, a, b);
          return dayFirst ? ymd(y, b, a) : ymd(y, a, b);
        },
      },
    ],
  };
}

/**
 * Every full date (day, month and year) written in `text`, in text order. Numeric dates such as
 * 03/04/2020 are read day-first unless `dayFirst` is false (US English).
 */
export function findDatesInText(text: string, dayFirst = true): FoundDate[] {
  // Every rule needs a year of at least two digits: most lines and values have none.
  if (!TWO_DIGITS.test(text)) return [];
  patterns ??= buildPatterns();
  const found: FoundDate[] = [];
  for (const { rule, re, read } of patterns.list) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = read(m, dayFirst);
      if (!date) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ date, start, end, rule });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads a metadata value: ISO strings, RFC dates, written-out dates or Unix timestamps. */
export function parseDateValue(value: string, dayFirst = true): string | null {
  const v = value.trim();
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? +v : +v * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(v);
  if (compact) return ymd(+compact[1]!, +compact[2]!, +compact[3]!);
  // Most values are ISO: a valid date at the very start is what the `iso` rule would read first,
  // without running every written-date pattern over the value.
  const iso = ISO_AT_START.exec(v);
  const isoDate = iso ? ymd(+iso[1]!, +iso[3]!, +iso[4]!) : null;
  if (isoDate) return isoDate;
  return findDatesInText(v, dayFirst)[0]?.date ?? null;
}

function year(text: string): number {
  const y = +text;
  if (text.length === 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/** `YYYY-MM-DD` when the parts make a real calendar day, else null. */
export function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
