// Rules for durations ("three years", "eleven-day", "the past 18 months"), sets ("every year",
// "daily") and clock times ("10:35 a.m.", "noon Thursday").
import type { DateDerivation } from '../core/index.js';
import { addDays } from './calendar.js';
import type { Ymd } from './calendar.js';
import { compile } from './rule-kit.js';
import type { ResolveContext, Resolution, TimexRule } from './rule-kit.js';
import type { TimeLexicon } from './time-lexicon.js';
import { durationValue, readMonth, readNumber, readUnit, readWeekday } from './read-words.js';
import { pickYear } from './pick-year.js';
import { weekdayDate } from './weekday-date.js';
import { dayResolution, unresolved, yearResolution } from './make-resolution.js';
import { wordsKey } from './word-keys.js';
import { isSpan } from './is-span.js';

const key = wordsKey;

function duration(value: string): Resolution {
  return { value, type: 'DURATION', granularity: 'unknown', derivation: 'explicit', interval: null, anchors: false };
}

function set(value: string): Resolution {
  return { value, type: 'SET', granularity: 'unknown', derivation: 'explicit', interval: null, anchors: false };
}

const adverbs: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W',
};

/** The day a clock time belongs to: the day named with it, else the last day mentioned, else the publication date. */
function clockDay(day: string | undefined, ctx: ResolveContext, lex: TimeLexicon): { date: Ymd; derivation: DateDerivation } | null {
  const d = key(day);
  if (d && ctx.ref) {
    const shift: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
    if (shift[d] !== undefined) return { date: addDays(ctx.ref, shift[d]), derivation: 'publication-relative' };
    const wd = readWeekday(day ?? '', lex);
    if (wd) return { date: weekdayDate(wd, ctx.ref, '', () => ctx.tense()), derivation: 'publication-relative' };
    const md = /^(\S+)\s+(\d{1,2})$/.exec(day?.trim() ?? '');
    const month = md ? readMonth(md[1] ?? '', lex, true) : null;
    if (md && month) {
      const py = pickYear(month, Number(md[2]), ctx);
      if (py) return { date: { y: py.y, m: month, d: Number(md[2]) }, derivation: py.derivation };
    }
  }
  if (ctx.lastDay) return { date: ctx.lastDay, derivation: 'narrative' };
  return ctx.ref ? { date: ctx.ref, derivation: 'publication-relative' } : null;
}

export function durationRules(lex: TimeLexicon): TimexRule[] {
  const r = (template: string): RegExp => compile(lex, template);
  const DAYEXPR = '(?:,?\\s+(?:on\\s+)?(?<day>{WEEKDAY}|today|tonight|yesterday|tomorrow|{MONTH}\\s+\\d{1,2}))?';
  return [
    {
      id: 'duration',
      type: 'DURATION',
      pattern: r('(?:(?<q>about|nearly|almost|roughly|some|more than|less than|over|under|at least|at most|up to|just|only|barely|another|a further|an additional|the first|the last|the past|the final|the full|a full|no more than|no less than|fewer than|upwards of|around|approximately)\\s+)?(?<n>{NUM}|{VAGUE})\\s+(?:(?:more|full|straight|consecutive|long|additional|more)\\s+)?(?<u>{UNIT})(?<half>\\s+and\\s+a\\s+half)?'),
      accept: (g, text, start, end) => isSpan(g.n ?? '', g.u ?? '', text, start, end),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? '', ctx.lex);
        const count = readNumber(g.n ?? '', ctx.lex);
        if (!unit || count === null) return null;
        return duration(durationValue(g.half && count !== 'X' ? count + 0.5 : count, unit));
      },
    },
    {
      id: 'duration-half',
      type: 'DURATION',
      pattern: r('half\\s+(?:an?\\s+)?(?<u>hour|day|year|century|decade)|(?:a|one)\\s+half[\\s-]+(?<u2>hour|day|year|century)'),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? g.u2 ?? '', ctx.lex);
        return unit ? duration(durationValue(0.5, unit)) : null;
      },
    },
    {
      id: 'duration-adjective',
      type: 'DURATION',
      pattern: r('(?<n>{NUM}|{VAGUE}|years|decades|months|weeks|days|centuries)-(?<u>year|month|week|day|hour|minute|second|decade|century|long)(?:-(?<old>long|old))?'),
      // Ages ("a 6-year-old") are not time expressions.
      accept: (g) => (g.old ?? '').toLowerCase() !== 'old',
      resolve: (g, ctx) => {
        if (key(g.u) === 'long') {
          const unit = readUnit(g.n ?? '', ctx.lex);
          return unit ? duration(durationValue('X', unit)) : null;
        }
        const unit = readUnit(g.u ?? '', ctx.lex);
        const count = readNumber(g.n ?? '', ctx.lex);
        return unit && count !== null ? duration(durationValue(count, unit)) : null;
      },
    },
    {
      id: 'duration-vague',
      type: 'DURATION',
      pattern: r('(?<=\\b(?:for|in|over|within|after|spanning|lasting)\\s{1,4})(?:the\\s+)?(?<u>years|months|weeks|days|decades|hours|centuries)'),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? '', ctx.lex);
        return unit ? duration(durationValue('X', unit)) : null;
      },
    },
    {
      id: 'duration-the-year',
      type: 'DURATION',
      // "the year ended March 31" is a span of a year; "a high for the year" is the current year.
      // Longer rules take "the year-ago quarter".
      pattern: r('the\\s+(?:(?:fiscal|full|calendar)\\s+)?year(?![\\s-]+(?:ago|earlier|before|after|later|two|nineteen|\\d))'),
      resolve: (_g, ctx) => {
        if (/^\s+(?:ended|ending|to\s+date|through)\b/.test(ctx.text.slice(ctx.end, ctx.end + 12)) || !ctx.ref) return duration('P1Y');
        return { ...yearResolution(ctx.ref.y, 'publication-relative'), type: 'DATE', anchors: false };
      },
    },
    {
      id: 'date-year-end',
      type: 'DATE',
      // "by year-end" is this year's end; "since year-end" the last one.
      pattern: r('(?:the\\s+)?year[\\s-]end'),
      resolve: (_g, ctx) => {
        if (!ctx.ref) return unresolved('XXXX-12-31', 'day');
        const since = /\bsince\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start));
        return dayResolution({ y: since || ctx.tense() === 'past' ? ctx.ref.y - 1 : ctx.ref.y, m: 12, d: 31 }, 'publication-relative');
      },
    },
    {
      id: 'set-every',
      type: 'SET',
      pattern: r('(?:every|each)\\s+(?:other\\s+)?(?<u>{UNIT}|{WEEKDAY}|{MONTH})'),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? '', ctx.lex);
        if (unit) return set(durationValue(/other/i.test(g.u ?? '') ? 2 : 1, unit));
        const wd = readWeekday(g.u ?? '', lex);
        if (wd) return set(`XXXX-WXX-${wd}`);
        const month = readMonth(g.u ?? '', lex);
        return month ? set(`XXXX-${String(month).padStart(2, '0')}`) : null;
      },
    },
    {
      id: 'set-adverb',
      type: 'SET',
      pattern: r('daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly'),
      // "a quarterly dividend" is a kind of dividend, "paid quarterly" a rate; "daily" is a rate either way.
      accept: (g, text, _start, end) =>
        !/^(?:quarterly|annually|yearly)$/i.test(g.match ?? '') ||
        !/^\s+(?!(?:and|or|to|in|on|at|by|for|from|since|until|basis)\b)[a-z]/.test(text.slice(end, end + 20)),
      resolve: (g) => set(adverbs[key(g.match)] ?? 'P1D'),
    },
    {
      id: 'set-rate',
      type: 'SET',
      pattern: r('(?<n>once|twice|{NUM}\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>{UNIT})'),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? '', ctx.lex);
        return unit ? set(durationValue(1, unit)) : null;
      },
    },
    {
      id: 'time-clock',
      type: 'TIME',
      pattern: r(`(?:(?<q>about|around|approximately|shortly after|shortly before|just after|just before)\\s+)?(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)(?:\\s+(?<tz>[A-Z]{2,4}|local time))?${DAYEXPR}`),
      resolve: (g, ctx) => {
        let hour = Number(g.h);
        const minute = g.min ? Number(g.min) : 0;
        const ap = key(g.ap).replace(/\./g, '');
        if (hour > 23 || minute > 59 || (ap !== "o'clock" && hour > 12)) return null;
        if (ap === 'pm' && hour < 12) hour += 12;
        if (ap === 'am' && hour === 12) hour = 0;
        const day = clockDay(g.day, ctx, lex);
        const clock = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        return day ? { ...dayResolution(day.date, day.derivation, clock), type: 'TIME', anchors: false } : unresolved(`XXXX-XX-XX${clock}`, 'day');
      },
    },
    {
      id: 'time-noon',
      type: 'TIME',
      pattern: r(`(?<w>noon|midnight|midday)${DAYEXPR}`),
      resolve: (g, ctx) => {
        const day = clockDay(g.day, ctx, lex);
        const clock = key(g.w) === 'midnight' ? 'T24:00' : 'T12:00';
        return day ? { ...dayResolution(day.date, day.derivation, clock), type: 'TIME', anchors: false } : unresolved(`XXXX-XX-XX${clock}`, 'day');
      },
    },
  ];
}
