// The shapes shared by the time rules, and the regex vocabulary built from the lexicon.
import type { DateDerivation, Granularity, TimexType } from '../core/index.js';
import type { Ymd } from './calendar.js';
import type { TimeLexicon } from './time-lexicon.js';

export type Tense = 'past' | 'future' | null;

/** A calendar interval that narrative expressions can lean on. */
export interface Anchor {
  readonly start: Ymd;
  readonly end: Ymd;
  readonly granularity: Granularity;
  /** Set when the anchor came from a quarter, for "a year ago" in earnings news. */
  readonly quarter: { readonly y: number; readonly q: number } | null;
  /** Offset where the expression that set it ends. */
  readonly at: number;
}

/** What a rule may read while it resolves a match. */
export interface ResolveContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The publication date; null when unknown. */
  readonly ref: Ymd | null;
  /** The narrative's current time: the last calendar date resolved before this one. */
  readonly narrative: Anchor | null;
  /**
   * The last time the story itself stated (explicit or narrative, not "this year"): what
   * "that year" and "May of that year" point back to.
   */
  readonly story: Anchor | null;
  /** The last quarter mentioned in the document so far. */
  readonly lastQuarter: { readonly y: number; readonly q: number } | null;
  /** The last day mentioned so far (for clock times). */
  readonly lastDay: Ymd | null;
  readonly lex: TimeLexicon;
  tense(): Tense;
}

export interface Resolution {
  readonly value: string;
  readonly type?: TimexType;
  readonly granularity: Granularity;
  readonly range?: { readonly start: string; readonly end: string } | null;
  readonly derivation: DateDerivation;
  /** The calendar interval meant, when there is one (feeds the narrative time). */
  readonly interval?: { readonly start: Ymd; readonly end: Ymd } | null;
  /** Whether this value should move the narrative time (false for "now", durations...). */
  readonly anchors?: boolean;
}

export type Groups = Readonly<Record<string, string | undefined>>;

export interface TimexRule {
  readonly id: string;
  readonly type: TimexType;
  readonly pattern: RegExp;
  /** Cheap context check made before overlaps are settled (e.g. is this number a year?). */
  accept?(groups: Groups, text: string, start: number, end: number): boolean;
  resolve(groups: Groups, ctx: ResolveContext): Resolution | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of words, longest first, with spaces matching any run of blanks or hyphens. */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => escape(w).replace(/ /g, '[\\s-]+')).join('|')})`;
}

/** Full names as they are; short forms ("Sept", "Tues") may carry a full stop. */
function withAbbreviations(names: string[]): string {
  const short = names.filter((n) => n.length <= 4 && !['may', 'june', 'july'].includes(n));
  const full = names.filter((n) => !short.includes(n));
  return `(?:${alternation(full)}|${alternation(short)}\\.?)`;
}

export interface Vocabulary {
  readonly MONTH: string;
  readonly WEEKDAY: string;
  readonly SEASON: string;
  readonly POD: string;
  readonly HOLIDAY: string;
  readonly NUM: string;
  readonly VAGUE: string;
  readonly ORD: string;
  readonly UNIT: string;
}

const vocabularies = new WeakMap<TimeLexicon, Vocabulary>();

export function vocabulary(lex: TimeLexicon): Vocabulary {
  const cached = vocabularies.get(lex);
  if (cached) return cached;
  // "a"/"an" count only alone or before hundred/thousand: "a five year low" is five, not six.
  const articles = Object.keys(lex.numbers).filter((w) => lex.numbers[w] === 1 && w.length <= 2 && !/^\d/.test(w) && w !== 'un');
  const numberWords = Object.keys(lex.numbers).filter((w) => !/ /.test(w) && !articles.includes(w));
  const numberPhrases = Object.keys(lex.numbers).filter((w) => / /.test(w));
  const word = alternation(numberWords);
  const article = articles.length ? `|${alternation(articles)}(?:[\\s-]+(?:hundred|thousand))?` : '';
  const unitForms = Object.keys(lex.units).flatMap((u) => [u, `${u}s`, u.replace(/y$/, 'ies'), `${u}es`]);
  const v: Vocabulary = {
    MONTH: withAbbreviations(Object.keys(lex.months)),
    WEEKDAY: withAbbreviations(Object.keys(lex.weekdays)),
    SEASON: alternation(Object.keys(lex.seasons)),
    POD: alternation(Object.keys(lex.partsOfDay)),
    HOLIDAY: alternation(lex.holidays.flatMap((h) => h.names)),
    // At most nine words: an unbounded run made a long list of number words quadratic to scan.
    NUM: `(?:\\d+(?:[.,]\\d+)?|${alternation(numberPhrases)}|${word}(?:(?:[\\s-]+|[\\s-]+and[\\s-]+)${word}){0,8}${article})`,
    VAGUE: alternation(lex.vagueNumbers),
    ORD: `(?:${alternation(Object.keys(lex.ordinals))}|\\d{1,2}(?:st|nd|rd|th))`,
    UNIT: alternation(unitForms),
  };
  vocabularies.set(lex, v);
  return v;
}

/** Builds a global, case-insensitive, word-bounded regex from a template with {MONTH}-style slots. */
export function compile(lex: TimeLexicon, template: string): RegExp {
  const v = vocabulary(lex);
  const source = template.replace(/\{([A-Z]+)\}/g, (_, key: string) => {
    const part = (v as unknown as Record<string, string | undefined>)[key];
    if (part === undefined) throw new Error(`time rule template: unknown slot {${key}} in ${template}`);
    return part;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
}
