// Which way an expression without a year points: the tense marker nearest to it in its sentence.
import { isAsciiWordCode, isBlankCode, isLetterCode } from './char-classes.js';
import { alternation } from './rule-kit.js';
import type { Tense } from './rule-kit.js';
import { breakers, isNotPast, joiningWords, markerScanner, participlePattern, scanSentenceMarks } from './tense-marks.js';
import type { Mark, MarkerScanner, SentenceMarks } from './tense-marks.js';
import type { TimeLexicon } from './time-lexicon.js';

// '.', '!', '?' and line feed end a sentence; '!', '?' and line feed always, a full stop only before a blank.
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
const isHardStop = (code: number): boolean => code === 33 || code === 63 || code === 10;
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;
const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/**
 * Does the text in [from, to) end with a capitalised short word, /\b[A-Z][a-z]{0,3}$/ as tested
 * on text.slice(from, to) ("Oct", "U")? Read backwards from `to` rather than slicing.
 */
function endsWithShortCapital(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from && to - 1 - j < 3 && isLowerAscii(text.charCodeAt(j))) j--;
  if (j < from || !isUpperAscii(text.charCodeAt(j))) return false;
  return j === from || !isAsciiWordCode(text.charCodeAt(j - 1));
}

/** Start and end of the sentence around an offset (full stops, line breaks). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  // A sentence reaches at most 400 characters out from the expression.
  const first = Math.max(0, start - 400);
  let s = start;
  while (s > first && !isStop(text.charCodeAt(s - 1))) s--;
  // An abbreviation's full stop ("Oct. 23", "U.S.") does not end a sentence.
  while (s > 1 && s > first && text.charCodeAt(s - 1) === 46 && endsWithShortCapital(text, Math.max(0, s - 6), s - 1)) {
    s--;
    while (s > first && !isStop(text.charCodeAt(s - 1))) s--;
  }
  const last = Math.min(text.length, end + 400);
  let e = end;
  for (; e < last; e++) {
    const c = text.charCodeAt(e);
    if (c > 63) continue;
    if (isHardStop(c)) break;
    if (c === 46 && (e + 1 >= text.length || isBlankCode(text.charCodeAt(e + 1))) && !endsWithShortCapital(text, Math.max(0, e - 5), e)) break;
  }
  return { start: s, end: e };
}

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

  constructor(
    private readonly text: string,
    private readonly lex: TimeLexicon,
  ) {}

  tenseAt(start: number, end: number): Tense {
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
    let from = windowStart(lower, a - REACH, m);
    let to = windowEnd(lower, b + REACH, m);
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

const isGap = (c: number): boolean => c === 45 || isBlankCode(c);

/**
 * Can no mark run across the gap (blanks, hyphens) that begins at `at`? The word before it must
 * be plain ASCII and neither an auxiliary nor a marker word's non-final piece ("going" in "going to").
 */
function cutsAt(s: string, at: number, joining: ReadonlySet<string>): boolean {
  let k = at;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if (!((c >= 97 && c <= 122) || c === 39)) break;
    k--;
  }
  if (k === at || (k > 0 && s.charCodeAt(k - 1) >= 128) || (k > 0 && isLetterCode(s.charCodeAt(k - 1)))) return false;
  const word = s.slice(k, at);
  return !joining.has(word) && !word.endsWith("'ll");
}

/** The first offset at or before `at` after which marks can be read apart from what precedes. */
function windowStart(s: string, at: number, m: Markers): number {
  let i = Math.max(0, at);
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 128 && m.breakers[c] === 1) break;
    if (isGap(c) && i < s.length && !isGap(s.charCodeAt(i))) {
      let g = i - 1;
      while (g > 0 && isGap(s.charCodeAt(g - 1))) g--;
      if (cutsAt(s, g, m.joining)) break;
    }
    i--;
  }
  return i;
}

/** The first offset at or after `at` before which marks can be read apart from what follows. */
function windowEnd(s: string, at: number, m: Markers): number {
  let i = Math.min(s.length, at);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128 && m.breakers[c] === 1) break;
    if (isGap(c) && i > 0 && !isGap(s.charCodeAt(i - 1)) && cutsAt(s, i, m.joining)) break;
    i++;
  }
  return i;
}

/** The tense around one expression (a reader for a single question). */
export function tenseAround(text: string, start: number, end: number, lex: TimeLexicon): Tense {
  return new TenseReader(text, lex).tenseAt(start, end);
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
