// Refiner: gives each candidate its value in reading order, carrying the narrative's current
// time from one expression to the next ("In 1975 ... that same year ... Two decades later").
import type { Span, Timex } from '../core/index.js';
import { addDays, parseYmd } from './calendar.js';
import type { Ymd } from './calendar.js';
import type { Anchor, Groups, Resolution, ResolveContext, Tense, TimexRule } from './rule-kit.js';
import { readNumber, readUnit } from './read-words.js';
import { rangeResolution, shiftBy } from './make-resolution.js';
import { TenseReader } from './tense-around.js';
import type { TimeLexicon } from './time-lexicon.js';

export interface Resolvable extends Span {
  readonly text: string;
  readonly rule: TimexRule;
  readonly groups: Groups;
}

export interface ResolveOptions {
  /** Off in the finder (values against the publication date only), on in the anchorer. */
  readonly narrative: boolean;
  /** This document's tense reader, when an earlier stage read tenses in the same text. */
  readonly reader?: TenseReader;
}

/** The timexes, and for each the item it came from (before the narrative pass binds shifts). */
export interface Resolved {
  readonly timexes: Timex[];
  readonly sources: readonly Resolvable[];
  readonly reader: TenseReader;
}

function anchorFrom(res: Resolution, at: number): Anchor | null {
  if (!res.interval || res.anchors === false || res.derivation === 'unresolved') return null;
  // Only a value shaped like 2024-Q2 is worth the pattern.
  const q = res.value.length === 7 && res.value.charCodeAt(5) === 81 ? /^(\d{4})-Q(\d)$/.exec(res.value) : null;
  return {
    start: res.interval.start,
    end: res.interval.end,
    granularity: res.granularity,
    quarter: q ? { y: Number(q[1]), q: Number(q[2]) } : null,
    at,
  };
}

/** What one item's rule reads; a class, so that no closure is made per item. */
class ItemContext implements ResolveContext {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly ref: Ymd | null,
    readonly narrative: Anchor | null,
    readonly story: Anchor | null,
    readonly lastQuarter: { readonly y: number; readonly q: number } | null,
    readonly lastDay: Ymd | null,
    readonly lex: TimeLexicon,
    private readonly reader: TenseReader,
  ) {}

  tense(): Tense {
    return this.reader.tenseAt(this.start, this.end);
  }
}

export function resolveCandidates(
  text: string,
  items: readonly Resolvable[],
  published: string | null,
  lex: TimeLexicon,
  options: ResolveOptions = { narrative: true },
): Timex[] {
  return resolveWithSources(text, items, published, lex, options).timexes;
}

/** resolveCandidates, also giving what the anchorer can reuse (see timex-handoff.ts). */
export function resolveWithSources(
  text: string,
  items: readonly Resolvable[],
  published: string | null,
  lex: TimeLexicon,
  options: ResolveOptions = { narrative: true },
): Resolved {
  const ref = parseYmd(published);
  const reader = options.reader !== undefined && options.reader.text === text && options.reader.lex === lex ? options.reader : new TenseReader(text, lex);
  let narrative: Anchor | null = null;
  let story: Anchor | null = null;
  let lastQuarter: { y: number; q: number } | null = null;
  let lastDay: Ymd | null = null;
  const out: Timex[] = [];
  const sources: Resolvable[] = [];
  for (const item of items) {
    const ctx = options.narrative
      ? new ItemContext(text, item.start, item.end, ref, narrative, story, lastQuarter, lastDay, lex, reader)
      : new ItemContext(text, item.start, item.end, ref, null, null, lastQuarter, null, lex, reader);
    const res = item.rule.resolve(item.groups, ctx);
    if (!res) continue;
    const anchor = anchorFrom(res, item.end);
    if (anchor) narrative = anchor;
    if (anchor && (res.derivation === 'explicit' || res.derivation === 'narrative')) story = anchor;
    if (anchor?.quarter) lastQuarter = anchor.quarter;
    if (res.granularity === 'day' && res.interval) lastDay = res.interval.start;
    sources.push(item);
    out.push({
      kind: 'timex',
      start: item.start,
      end: item.end,
      text: item.text,
      type: res.type ?? item.rule.type,
      value: res.value,
      granularity: res.granularity,
      range: res.range ?? null,
      derivation: res.derivation,
      rule: item.rule.id,
    });
  }
  return { timexes: options.narrative ? bindShiftsToFollowingDates(text, out, sources, lex) : out, sources, reader };
}

/**
 * "barely a week after the May 5 vote": a range counted from the date that follows.
 * `sources[i]` is the item `timexes[i]` came from.
 */
function bindShiftsToFollowingDates(text: string, timexes: Timex[], sources: readonly Resolvable[], lex: TimeLexicon): Timex[] {
  // Most documents have no such shift: then there is nothing to copy.
  if (!timexes.some((t) => t.rule === 'rel-shift' && t.derivation === 'unresolved')) return timexes;
  return timexes.map((t, i) => {
    if (t.rule !== 'rel-shift' || t.derivation !== 'unresolved') return t;
    const item = sources[i];
    const dir = (item?.groups.dir ?? '').toLowerCase();
    if (dir !== 'after' && dir !== 'before') return t;
    const next = timexes[i + 1];
    if (!next || next.start - t.end > 60 || /[.;!?]/.test(text.slice(t.end, next.start))) return t;
    const bounds = intervalOf(next);
    const unit = readUnit(item?.groups.u ?? '', lex);
    const count = readNumber(item?.groups.n ?? '', lex);
    if (!bounds || !unit || typeof count !== 'number') return t;
    const res =
      dir === 'after'
        ? rangeResolution(addDays(bounds.end, 1), shiftBy(bounds.end, count, unit), next.derivation)
        : rangeResolution(shiftBy(bounds.start, -count, unit), addDays(bounds.start, -1), next.derivation);
    return { ...t, value: res.value, granularity: 'range', range: res.range ?? null, derivation: next.derivation };
  });
}

/** The calendar days a resolved timex covers, when it is a date. */
export function intervalOf(t: Pick<Timex, 'value' | 'range'>): { start: Ymd; end: Ymd } | null {
  if (t.range) {
    const s = parseYmd(t.range.start);
    const e = parseYmd(t.range.end);
    return s && e ? { start: s, end: e } : null;
  }
  const day = parseYmd(t.value);
  if (day) return { start: day, end: day };
  const month = /^(\d{4})-(\d{2})$/.exec(t.value);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return { start: { y, m, d: 1 }, end: addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1) };
  }
  const year = /^(\d{4})$/.exec(t.value);
  if (year) return { start: { y: Number(year[1]), m: 1, d: 1 }, end: { y: Number(year[1]), m: 12, d: 31 } };
  const decade = /^(\d{3})$/.exec(t.value);
  if (decade) return { start: { y: Number(decade[1]) * 10, m: 1, d: 1 }, end: { y: Number(decade[1]) * 10 + 9, m: 12, d: 31 } };
  return null;
}
