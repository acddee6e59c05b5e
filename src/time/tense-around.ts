// Which way an expression without a year points: the tense marker nearest to it in its sentence.
import { alternation } from './rule-kit.js';
import type { Tense } from './rule-kit.js';
import type { TimeLexicon } from './time-lexicon.js';

const notPast = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'proceed', 'exceed', 'succeed', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'proposed', 'intended']);

// '.', '!', '?' and line feed end a sentence; '!', '?' and line feed always, a full stop only before a blank.
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
const isHardStop = (code: number): boolean => code === 33 || code === 63 || code === 10;

/** Start and end of the sentence around an offset (full stops, line breaks). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !isStop(text.charCodeAt(s - 1)) && start - s < 400) s--;
  // An abbreviation's full stop ("Oct. 23", "U.S.") does not end a sentence.
  while (s > 1 && /\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(text.slice(Math.max(0, s - 6), s)) && start - s < 400) {
    s--;
    while (s > 0 && !isStop(text.charCodeAt(s - 1)) && start - s < 400) s--;
  }
  let e = end;
  while (e < text.length && !isHardStop(text.charCodeAt(e)) && e - end < 400) {
    if (text.charCodeAt(e) === 46 && /\s/.test(text[e + 1] ?? ' ') && !/\b[A-Z][a-z]{0,3}$/.test(text.slice(Math.max(0, e - 5), e))) break;
    e++;
  }
  return { start: s, end: e };
}

const patterns = new WeakMap<TimeLexicon, { future: RegExp; past: RegExp }>();

function markerPatterns(lex: TimeLexicon): { future: RegExp; past: RegExp } {
  let p = patterns.get(lex);
  if (!p) {
    const re = (words: string[]): RegExp =>
      new RegExp(`(?<![\\p{L}'])${alternation(words)}(?![\\p{L}])`, 'gu');
    p = { future: re(lex.futureMarkers), past: re(lex.pastMarkers) };
    patterns.set(lex, p);
  }
  return p;
}

interface Mark {
  readonly at: number;
  readonly end: number;
  /** False for a participle after an auxiliary: it counts for nothing but still takes its text. */
  readonly counts: boolean;
}

/** The tense markers of one sentence, lower-cased as a whole; kept for the next expression in it. */
interface SentenceMarks {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lex: TimeLexicon;
  readonly lower: string;
  readonly future: readonly Mark[];
  readonly past: readonly Mark[];
  readonly participles: readonly Mark[];
}

const participle = /\b(?:(be|being|been|is|are|am|to|will|would|'ll|not)\s+)?([a-z]{3,}ed)\b/g;
let lastMarks: SentenceMarks | null = null;

function marksOf(text: string, start: number, end: number, lex: TimeLexicon): SentenceMarks {
  const m = lastMarks;
  if (m && m.start === start && m.end === end && m.lex === lex && m.text === text) return m;
  const lower = text.slice(start, end).toLowerCase();
  const { future, past } = markerPatterns(lex);
  const all = (re: RegExp): Mark[] => [...lower.matchAll(re)].map((x) => ({ at: x.index, end: x.index + x[0].length, counts: true }));
  const participles =
    lex.language === 'en'
      ? [...lower.matchAll(participle)].map((x) => ({
          at: x.index,
          end: x.index + x[0].length,
          // "will be held", "to be completed": a participle after an auxiliary is not a past tense.
          counts: !x[1] && !notPast.has(x[2] ?? ''),
        }))
      : [];
  lastMarks = { text, start, end, lex, lower, future: all(future), past: all(past), participles };
  return lastMarks;
}

const letterOrQuote = /[\p{L}']/u;

function straddles(list: readonly Mark[], a: number, b: number): boolean {
  for (const k of list) if ((k.at < a && k.end > a) || (k.at < b && k.end > b)) return true;
  return false;
}

interface Best {
  distance: number;
  tense: Tense;
}

/** The nearest counting marker of `list` inside [from, to), measured from `origin`, if nearer than `best`. */
function nearest(list: readonly Mark[], from: number, to: number, origin: number, tense: Tense, best: Best | null, lower: string): Best | null {
  for (const k of list) {
    if (k.at < from || k.end > to || !k.counts) continue;
    const distance = Math.abs(k.at - origin);
    if (best && distance >= best.distance) continue;
    if (tense === 'future' && /^next\s+to\b/.test(lower.slice(k.at, Math.min(k.at + 8, to)))) continue;
    best = { distance, tense };
  }
  return best;
}

export function tenseAround(text: string, start: number, end: number, lex: TimeLexicon): Tense {
  const sentence = sentenceAround(text, start, end);
  const marks = marksOf(text, sentence.start, sentence.end, lex);
  const a = start - sentence.start;
  const b = end - sentence.start;
  const { lower } = marks;
  // Reading the markers off the whole sentence gives what reading each side alone gives, unless
  // a marker could run into the expression or lean on its edge; then read each side alone.
  if (
    lower.length !== sentence.end - sentence.start ||
    (a > 0 && letterOrQuote.test(lower[a - 1] ?? '')) ||
    letterOrQuote.test(lower[b] ?? '') ||
    straddles(marks.future, a, b) || straddles(marks.past, a, b) || straddles(marks.participles, a, b)
  )
    return tenseOfSides(text.slice(sentence.start, start).toLowerCase(), text.slice(end, sentence.end).toLowerCase(), lex);
  // The same order as tenseOfSides: before then after; future, past, participles; first seen wins ties.
  let best: Best | null = null;
  best = nearest(marks.future, 0, a, a, 'future', best, lower);
  best = nearest(marks.past, 0, a, a, 'past', best, lower);
  best = nearest(marks.participles, 0, a, a, 'past', best, lower);
  best = nearest(marks.future, b, lower.length, b, 'future', best, lower);
  best = nearest(marks.past, b, lower.length, b, 'past', best, lower);
  best = nearest(marks.participles, b, lower.length, b, 'past', best, lower);
  return withCue(best, lower.slice(0, a), lex);
}

/** The original reading of each side on its own (kept for the rare sentences the fast path declines). */
function tenseOfSides(before: string, after: string, lex: TimeLexicon): Tense {
  let best: { distance: number; tense: Tense } | null = null;
  const { future, past } = markerPatterns(lex);
  for (const [segment, fromEnd] of [[before, true], [after, false]] as const) {
    const see = (index: number, tense: Tense): void => {
      const distance = fromEnd ? segment.length - index : index;
      if (!best || distance < best.distance) best = { distance, tense };
    };
    for (const m of segment.matchAll(future)) if (!/^next\s+to\b/.test(segment.slice(m.index, m.index + 8))) see(m.index, 'future');
    for (const m of segment.matchAll(past)) see(m.index, 'past');
    if (lex.language === 'en')
      for (const m of segment.matchAll(participle)) if (!m[1] && !notPast.has(m[2] ?? '')) see(m.index, 'past');
  }
  return withCue(best, before, lex);
}

function withCue(found: Best | null, before: string, lex: TimeLexicon): Tense {
  // A cue right before the expression ("payable Jan. 2", "through January") points ahead,
  // unless a past tense sits close by ("had filed reports by Wednesday").
  if (!found || found.tense === 'future' || found.distance > 30) {
    const cue = cueWord(before);
    if (cue && lex.futureCues.includes(cue)) return 'future';
  }
  return found?.tense ?? null;
}

const space = /\s/u;
const letter = /\p{L}/u;
const cuePattern = /([\p{L}]+)\s+(?:the\s+|on\s+|in\s+)?$/u;

/**
 * The word the text ends on, before its trailing blanks and an optional "the", "on" or "in":
 * what cuePattern captures, read backwards from the end instead of scanning the whole text.
 */
export function cueWord(s: string): string | undefined {
  let pair = false;
  const back = (i: number, test: RegExp): number => {
    while (i > 0 && test.test(s[i - 1] ?? '')) i--;
    const code = s.charCodeAt(i - 1);
    if (code >= 0xd800 && code <= 0xdfff) pair = true;
    return i;
  };
  const t = back(s.length, space);
  const w = back(t, letter);
  const u = back(w, space);
  const v = back(u, letter);
  // A surrogate pair (a letter beyond the BMP) where the reading stopped: leave it to the pattern.
  if (pair) return cuePattern.exec(s)?.[1];
  if (t === s.length || w === t) return undefined;
  const word = s.slice(w, t);
  if ((word === 'the' || word === 'on' || word === 'in') && u < w && v < u) return s.slice(v, u);
  return word;
}
