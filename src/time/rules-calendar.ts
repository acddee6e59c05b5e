// Rules for calendar dates: days, months, years, decades, centuries, quarters, seasons, holidays.
import { addDays, easterSunday, formatWeek, nthWeekday } from './calendar.js';
import type { Ymd } from './calendar.js';
import { compile } from './rule-kit.js';
import type { Groups, ResolveContext, Resolution, TimexRule } from './rule-kit.js';
import type { TimeLexicon } from './time-lexicon.js';
import { readMonth, readOrdinal } from './read-words.js';
import { pickYear } from './pick-year.js';
import { mayNamesAPerson } from './may-names-a-person.js';
import { isYearInContext } from './is-year-in-context.js';
import { relativeYear, relativeYearWords } from './relative-year.js';
import {
  dayResolution, decadeResolution, monthResolution, quarterResolution, rangeResolution, seasonResolution, unresolved, yearResolution,
} from './make-resolution.js';

const REL = `(?<rel>${relativeYearWords.replace(/ /g, '\\s+')})`;

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 2) return n > 30 ? 1900 + n : 2000 + n;
  return n;
}

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

/** A day with its year given, implied by "of this year", or picked from the publication date. */
function dayOf(month: number, day: number, g: Groups, ctx: ResolveContext): Resolution | null {
  if (!validDay(day)) return null;
  if (g.y) return dayResolution({ y: fullYear(g.y), m: month, d: day }, 'explicit');
  if (g.rel) {
    const ry = relativeYear(g.rel, ctx);
    return ry ? dayResolution({ y: ry.y, m: month, d: day }, ry.derivation) : unresolved(`XXXX-${pad(month)}-${pad(day)}`, 'day');
  }
  const py = pickYear(month, day, ctx);
  return py ? dayResolution({ y: py.y, m: month, d: day }, py.derivation) : unresolved(`XXXX-${pad(month)}-${pad(day)}`, 'day');
}

const pad = (n: number): string => String(n).padStart(2, '0');

function monthOf(month: number, g: Groups, ctx: ResolveContext): Resolution | null {
  if (g.y) return monthResolution(fullYear(g.y), month, 'explicit');
  if (g.rel) {
    const ry = relativeYear(g.rel, ctx);
    return ry ? monthResolution(ry.y, month, ry.derivation) : unresolved(`XXXX-${pad(month)}`, 'month');
  }
  const py = pickYear(month, null, ctx);
  return py ? monthResolution(py.y, month, py.derivation) : unresolved(`XXXX-${pad(month)}`, 'month');
}

function holidayDate(h: TimeLexicon['holidays'][number], y: number): Ymd {
  if (h.easter !== undefined) return addDays(easterSunday(y), h.easter);
  if (h.day !== undefined) return { y, m: h.month ?? 1, d: h.day };
  return nthWeekday(y, h.month ?? 1, h.weekday ?? 1, h.nth ?? 1);
}

const quarterWords: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const decadeWords: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

export function calendarRules(lex: TimeLexicon): TimexRule[] {
  const r = (template: string): RegExp => compile(lex, template);
  return [
    {
      id: 'date-iso',
      type: 'DATE',
      pattern: r('(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})'),
      resolve: (g) => (Number(g.m) >= 1 && Number(g.m) <= 12 && validDay(Number(g.d)) ? dayResolution({ y: Number(g.y), m: Number(g.m), d: Number(g.d) }, 'explicit') : null),
    },
    {
      id: 'date-slash',
      type: 'DATE',
      pattern: r('(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})'),
      resolve: (g) => (Number(g.m) >= 1 && Number(g.m) <= 12 && validDay(Number(g.d)) ? dayResolution({ y: fullYear(g.y ?? ''), m: Number(g.m), d: Number(g.d) }, 'explicit') : null),
    },
    {
      id: 'date-month-day',
      type: 'DATE',
      pattern: r(`(?:(?<wd>{WEEKDAY}),?\\s+)?(?:the\\s+|(?<last>last|this|next)\\s+)?(?<mon>{MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:(?:,?\\s+(?<y>\\d{4}))|(?:,?\\s+(?:of\\s+)?${REL}\\s+year))?`),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex, true);
        if (!month) return null;
        const last = (g.last ?? '').toLowerCase();
        if (last && ctx.ref && !g.y && !g.rel) {
          const ahead = month > ctx.ref.m || (month === ctx.ref.m && Number(g.d) > ctx.ref.d);
          const y = last === 'last' ? (ahead ? ctx.ref.y - 1 : ctx.ref.y) : last === 'next' && !ahead ? ctx.ref.y + 1 : ctx.ref.y;
          return validDay(Number(g.d)) ? dayResolution({ y, m: month, d: Number(g.d) }, 'publication-relative') : null;
        }
        return dayOf(month, Number(g.d), g, ctx);
      },
    },
    {
      id: 'date-day-month',
      type: 'DATE',
      pattern: r(`(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>{MONTH})(?:(?:,?\\s+(?<y>\\d{4}))|(?:,?\\s+(?:of\\s+)?${REL}\\s+year))?`),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex, true);
        return month ? dayOf(month, Number(g.d), g, ctx) : null;
      },
    },
    {
      id: 'date-ordinal-of-month',
      type: 'DATE',
      pattern: r(`the\\s+(?<ord>{ORD})\\s+of\\s+(?<mon>{MONTH})(?:,?\\s+(?<y>\\d{4}))?`),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex, true);
        const day = readOrdinal(g.ord ?? '', lex);
        return month && day && day > 0 ? dayOf(month, day, g, ctx) : null;
      },
    },
    {
      id: 'date-month-year',
      type: 'DATE',
      pattern: r(`(?:(?<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\\s-]+)?(?<mon>{MONTH}),?\\s+(?:of\\s+)?(?:(?<y>\\d{4})|${REL}\\s+year)`),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex);
        return month ? monthOf(month, g, ctx) : null;
      },
    },
    {
      id: 'date-month',
      type: 'DATE',
      pattern: r(`(?:(?<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\\s-]+)?(?<mon>{MONTH})`),
      accept: (g, text, start) => readMonth(g.mon ?? '', lex) !== null && !(g.mon === 'May' && !g.mod && mayNamesAPerson(text, start)),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex);
        return month ? monthOf(month, {}, ctx) : null;
      },
    },
    {
      id: 'date-relative-month',
      type: 'DATE',
      pattern: r(`(?<rel>last|next|this|the coming|the past)\\s+(?<mon>{MONTH})`),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex);
        if (!month) return null;
        const rel = (g.rel ?? '').toLowerCase();
        if (!ctx.ref) return unresolved(`XXXX-${pad(month)}`, 'month');
        let y = ctx.ref.y;
        if ((rel === 'last' || rel === 'the past') && month >= ctx.ref.m) y -= 1;
        if ((rel === 'next' || rel === 'the coming') && month <= ctx.ref.m) y += 1;
        return monthResolution(y, month, 'publication-relative');
      },
    },
    {
      id: 'date-year',
      type: 'DATE',
      pattern: r('(?<y>1[0-9]\\d\\d|20\\d\\d)'),
      accept: (_g, text, start, end) => isYearInContext(text, start, end, lex),
      resolve: (g) => yearResolution(Number(g.y), 'explicit'),
    },
    {
      id: 'date-fiscal-year',
      type: 'DATE',
      pattern: r(`(?:the\\s+)?fiscal(?:\\s+year)?\\s+(?:(?<y>\\d{4}|'?\\d{2})|${REL}\\s+year)`),
      resolve: (g, ctx) => {
        if (g.y) return yearResolution(fullYear(g.y.replace("'", '')), 'explicit');
        const ry = relativeYear(g.rel ?? '', ctx);
        return ry ? yearResolution(ry.y, ry.derivation) : unresolved('XXXX', 'year');
      },
    },
    {
      id: 'date-decade',
      type: 'DATE',
      pattern: r(`(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<c>1\\d|20)(?<d>\\d)0'?s|the\\s+(?:(?:early|mid|late)[\\s-]+)?'?(?<s>\\d)0'?s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
      resolve: (g, ctx) => {
        if (g.c) return decadeResolution(Number(g.c) * 10 + Number(g.d), 'explicit');
        const digit = g.s !== undefined ? Number(g.s) : decadeWords[(g.w ?? '').toLowerCase()];
        if (digit === undefined) return null;
        const century = ctx.ref ? Math.floor(ctx.ref.y / 100) : 19;
        const decade = century * 10 + digit;
        // "the nineties" said in 1998 is this century's; said in 2005 still the 1990s.
        return decadeResolution(ctx.ref && decade * 10 > ctx.ref.y ? decade - 100 : decade, 'explicit');
      },
    },
    {
      id: 'date-century',
      type: 'DATE',
      pattern: r('(?:the\\s+)?(?<ord>{ORD})[\\s-]+century'),
      resolve: (g) => {
        const n = readOrdinal(g.ord ?? '', lex);
        return n && n > 0 ? { value: String(n - 1).padStart(2, '0'), granularity: 'decade', derivation: 'explicit', interval: { start: { y: (n - 1) * 100, m: 1, d: 1 }, end: { y: n * 100 - 1, m: 12, d: 31 } }, anchors: false } : null;
      },
    },
    {
      id: 'date-quarter',
      type: 'DATE',
      pattern: r(`(?:the\\s+)?(?:(?<y1>\\d{4})\\s+|${REL.replace('?<rel>', '?<rel2>')}\\s+year's\\s+)?(?:fiscal[\\s-]+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y2>\\d{4})|${REL}\\s+year))?`),
      resolve: (g, ctx) => {
        const q = quarterWords[(g.q ?? '').toLowerCase()];
        if (!q) return null;
        const explicit = g.y1 ?? g.y2;
        if (explicit) return quarterResolution(Number(explicit), q, 'explicit');
        const rel = g.rel ?? g.rel2;
        if (rel) {
          const ry = relativeYear(rel, ctx);
          return ry ? quarterResolution(ry.y, q, ry.derivation) : unresolved(`XXXX-Q${q}`, 'range');
        }
        if (!ctx.ref) return unresolved(`XXXX-Q${q}`, 'range');
        // A quarter not yet begun, spoken of in the past, is last year's.
        const ahead = q > Math.floor((ctx.ref.m - 1) / 3) + 1;
        return quarterResolution(ahead && ctx.tense() === 'past' ? ctx.ref.y - 1 : ctx.ref.y, q, 'publication-relative');
      },
    },
    {
      id: 'date-half',
      type: 'DATE',
      pattern: r(`(?:the\\s+)?(?:(?<h>first|second|last)\\s+half|(?<q2>first|last)\\s+two\\s+quarters)\\s+of\\s+(?:(?<y>\\d{4})|${REL}\\s+year)`),
      resolve: (g, ctx) => {
        const h = (g.h ?? g.q2 ?? '').toLowerCase() === 'first' ? 1 : 2;
        const ry = g.y ? { y: Number(g.y), derivation: 'explicit' as const } : relativeYear(g.rel ?? '', ctx);
        if (!ry) return unresolved(`XXXX-H${h}`, 'range');
        const res = rangeResolution({ y: ry.y, m: h === 1 ? 1 : 7, d: 1 }, { y: ry.y, m: h === 1 ? 6 : 12, d: h === 1 ? 30 : 31 }, ry.derivation);
        return { ...res, value: `${ry.y}-H${h}` };
      },
    },
    {
      id: 'date-season',
      type: 'DATE',
      pattern: r(`(?:(?<rel>this|last|next|that|the coming|the past|early|late)\\s+)?(?<s>{SEASON})(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?`),
      accept: (g) => Boolean(g.rel || g.y),
      resolve: (g, ctx) => {
        const season = lex.seasons[(g.s ?? '').toLowerCase()];
        if (!season) return null;
        if (g.y) return seasonResolution(Number(g.y), season, 'explicit');
        const rel = (g.rel ?? '').toLowerCase();
        if (rel === 'that') return ctx.narrative ? seasonResolution(ctx.narrative.start.y, season, 'narrative') : unresolved(`XXXX-${season}`, 'range');
        if (!ctx.ref) return unresolved(`XXXX-${season}`, 'range');
        const order = ['SP', 'SU', 'FA', 'WI'];
        const current = order[Math.floor(((ctx.ref.m + 9) % 12) / 3)] ?? 'WI';
        // January and February belong to the winter that began the year before.
        const refYear = ctx.ref.m <= 2 ? ctx.ref.y - 1 : ctx.ref.y;
        const before = order.indexOf(season) < order.indexOf(current);
        const after = order.indexOf(season) > order.indexOf(current);
        let y = refYear;
        if ((rel === 'last' || rel === 'the past') && !before) y -= 1;
        if ((rel === 'next' || rel === 'the coming') && !after) y += 1;
        return seasonResolution(y, season, 'publication-relative');
      },
    },
    {
      id: 'date-holiday',
      type: 'DATE',
      pattern: r(`(?<by>by\\s+)?(?<h>{HOLIDAY})(?:,?\\s+(?<y>\\d{4}))?`),
      accept: (g) => lex.language !== 'en' || /^[A-Z]/.test(g.h ?? ''),
      resolve: (g, ctx) => {
        const name = (g.h ?? '').toLowerCase().replace(/[\s-]+/g, ' ').replace(/’/g, "'");
        const holiday = lex.holidays.find((h) => h.names.includes(name));
        if (!holiday) return null;
        const fixed = holiday.month ?? 4;
        const narrativeYear = ctx.narrative && (g.by || !ctx.ref || ctx.narrative.start.y !== ctx.ref.y);
        const base = g.y
          ? { y: Number(g.y), derivation: 'explicit' as const }
          : narrativeYear && ctx.narrative
            ? { y: ctx.narrative.start.y, derivation: 'narrative' as const }
            : pickYear(fixed, holiday.day ?? 20, ctx);
        if (!base) return unresolved('XXXX-XX-XX', 'day');
        const day = holidayDate(holiday, base.y);
        if (g.by) {
          // "by Christmas": from the start of the narrative month up to the holiday.
          const from = ctx.narrative && ctx.narrative.start.y === base.y ? { ...ctx.narrative.start, d: 1 } : { y: base.y, m: 1, d: 1 };
          return rangeResolution(from, day, base.derivation === 'explicit' ? 'explicit' : base.derivation);
        }
        return dayResolution(day, base.derivation);
      },
    },
    {
      id: 'date-week-of',
      type: 'DATE',
      pattern: r('the\\s+week\\s+of\\s+(?<mon>{MONTH})\\s+(?<d>\\d{1,2})(?:,?\\s+(?<y>\\d{4}))?'),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex, true);
        const day = month ? dayOf(month, Number(g.d), g, ctx) : null;
        return day?.interval ? { ...day, value: formatWeek(day.interval.start), granularity: 'range' } : day;
      },
    },
  ];
}
