// Spanish rules: the common date forms of Spanish news ("el 5 de junio de 2023", "hace tres años",
// "la semana pasada", "ese mismo año"). The resolvers are the shared ones.
import { addDays, addMonths } from './calendar.js';
import { compile } from './rule-kit.js';
import type { ResolveContext, Resolution, TimexRule } from './rule-kit.js';
import type { TimeLexicon } from './time-lexicon.js';
import { readMonth, readNumber, readUnit } from './read-words.js';
import { pickYear } from './pick-year.js';
import {
  atUnitGranularity, dayResolution, monthResolution, refResolution, shiftBy, unresolved, weekResolution, yearResolution,
} from './make-resolution.js';
import { wordsKey } from './word-keys.js';

const key = wordsKey;

function relativeUnit(unit: string, shift: number, ctx: ResolveContext): Resolution {
  if (!ctx.ref) return unresolved('XXXX', 'unknown');
  if (unit === 'semana') return weekResolution(addDays(ctx.ref, shift * 7), 'publication-relative');
  if (unit === 'mes') {
    const d = addMonths(ctx.ref, shift);
    return monthResolution(d.y, d.m, 'publication-relative');
  }
  return yearResolution(ctx.ref.y + shift, 'publication-relative');
}

export function spanishRules(lex: TimeLexicon): TimexRule[] {
  const r = (template: string): RegExp => compile(lex, template);
  return [
    {
      id: 'es-date-day-month',
      type: 'DATE',
      pattern: r('(?<d>\\d{1,2})\\s+de\\s+(?<mon>{MONTH})(?:\\s+(?:de|del)\\s+(?<y>\\d{4}))?'),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex, true);
        const day = Number(g.d);
        if (!month || day < 1 || day > 31) return null;
        if (g.y) return dayResolution({ y: Number(g.y), m: month, d: day }, 'explicit');
        const py = pickYear(month, day, ctx);
        return py ? dayResolution({ y: py.y, m: month, d: day }, py.derivation) : unresolved(`XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 'day');
      },
    },
    {
      id: 'es-date-month-year',
      type: 'DATE',
      pattern: r('(?<mon>{MONTH})\\s+(?:de|del)\\s+(?:(?<y>\\d{4})|(?<rel>este|ese|aquel)\\s+año)'),
      resolve: (g, ctx) => {
        const month = readMonth(g.mon ?? '', lex);
        if (!month) return null;
        if (g.y) return monthResolution(Number(g.y), month, 'explicit');
        const anchor = key(g.rel) === 'este' ? ctx.ref : (ctx.story ?? ctx.narrative)?.start ?? null;
        return anchor ? monthResolution(anchor.y, month, key(g.rel) === 'este' ? 'publication-relative' : 'narrative') : unresolved('XXXX', 'month');
      },
    },
    {
      id: 'es-rel-day',
      type: 'DATE',
      pattern: r('hoy|ayer|anteayer|anoche|pasado\\s+mañana'),
      resolve: (g, ctx) => {
        const shift: Record<string, number> = { hoy: 0, ayer: -1, anteayer: -2, anoche: -1, 'pasado mañana': 2 };
        return ctx.ref ? dayResolution(addDays(ctx.ref, shift[key(g.match)] ?? 0), 'publication-relative') : unresolved('XXXX-XX-XX', 'day');
      },
    },
    {
      id: 'es-rel-unit',
      type: 'DATE',
      pattern: r('(?:la|el)\\s+(?<u>semana|mes|año)\\s+(?<rel>pasad[oa]|próxim[oa]|que\\s+viene)|(?:la|el)\\s+(?<rel2>próxim[oa])\\s+(?<u2>semana|mes|año)|(?<this>esta|este)\\s+(?<u3>semana|mes|año)'),
      resolve: (g, ctx) => {
        const unit = key(g.u ?? g.u2 ?? g.u3);
        const rel = key(g.rel ?? g.rel2 ?? g.this);
        const shift = rel.startsWith('pasad') ? -1 : rel === 'esta' || rel === 'este' ? 0 : 1;
        return relativeUnit(unit, shift, ctx);
      },
    },
    {
      id: 'es-rel-narrative-year',
      type: 'DATE',
      pattern: r('(?:ese|aquel)\\s+(?:mismo\\s+)?año|(?:el|al)\\s+año\\s+siguiente'),
      resolve: (g, ctx) => {
        const anchor = ctx.story ?? ctx.narrative;
        if (!anchor) return unresolved('XXXX', 'year');
        return yearResolution(anchor.start.y + (/siguiente/i.test(g.match ?? '') ? 1 : 0), 'narrative');
      },
    },
    {
      id: 'es-rel-ago',
      type: 'DATE',
      pattern: r('hace\\s+(?<n>{NUM}|{VAGUE})\\s+(?<u>{UNIT})|(?<n2>{NUM})\\s+(?<u2>{UNIT})\\s+(?<dir>después|más\\s+tarde|antes)'),
      resolve: (g, ctx) => {
        const unit = readUnit(g.u ?? g.u2 ?? '', lex);
        const count = readNumber(g.n ?? g.n2 ?? '', lex);
        if (!unit || count === null) return null;
        if (count === 'X') return refResolution('PAST_REF', ctx.ref);
        if (g.dir) {
          const anchor = ctx.story ?? ctx.narrative;
          if (!anchor) return unresolved('XXXX', 'unknown');
          return atUnitGranularity(shiftBy(anchor.start, key(g.dir) === 'antes' ? -count : count, unit), unit, 'narrative');
        }
        return ctx.ref ? atUnitGranularity(shiftBy(ctx.ref, -count, unit), unit, 'publication-relative') : unresolved('XXXX', 'unknown');
      },
    },
    {
      id: 'es-ref',
      type: 'DATE',
      pattern: r('actualmente|ahora|en\\s+la\\s+actualidad|recientemente|en\\s+el\\s+pasado|en\\s+el\\s+futuro'),
      resolve: (g, ctx) => {
        const m = key(g.match);
        return refResolution(/pasado|reciente/.test(m) ? 'PAST_REF' : /futuro/.test(m) ? 'FUTURE_REF' : 'PRESENT_REF', ctx.ref);
      },
    },
  ];
}
