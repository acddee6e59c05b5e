// The narrative time a sentence without a date of its own inherits: the last dated expression of
// the preceding sentences, back to the story's day after a background paragraph. Whether an
// expression can set it is worked out once per document, on first need; only an event's modality
// changes the answer ("actual" past acts ignore plans for later).
import type { EventDate } from '../core/index.js';
import type { DatingIndex } from './dating-index.js';
import { relativeClauseWithin } from './in-relative-clause.js';
import * as codes from './char-classes.js';
import { dayOf } from './day-of.js';

// Local bindings for the per-character loops: run under tsx (CommonJS output), every call
// of an imported function first goes through a getter.
const { isBlankCode } = codes;

/** The last day a date value covers ("2023-06" ends on the 30th). */
function lastDay(value: string): string {
  // As `const [a, b] = value.split('/')` reads it: b the piece after the first slash, up to a second.
  const slash = value.indexOf('/');
  const a = slash < 0 ? value : value.slice(0, slash);
  if (slash >= 0) {
    const next = value.indexOf('/', slash + 1);
    const b = next < 0 ? value.slice(slash + 1) : value.slice(slash + 1, next);
    if (b) return b;
  }
  if (!a) return value;
  if (a.length === 4) return a + '-12-31';
  if (a.length === 7) return a + '-28';
  return a;
}

const subordinator = /\b(?:since|after|before|when|while|which|who|until|following)\b/i;
const continuesStory = /^\s*(?:shortly|soon|moments|minutes|hours)\s+(?:after(?:wards)?|later)\b/i;

/** The first words of the paragraph holding an offset. */
function paragraphOpening(text: string, offset: number): string {
  const breakAt = text.lastIndexOf('\n\n', offset);
  const start = breakAt < 0 ? 0 : breakAt + 2;
  return text.slice(start, start + 40);
}

export class NarrativeTime {
  // Per-timex answers, by timex index, worked out on first need (undefined: not yet known).
  /** Event-independent part of "can timex i set the narrative". */
  private readonly settable: (boolean | undefined)[] = [];
  /** Is timex i's date after publication: a plan, which cannot date past acts. */
  private readonly later: (boolean | undefined)[] = [];
  /** mainClauseDate of timex i, for actual acts and for the others: the timex giving it, or -1 for none. */
  private readonly mainActual: (number | undefined)[] = [];
  private readonly mainOther: (number | undefined)[] = [];
  /** The last day each timex's date covers. */
  private readonly lastDays: (string | undefined)[] = [];
  private publishedDay: number | undefined;
  private story: EventDate | null | undefined;
  /** Pairs of line feeds with only white space between (`\n\s*\n`): starts, and ends (the second line feed). */
  private blankStarts: number[] | undefined;
  private blankEnds: number[] = [];

  constructor(private readonly index: DatingIndex) {}

  /** Can timex `i` set the narrative time for the sentences that follow (for an actual act, or another)? */
  setsNarrative(i: number, actual: boolean): boolean {
    let v = this.settable[i];
    if (v === undefined) this.settable[i] = v = this.settableAtAll(i);
    return v && !(actual && this.isLater(i));
  }

  /** A plan for later ("to meet in September") does not date the past acts reported after it. */
  private isLater(i: number): boolean {
    let v = this.later[i];
    if (v === undefined) {
      const value = this.index.dates[i]?.value;
      const slash = value ? value.indexOf('/') : -1;
      const first = value && slash >= 0 ? value.slice(0, slash) : value;
      this.later[i] = v = !!value && dayOf(first as string) - this.publishedDayNumber() > 0;
    }
    return v;
  }

  private publishedDayNumber(): number {
    this.publishedDay ??= this.index.published ? dayOf(this.index.published) : NaN;
    return this.publishedDay;
  }

  private settableAtAll(i: number): boolean {
    const { index } = this;
    const t = index.timex(i);
    if (!index.dates[i]?.value) return false;
    if (index.isNounModifier(i)) return false;
    // "seven months after the attack of October 7" is a rough span, too vague to carry on.
    if (t.rule === 'rel-shift' && t.range && t.range.start !== t.range.end) return false;
    // "..., which began on December 27.": the relative clause's date does not carry on, unless it
    // holds the time of writing ("Brazil, which chairs the council this month, ...").
    const sentence = index.sentenceOf(i);
    return relativeClauseWithin(index.text, sentence.start, sentence.end, t.start) === null || index.holdsPublication(i);
  }

  /**
   * "X broke off relations on Tuesday, ... since the war began three weeks ago.": a date in a
   * subordinate clause after the main clause's date does not move the narrative; the main one does.
   */
  private mainClauseDate(i: number, actual: boolean): number {
    const memo = actual ? this.mainActual : this.mainOther;
    let v = memo[i];
    if (v === undefined) memo[i] = v = this.findMainClauseDate(i, actual);
    return v;
  }

  private findMainClauseDate(i: number, actual: boolean): number {
    const { index } = this;
    const t = index.timex(i);
    const sentence = index.sentenceOf(i);
    for (let k = 0; k < i; k++) {
      const main = index.timex(k);
      if (main.start < sentence.start || main.type !== 'DATE') continue;
      if (!index.dates[k] || !this.setsNarrative(k, actual)) continue;
      if (subordinator.test(index.text.slice(main.end, t.start))) return k;
    }
    return -1;
  }

  private lastDayOf(i: number): string {
    let v = this.lastDays[i];
    if (v === undefined) this.lastDays[i] = v = lastDay((this.index.dates[i] as EventDate).value ?? '');
    return v;
  }

  /** The lede's time: the first expression within a week before publication, else the publication date. */
  storyTime(): EventDate | null {
    if (this.story === undefined) this.story = this.findStoryTime();
    return this.story && { ...this.story };
  }

  private findStoryTime(): EventDate | null {
    const { index } = this;
    const { published } = index;
    if (!published) return null;
    for (let i = 0; i < index.timexes.length; i++) {
      const t = index.timex(i);
      if (t.type !== 'DATE' || t.value.endsWith('_REF') || index.isNounModifier(i)) continue;
      const date = index.dates[i];
      if (!date?.value || date.granularity !== 'day') continue;
      const gap = (this.publishedDayNumber() - dayOf(date.value)) / 86_400_000;
      if (gap >= 0 && gap <= 7) return { ...date, derivation: 'narrative' };
    }
    return { value: published, granularity: 'day', derivation: 'publication', timex: null, announced: null };
  }

  /** Is there a blank line (`\n\s*\n`) inside `[from, to)` of the text? */
  private blankLineWithin(from: number, to: number): boolean {
    const starts = this.blankStarts ?? this.findBlankLines();
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    // Pairs are consecutive line feeds, so the first pair starting in range also ends first.
    return lo < starts.length && (this.blankEnds[lo] as number) < to;
  }

  private findBlankLines(): number[] {
    const { text } = this.index;
    const starts: number[] = [];
    let a = text.indexOf('\n');
    while (a >= 0) {
      const b = text.indexOf('\n', a + 1);
      if (b < 0) break;
      let k = a + 1;
      while (k < b && isBlankCode(text.charCodeAt(k))) k++;
      if (k === b) {
        starts.push(a);
        this.blankEnds.push(b);
      }
      a = b;
    }
    this.blankStarts = starts;
    return starts;
  }

  /**
   * The narrative time before an offset: the last dated expression of the preceding sentences.
   * A background date ("in 1987", "last week") carries on within its paragraph; a new paragraph
   * without a date of its own returns to the story's time (the lede's day).
   */
  before(offset: number, actual: boolean): EventDate | null {
    const { index } = this;
    for (let i = index.countStartingBy(offset) - 1; i >= 0; i--) {
      const t = index.timex(i);
      if (t.end > offset || (t.type === 'DURATION' && !t.range) || t.type === 'SET' || t.value.endsWith('_REF')) continue;
      if (index.dates[i] && this.setsNarrative(i, actual)) return this.carriedOn(i, offset, actual);
    }
    return null;
  }

  /** The narrative time timex `i` gives at `offset`, the last one to set it before there. */
  private carriedOn(i: number, offset: number, actual: boolean): EventDate {
    const t = this.index.timex(i);
    const main = this.mainClauseDate(i, actual);
    const from = main >= 0 ? main : i;
    const date = this.index.dates[from] as EventDate;
    if (!this.blankLineWithin(t.end, offset)) return { ...date, derivation: 'narrative' };
    // "Shortly afterwards ..." opening the paragraph goes on from the day just told.
    if (date.granularity === 'day' && continuesStory.test(paragraphOpening(this.index.text, offset)))
      return { ...date, derivation: 'narrative' };
    // Otherwise a date that ends before the story's own day is background ("in 1987", "last week").
    const story = this.storyTime();
    if (story?.value && this.lastDayOf(from) < story.value) return story;
    return { ...date, derivation: 'narrative' };
  }
}
