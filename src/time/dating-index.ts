// What the event dater knows about one document's time expressions, worked out once per
// document (inside one `run`) instead of once per event: each expression's date, whether it holds
// the publication day, whether it modifies a noun, its sentence. Facts needed only on some paths
// are computed on first use and kept for the rest of the document.
import type { Doc, EventDate, Span, Timex } from '../core/index.js';
import { formatYmd } from './calendar.js';
import { eventDateOf } from './event-date-of.js';
import { isNounModifier } from './is-noun-modifier.js';
import { intervalOf } from './resolve-candidates.js';
import { sentenceAround } from './sentence-around.js';
import { digitsAt } from './digits-at.js';

/** Is the timex a period holding the publication day ("this month", "this week"), the time of writing? */
function holdsPublication(t: Timex, published: string | null): boolean {
  if (!published) return false;
  // The common values without building dates: a single day (a value opening with one, no range)
  // is no period; a plain year runs from its 1 January to its 31 December, as intervalOf has it.
  if (!t.range && startsWithDay(t.value)) return false;
  if (!t.range && t.value.length === 4 && digitsAt(t.value, 0, 4)) return `${t.value}-01-01` <= published && published <= `${t.value}-12-31`;
  const bounds = intervalOf(t);
  if (!bounds) return false;
  const start = formatYmd(bounds.start);
  const end = formatYmd(bounds.end);
  return start < end && start <= published && published <= end;
}

/** Does the value open with "YYYY-MM-DD", as calendar.parseYmd reads it? */
function startsWithDay(v: string): boolean {
  return digitsAt(v, 0, 4) && v.charCodeAt(4) === 45 && digitsAt(v, 5, 2) && v.charCodeAt(7) === 45 && digitsAt(v, 8, 2);
}

/** How many days a date covers (a day 1, a month about 30). */
function daysCovered(date: EventDate): number {
  const v = date.value ?? '';
  const [a, b] = v.split('/');
  if (b && a) return (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;
  return v.length === 10 ? 1 : v.length === 7 ? 30 : 365;
}

export class DatingIndex {
  readonly text: string;
  readonly timexes: readonly Timex[];
  /** Each timex's reading as an event date, by timex index (null: no calendar time). */
  readonly dates: readonly (EventDate | null)[];
  /** Timex indexes in order of start offset, and those starts, to find a sentence's timexes by binary search. */
  private readonly byStart: readonly number[];
  private readonly starts: readonly number[];
  /** Are the timexes in start order already (as the anchorer leaves them)? */
  private readonly sorted: boolean;
  private readonly holds: (boolean | undefined)[] = [];
  private readonly modifiers: (boolean | undefined)[] = [];
  private readonly sentences: (Span | undefined)[] = [];
  private readonly covered: (number | undefined)[] = [];

  constructor(
    readonly doc: Doc,
    readonly published: string | null,
    readonly language: string,
  ) {
    this.text = doc.text;
    this.timexes = doc.timexes;
    const dates: (EventDate | null)[] = [];
    const byStart: number[] = [];
    let sorted = true;
    for (let i = 0; i < doc.timexes.length; i++) {
      const t = doc.timexes[i] as Timex;
      dates.push(eventDateOf(t, i, published));
      byStart.push(i);
      if (i > 0 && t.start < (doc.timexes[i - 1] as Timex).start) sorted = false;
    }
    // The anchorer sorts by start already; sort only when some other producer did not.
    this.sorted = sorted;
    if (!sorted) byStart.sort((a, b) => (this.timexes[a] as Timex).start - (this.timexes[b] as Timex).start || a - b);
    const starts: number[] = [];
    for (const i of byStart) starts.push((this.timexes[i] as Timex).start);
    this.dates = dates;
    this.byStart = byStart;
    this.starts = starts;
  }

  timex(i: number): Timex {
    return this.timexes[i] as Timex;
  }

  /** Indexes (ascending) of the timexes lying wholly inside `span`. */
  timexesWithin(span: Span): number[] {
    const { starts, byStart } = this;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    let ascending = true;
    for (let k = lo; k < starts.length && (starts[k] as number) <= span.end; k++) {
      const i = byStart[k] as number;
      if (this.timex(i).end > span.end) continue;
      if (out.length && i < (out[out.length - 1] as number)) ascending = false;
      out.push(i);
    }
    if (!ascending) out.sort((a, b) => a - b);
    return out;
  }

  /**
   * How many timexes (by index) to look at for those ending by `offset`: those starting after it
   * cannot, and in start order they are all at the end.
   */
  countStartingBy(offset: number): number {
    if (!this.sorted) return this.timexes.length;
    const { starts } = this;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Does timex `i` name a period holding the publication day? */
  holdsPublication(i: number): boolean {
    let v = this.holds[i];
    if (v === undefined) this.holds[i] = v = holdsPublication(this.timex(i), this.published);
    return v;
  }

  /** Is timex `i` a modifier inside a noun phrase ("the 1967 borders")? */
  isNounModifier(i: number): boolean {
    let v = this.modifiers[i];
    if (v === undefined) this.modifiers[i] = v = isNounModifier(this.text, this.timex(i));
    return v;
  }

  /** The sentence around timex `i`, by full stops and line breaks. */
  sentenceOf(i: number): Span {
    let v = this.sentences[i];
    if (v === undefined) {
      const t = this.timex(i);
      this.sentences[i] = v = sentenceAround(this.text, t.start, t.end);
    }
    return v;
  }

  /** How many days timex `i`'s date covers; only for timexes with a date. */
  daysCovered(i: number): number {
    let v = this.covered[i];
    if (v === undefined) this.covered[i] = v = daysCovered(this.dates[i] as EventDate);
    return v;
  }
}
