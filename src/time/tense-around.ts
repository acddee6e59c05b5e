// Which way an expression without a year points: the tense marker nearest to it in its sentence.
import { isBlankCode, isLetterCode } from './char-classes.js';
import { windowEnd, windowStart } from './mark-window.js';
import { sentenceAround } from './sentence-around.js';
import { alternation } from './rule-kit.js';
import type { Tense } from './rule-kit.js';
import { breakers, isNotPast, joiningWords, markerScanner, participlePattern, scanSentenceMarks } from './tense-marks.js';
import type { Mark, MarkerScanner, SentenceMarks } from './tense-marks.js';
import type { TimeLexicon } from './time-lexicon.js';

// The sentence bounds are shared with the event dater, which imports them from here.

interface Markers {
  readonly future: RegExp;
  readonly past: RegExp;
  /** The same words for the hand scanner (null if a word is beyond it: then the regexes serve). */
  readonly futureScanner: MarkerScanner | null;
  readonly pastScanner: MarkerScanner | null;
  /** Characters no mark can hold (see tense-marks.ts). */
  readonly breakers: Uint8Array;
  /** Words a mark may continue after: auxiliaries and marker words' non-final pieces. */
  readonly joining: ReadonlySet<string>;
}

const markersByLexicon = new WeakMap<TimeLexicon, Markers>();

function markersOf(lex: TimeLexicon): Markers {
  let p = markersByLexicon.get(lex);
  if (!p) {
    const re = (words: string[]): RegExp => new RegExp(`(?<![\\p{L}'])${alternation(words)}(?![\\p{L}])`, 'gu');
    p = {
      future: re(lex.futureMarkers),
      past: re(lex.pastMarkers),
      futureScanner: markerScanner(lex.futureMarkers),
      pastScanner: markerScanner(lex.pastMarkers),
      breakers: breakers([...lex.futureMarkers, ...lex.pastMarkers]),
      joining: joiningWords([...lex.futureMarkers, ...lex.pastMarkers]),
    };
    markersByLexicon.set(lex, p);
  }
  return p;
}

function regexMarks(s: string, re: RegExp): Mark[] {
  const out: Mark[] = [];
  for (const x of s.matchAll(re)) out.push({ at: x.index, end: x.index + x[0].length, counts: true });
  return out;
}

/** One sentence, lower-cased as a whole. */
interface MarkedSentence {
  readonly end: number;
  readonly lower: string;
}

/** The marks of `lower` that begin in [from, to) (all of them by default). */
function marksOf(lower: string, lex: TimeLexicon, from = 0, to = lower.length): SentenceMarks {
  const m = markersOf(lex);
  const english = lex.language === 'en';
  if (m.futureScanner && m.pastScanner) return scanSentenceMarks(lower, m.futureScanner, m.pastScanner, english, from, to);
  const participles = english ? scanSentenceMarks(lower, emptyScanner, emptyScanner, true).participles : [];
  return { future: regexMarks(lower, m.future), past: regexMarks(lower, m.past), participles };
}

const emptyScanner = markerScanner([]) as MarkerScanner;

/** How far on each side of an expression its markers are first looked for. */
const REACH = 40;

function straddles(list: readonly Mark[], a: number, b: number): boolean {
  for (const k of list) if ((k.at < a && k.end > a) || (k.at < b && k.end > b)) return true;
  return false;
}

/** A letter or a quote, /[\p{L}']/u, for the one code unit at `i` of `s` (false past the end). */
function letterOrQuoteAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const code = s.charCodeAt(i);
  return code === 39 || isLetterCode(code);
}

interface Best {
  distance: number;
  tense: Tense;
}

const nextTo = /^next\s+to\b/;

/** The nearest counting marker of `list` inside [from, to), measured from `origin`, if nearer than `best`. */
function nearest(list: readonly Mark[], from: number, to: number, origin: number, tense: Tense, best: Best | null, lower: string): Best | null {
  for (const k of list) {
    if (k.at < from || k.end > to || !k.counts) continue;
    const distance = Math.abs(k.at - origin);
    if (best && distance >= best.distance) continue;
    if (tense === 'future' && lower.charCodeAt(k.at) === 110 && nextTo.test(lower.slice(k.at, Math.min(k.at + 8, to)))) continue;
    best = { distance, tense };
  }
  return best;
}

/**
 * Reads the tense around the expressions of one document. A sentence is lower-cased once (one
 * reader per document and stage run, so nothing outlives the document) and its markers are
 * read only as far from each expression as the nearest one may lie.
 */
export class TenseReader {
  private readonly sentences = new Map<number, MarkedSentence>();
  /**
   * Tenses already read, by the expression's start: the finder and the anchorer ask about the
   * same expressions, and the anchorer gets the finder's reader (see timex-handoff.ts).
   */
  private readonly read = new Map<number, { readonly end: number; readonly tense: Tense }>();

  constructor(
    readonly text: string,
    readonly lex: TimeLexicon,
  ) {}

  tenseAt(start: number, end: number): Tense {
    const known = this.read.get(start);
    if (known !== undefined && known.end === end) return known.tense;
    const tense = this.readTense(start, end);
    this.read.set(start, { end, tense });
    return tense;
  }

  private readTense(start: number, end: number): Tense {
    const { text, lex } = this;
    const sentence = sentenceAround(text, start, end);
    let marked = this.sentences.get(sentence.start);
    if (marked === undefined || marked.end !== sentence.end) {
      marked = { end: sentence.end, lower: text.slice(sentence.start, sentence.end).toLowerCase() };
      this.sentences.set(sentence.start, marked);
    }
    const { lower } = marked;
    const a = start - sentence.start;
    const b = end - sentence.start;
    if (lower.length !== sentence.end - sentence.start || (a > 0 && letterOrQuoteAt(lower, a - 1)) || letterOrQuoteAt(lower, b))
      return tenseOfSides(text.slice(sentence.start, start).toLowerCase(), text.slice(end, sentence.end).toLowerCase(), lex);
    // First the markers near the expression, read between two places no marker runs across;
    // then further out on a side while a marker beyond it could still be the nearest.
    const m = markersOf(lex);
    // Words beyond the scanner (see markerScanner) are read by regexes over the whole sentence.
    const windows = m.futureScanner !== null && m.pastScanner !== null;
    let from = windows ? windowStart(lower, a - REACH, m) : 0;
    let to = windows ? windowEnd(lower, b + REACH, m) : lower.length;
    let near = marksOf(lower, lex, from, to);
    // Reading the markers off the whole sentence gives what reading each side alone gives, unless
    // a marker could run into the expression or lean on its edge; then read each side alone.
    if (straddles(near.future, a, b) || straddles(near.past, a, b) || straddles(near.participles, a, b))
      return tenseOfSides(text.slice(sentence.start, start).toLowerCase(), text.slice(end, sentence.end).toLowerCase(), lex);
    for (;;) {
      const best = nearestOfAll(near, a, b, lower);
      // A marker beyond the window is farther than the best inside it (ties go to the side before).
      const beforeDone = from === 0 || (best !== null && best.distance <= a - from);
      const afterDone = to === lower.length || (best !== null && best.distance < to - b);
      if (beforeDone && afterDone) return withCue(best, lower, a, lex);
      if (!beforeDone) {
        const f = windowStart(lower, from - 2 * REACH, m);
        near = joined(marksOf(lower, lex, f, from), near);
        from = f;
      }
      if (!afterDone) {
        const t = windowEnd(lower, to + 2 * REACH, m);
        near = joined(near, marksOf(lower, lex, to, t));
        to = t;
      }
    }
  }
}

function joined(first: SentenceMarks, second: SentenceMarks): SentenceMarks {
  return {
    future: first.future.concat(second.future),
    past: first.past.concat(second.past),
    participles: first.participles.concat(second.participles),
  };
}

/** The same order as tenseOfSides: before then after; future, past, participles; first seen wins ties. */
function nearestOfAll(marks: SentenceMarks, a: number, b: number, lower: string): Best | null {
  let best: Best | null = null;
  best = nearest(marks.future, 0, a, a, 'future', best, lower);
  best = nearest(marks.past, 0, a, a, 'past', best, lower);
  best = nearest(marks.participles, 0, a, a, 'past', best, lower);
  best = nearest(marks.future, b, lower.length, b, 'future', best, lower);
  best = nearest(marks.past, b, lower.length, b, 'past', best, lower);
  best = nearest(marks.participles, b, lower.length, b, 'past', best, lower);
  return best;
}

/** The original reading of each side on its own (kept for the rare sentences the fast path declines). */
function tenseOfSides(before: string, after: string, lex: TimeLexicon): Tense {
  let best: Best | null = null;
  const { future, past } = markersOf(lex);
  for (const [segment, fromEnd] of [[before, true], [after, false]] as const) {
    const see = (index: number, tense: Tense): void => {
      const distance = fromEnd ? segment.length - index : index;
      if (!best || distance < best.distance) best = { distance, tense };
    };
    for (const m of segment.matchAll(future)) if (!/^next\s+to\b/.test(segment.slice(m.index, m.index + 8))) see(m.index, 'future');
    for (const m of segment.matchAll(past)) see(m.index, 'past');
    if (lex.language === 'en')
      for (const m of segment.matchAll(participlePattern)) if (!m[1] && !isNotPast(m[2] ?? '')) see(m.index, 'past');
  }
  return withCue(best, before, before.length, lex);
}

/** `found`, or 'future' when a cue word ends `s` before `end` and nothing near says otherwise. */
function withCue(found: Best | null, s: string, end: number, lex: TimeLexicon): Tense {
  // A cue right before the expression ("payable Jan. 2", "through January") points ahead,
  // unless a past tense sits close by ("had filed reports by Wednesday").
  if (!found || found.tense === 'future' || found.distance > 30) {
    const cue = cueWord(s, end);
    if (cue && lex.futureCues.includes(cue)) return 'future';
  }
  return found?.tense ?? null;
}

const cuePattern = /([\p{L}]+)\s+(?:the\s+|on\s+|in\s+)?$/u;

/** Steps back from `i` over code units that are blanks (or letters), as /\s/u (or /\p{L}/u) reads each alone. */
function backOver(s: string, i: number, letters: boolean): number {
  while (i > 0) {
    const code = s.charCodeAt(i - 1);
    if (letters ? !isLetterCode(code) || (code >= 0xd800 && code <= 0xdfff) : !isBlankCode(code)) break;
    i--;
  }
  return i;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * The word s.slice(0, end) ends on, before its trailing blanks and an optional "the", "on" or
 * "in": what cuePattern captures, read backwards from the end instead of scanning the whole text.
 */
export function cueWord(s: string, end = s.length): string | undefined {
  const t = backOver(s, end, false);
  const w = backOver(s, t, true);
  const u = backOver(s, w, false);
  const v = backOver(s, u, true);
  // A surrogate pair (a letter beyond the BMP) where the reading stopped: leave it to the pattern.
  if (isSurrogate(s.charCodeAt(t - 1)) || isSurrogate(s.charCodeAt(w - 1)) || isSurrogate(s.charCodeAt(u - 1)) || isSurrogate(s.charCodeAt(v - 1)))
    return cuePattern.exec(end === s.length ? s : s.slice(0, end))?.[1];
  if (t === end || w === t) return undefined;
  const word = s.slice(w, t);
  if ((word === 'the' || word === 'on' || word === 'in') && u < w && v < u) return s.slice(v, u);
  return word;
}
