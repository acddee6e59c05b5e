// Rules for expressions read against the publication date or the narrative's current time:
// today, last week, that year, two decades later, a year ago, now, recently, over the next few months.
import { addDays, addMonths, compareYmd, daysInMonth, formatYmd, quarterOf } from './calendar.js';
import type { Ymd } from './calendar.js';
import { compile } from './rule-kit.js';
import type { ResolveContext, Resolution, TimexRule } from './rule-kit.js';
import type { TimeLexicon } from './time-lexicon.js';
import { readNumber, readUnit, readWeekday } from './read-words.js';
import { relativeYear } from './relative-year.js';
import { reportedQuarter, resolveShift, resolveSpan } from './resolve-shift.js';
import { weekdayDate } from './weekday-date.js';
import {
  dayResolution, decadeResolution, monthResolution, quarterResolution, refResolution, unresolved, weekResolution, yearResolution,
} from './make-resolution.js';
import { isAsciiWordIgnoringCase, startsUpperAscii, wordsKey } from './word-keys.js';
import { isBlankCode } from './char-classes.js';

const dayShift: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };
const narrativeWords = new Set(['that', 'the same', 'that same', 'the following', 'the next', 'the previous', 'the preceding', 'the prior']);
const shiftWords: Record<string, number> = {
  this: 0, current: 0, 'the current': 0, that: 0, 'the same': 0, 'that same': 0,
  last: -1, 'the past': -1, 'the previous': -1, 'the preceding': -1, 'the prior': -1, 'the latest': -1, 'the most recent': -1,
  next: 1, 'the coming': 1, 'the following': 1, 'the next': 1,
};

const key = wordsKey;
// "for now", "until now": checked only after a blank, which every match of it ends with.
const idiomBefore = /\b(?:for|until|from|till)\s+$/i;

/** The date a relative expression counts from: the narrative time for "that"/"the following", else the publication date. */
function base(rel: string, ctx: ResolveContext): { date: Ymd; derivation: 'narrative' | 'publication-relative' } | null {
  const anchor = ctx.story ?? ctx.narrative;
  if (narrativeWords.has(rel) && anchor) return { date: anchor.start, derivation: 'narrative' };
  return ctx.ref ? { date: ctx.ref, derivation: 'publication-relative' } : null;
}

function podSuffix(pod: string | undefined, lex: TimeLexicon): string {
  const code = pod ? lex.partsOfDay[pod.toLowerCase()] : undefined;
  return code ? `T${code}` : '';
}

function relativeUnit(rel: string, unit: string, ctx: ResolveContext): Resolution | null {
  const shift = shiftWords[rel];
  if (shift === undefined) return null;
  const b = base(rel, ctx);
  if (!b) return unresolved('XXXX', 'unknown');
  switch (unit) {
    case 'week':
    case 'weekend':
      return weekResolution(addDays(b.date, shift * 7), b.derivation, unit === 'weekend');
    case 'month': {
      const d = addMonths(b.date, shift);
      return monthResolution(d.y, d.m, b.derivation);
    }
    case 'year': {
      const ry = relativeYear(rel, ctx);
      return ry ? yearResolution(ry.y, ry.derivation) : null;
    }
    case 'quarter': {
      if ((rel === 'that' || rel === 'the same') && ctx.lastQuarter) return quarterResolution(ctx.lastQuarter.y, ctx.lastQuarter.q, 'narrative');
      const index = b.date.y * 4 + quarterOf(b.date.m) - 1 + shift;
      return quarterResolution(Math.floor(index / 4), (index % 4) + 1, b.derivation);
    }
    case 'decade':
      return decadeResolution(Math.floor(b.date.y / 10) + shift, b.derivation);
    case 'century': {
      const c = Math.floor(b.date.y / 100) + shift;
      return { value: String(c), granularity: 'decade', derivation: b.derivation, interval: null, anchors: false };
    }
    case 'day': {
      const day = b.derivation === 'narrative' && ctx.lastDay ? ctx.lastDay : b.date;
      return dayResolution(addDays(day, shift), b.derivation);
    }
    default:
      return null;
  }
}

export function relativeRules(lex: TimeLexicon): TimexRule[] {
  const r = (template: string): RegExp => compile(lex, template);
  const REL = '(?<rel>this|last|next|the coming|the past|the previous|the current|current|the following|that same|that|the same|the next|the preceding|the prior|the latest|the most recent)';
  return [
    {
      id: 'rel-day',
      type: 'DATE',
      pattern: r('(?:(?<mod>early|late|earlier|later)\\s+)?(?<w>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\\s+(?<pod>{POD}))?'),
      resolve: (g, ctx) => {
        const w = key(g.w);
        if (!ctx.ref) return unresolved('XXXX-XX-XX', 'day');
        return dayResolution(addDays(ctx.ref, dayShift[w] ?? 0), 'publication-relative', podSuffix(g.pod, lex));
      },
    },
    {
      id: 'rel-part-of-day',
      type: 'TIME',
      pattern: r('(?:(?<mod>earlier|later|early|late)\\s+)?(?<rel>this|last|that)\\s+(?<pod>{POD})'),
      resolve: (g, ctx) => {
        const rel = key(g.rel);
        if (rel === 'that') return ctx.lastDay ? dayResolution(ctx.lastDay, 'narrative', podSuffix(g.pod, lex)) : unresolved('XXXX-XX-XX', 'day');
        if (!ctx.ref) return unresolved('XXXX-XX-XX', 'day');
        const pod = key(g.pod);
        if (rel === 'last' && pod !== 'night') return null;
        return dayResolution(rel === 'last' ? addDays(ctx.ref, -1) : ctx.ref, 'publication-relative', podSuffix(g.pod, lex));
      },
    },
    {
      id: 'rel-weekday',
      type: 'DATE',
      pattern: r('(?:(?<rel>last|next|this|coming|early|late|earlier|later)\\s+)?(?<wd>{WEEKDAY})(?:,?\\s+(?<pod>{POD}))?'),
      accept: (g) => readWeekday(g.wd ?? '', lex) !== null,
      resolve: (g, ctx) => {
        const wd = readWeekday(g.wd ?? '', lex);
        if (!wd) return null;
        if (!ctx.ref) return unresolved('XXXX-XX-XX', 'day');
        const rel = key(g.rel);
        // Only a bare weekday needs the sentence's tense (weekdayDate asks when it does).
        const date = weekdayDate(wd, ctx.ref, rel, () => ctx.tense());
        // TimeBank marks "Friday evening" (TEV) but values "Friday night" and "Friday morning" as the day.
        const pod = g.pod !== undefined && isAsciiWordIgnoringCase(g.pod, 'evening') ? g.pod : undefined;
        return dayResolution(date, 'publication-relative', podSuffix(pod, lex));
      },
    },
    {
      id: 'rel-unit',
      type: 'DATE',
      pattern: r(`(?:(?<mod>earlier|later|early|late|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)\\s+)?${REL}\\s+(?<u>week|weekend|month|year|quarter|decade|century|day)`),
      // "This Week" with a capital is a programme's name.
      accept: (g) => !startsUpperAscii(g.u),
      resolve: (g, ctx) => {
        const res = relativeUnit(key(g.rel), key(g.u), ctx);
        // "earlier this week" is the part of the week before publication.
        if (res?.interval && ctx.ref && key(g.mod) === 'earlier' && key(g.rel) === 'this') {
          const end = addDays(ctx.ref, -1);
          if (compareYmd(end, res.interval.start) < 0) return res;
          const range = { start: formatYmd(res.interval.start), end: formatYmd(end) };
          return { ...res, granularity: 'range', range, interval: { start: res.interval.start, end } };
        }
        return res;
      },
    },
    {
      id: 'rel-recent-units',
      type: 'DURATION',
      // "in recent years": some time before publication (PAST_REF).
      pattern: r('(?:in\\s+)?recent\\s+(?<u>years|months|weeks|days|decades)'),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? '', ctx.lex);
        return unit ? { ...refResolution('PAST_REF', ctx.ref), type: 'DATE' } : null;
      },
    },
    {
      id: 'rel-year-period',
      type: 'DATE',
      pattern: r('the\\s+(?<y>\\d{4})\\s+(?:period|quarter)'),
      resolve: (g, ctx) =>
        ctx.lastQuarter ? { ...quarterResolution(Number(g.y), ctx.lastQuarter.q, 'narrative'), anchors: false } : yearResolution(Number(g.y), 'explicit'),
    },
    {
      id: 'rel-the-quarter',
      type: 'DATE',
      pattern: r('the\\s+(?:quarter|latest\\s+period|period)(?<ago>\\s+a\\s+year\\s+(?:ago|earlier))?'),
      accept: (_g, text, start) => /quarter/i.test(text.slice(start, start + 12)) || /latest/i.test(text.slice(start, start + 12)),
      resolve: (g, ctx) => {
        const back = g.ago ? 1 : 0;
        if (ctx.lastQuarter) return { ...quarterResolution(ctx.lastQuarter.y - back, ctx.lastQuarter.q, 'narrative'), anchors: false };
        if (!ctx.ref) return unresolved('XXXX-QX', 'range');
        const index = ctx.ref.y * 4 + quarterOf(ctx.ref.m) - 2;
        return quarterResolution(Math.floor(index / 4), (index % 4) + 1, 'publication-relative');
      },
    },
    {
      id: 'rel-year-words',
      type: 'DATE',
      pattern: r('(?:the\\s+year\\s+)?nineteen[\\s-]+(?<rest>{NUM})|the\\s+year\\s+two\\s+thousand(?:[\\s-]+and)?(?:[\\s-]+(?<rest2>{NUM}))?'),
      resolve: (g, ctx) => {
        const rest = g.rest ?? g.rest2;
        const n = rest ? readNumber(rest, ctx.lex) : 0;
        if (typeof n !== 'number' || n >= 100) return null;
        return yearResolution((g.rest2 !== undefined || !g.rest ? 2000 : 1900) + n, 'explicit');
      },
    },
    {
      id: 'rel-weekend',
      type: 'DATE',
      pattern: r('the\\s+weekend'),
      resolve: (_g, ctx) => {
        if (!ctx.ref) return unresolved('XXXX-WXX-WE', 'range');
        return weekResolution(ctx.tense() === 'future' ? addDays(ctx.ref, 6) : addDays(ctx.ref, -3), 'publication-relative', true);
      },
    },
    {
      id: 'rel-year-ago',
      type: 'DATE',
      pattern: r('(?:the\\s+)?(?:year[\\s-]+ago|year[\\s-]+earlier)(?:\\s+(?:quarter|period|results|level))?|the\\s+(?:corresponding|comparable|same)\\s+(?:period|quarter)\\s+(?:of\\s+|in\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))'),
      resolve: (_g, ctx) => {
        const reported = reportedQuarter(ctx);
        if (reported) return { ...quarterResolution(reported.y - 1, reported.q, 'narrative'), anchors: false };
        return ctx.ref ? yearResolution(ctx.ref.y - 1, 'publication-relative') : unresolved('XXXX', 'year');
      },
    },
    {
      id: 'rel-shift',
      type: 'DATE',
      pattern: r('(?:(?<q>about|nearly|almost|roughly|some|more than|less than|over|just|only|barely|at least|exactly|fully)\\s+)?(?<n>{NUM}|{VAGUE})\\s+(?<u>{UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|before|after|from now|hence|previously|afterwards?)'),
      resolve: (g, ctx) => resolveShift(key(g.n), key(g.u), key(g.dir), ctx),
    },
    {
      id: 'ref-present',
      type: 'DATE',
      pattern: r('now|right now|just now|currently|at present|at the moment|presently|nowadays|these days|the present|at this time|the current time'),
      // A sentence-opening "Now" mostly turns the discourse; "for now", "until now" are idioms.
      accept: (g, text, start) =>
        g.match !== 'Now' && !(start > 0 && isBlankCode(text.charCodeAt(start - 1)) && idiomBefore.test(text.slice(Math.max(0, start - 7), start))),
      resolve: (_g, ctx) => refResolution('PRESENT_REF', ctx.ref),
    },
    {
      id: 'ref-past',
      type: 'DATE',
      pattern: r('recently|lately|more recently|in the past|the past|formerly|at the time|in recent times|recent times|the (?:last|past) (?:few|several|couple of) (?:years|months|weeks|days|decades)|(?:several|a few|many|some) (?:years|months|weeks|decades) ago|years ago|months ago|long ago|(?:in )?past (?:years|decades)'),
      resolve: (_g, ctx) => refResolution('PAST_REF', ctx.ref),
    },
    {
      id: 'ref-future',
      type: 'DATE',
      pattern: r('the (?:near |distant |foreseeable )?future|in the years to come|(?:the |in )?coming (?:years|months|weeks|decades)'),
      resolve: (_g, ctx) => refResolution('FUTURE_REF', ctx.ref),
    },
    {
      id: 'rel-first-of-month',
      type: 'DATE',
      pattern: r('the\\s+(?<which>first|1st|last day|end|beginning|start|middle|turn)\\s+of\\s+the\\s+(?<u>month|year|week|century)'),
      resolve: (g, ctx) => {
        const anchor = ctx.narrative ? { date: ctx.narrative.start, derivation: 'narrative' as const } : ctx.ref ? { date: ctx.ref, derivation: 'publication-relative' as const } : null;
        if (!anchor) return unresolved('XXXX-XX', 'unknown');
        const { y, m } = anchor.date;
        const which = key(g.which);
        const unit = key(g.u);
        if (unit === 'month') {
          if (which === 'first' || which === '1st') return dayResolution({ y, m, d: 1 }, anchor.derivation);
          if (which === 'last day') return dayResolution({ y, m, d: daysInMonth(y, m) }, anchor.derivation);
          return monthResolution(y, m, anchor.derivation);
        }
        if (unit === 'year') return yearResolution(y, anchor.derivation);
        if (unit === 'week') return weekResolution(anchor.date, anchor.derivation);
        return null;
      },
    },
    {
      id: 'rel-next-span',
      type: 'DURATION',
      pattern: r('(?:(?<pre>over|in|during|within|for|throughout)\\s+)?the\\s+(?<dir>next|coming|following|past|last|previous|preceding|first|final)\\s+(?:(?<n>{NUM}|{VAGUE})\\s+)?(?<u>{UNIT})'),
      accept: (g) => Boolean(g.n) || /s$/i.test(g.u ?? ''),
      resolve: (g, ctx) => resolveSpan(g.n ? key(g.n) : null, key(g.u), key(g.dir), ctx),
    },
  ];
}
