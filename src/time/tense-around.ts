// Which way an expression without a year points: the tense marker nearest to it in its sentence.
import { isAsciiWordCode, isBlankCode, isLetterCode } from './char-classes.js';
import { alternation } from './rule-kit.js';
import type { Tense } from './rule-kit.js';
import { isNotPast, markerScanner, participlePattern, scanSentenceMarks } from './tense-marks.js';
import type { Mark, MarkerScanner } from './tense-marks.js';
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
  let s = start;
  while (s > 0 && !isStop(text.charCodeAt(s - 1)) && start - s < 400) s--;
  // An abbreviation's full stop ("Oct. 23", "U.S.") does not end a sentence.
  while (s > 1 && text.charCodeAt(s - 1) === 46 && endsWithShortCapital(text, Math.max(0, s - 6), s - 1) && start - s < 400) {
    s--;
    while (s > 0 && !isStop(text.charCodeAt(s - 1)) && start - s < 400) s--;
  }
  let e = end;
  while (e < text.length && !isHardStop(text.charCodeAt(e)) && e - end < 400) {
    if (
      text.charCodeAt(e) === 46 &&
      (e + 1 >= text.length || isBlankCode(text.charCodeAt(e + 1))) &&
      !endsWithShortCapital(text, Math.max(0, e - 5), e)
    )
      break;
    e++;
  }
  return { start: s, end: e };
}

interface Markers {
  readonly future: RegExp;
  readonly past: RegExp;
  /** The same words for the hand scanner (null if a word is beyond it: then the regexes serve). */
  readonly futureScanner: MarkerScanner | null;
  readonly pastScanner: MarkerScanner | null;
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

/** The tense markers of one sentence, lower-cased as a whole. */
interface MarkedSentence {
  readonly end: number;
  readonly lower: string;
  readonly future: readonly Mark[];
  readonly past: readonly Mark[];
  readonly participles: readonly Mark[];
}

function marksOf(text: string, start: number, end: number, lex: TimeLexicon): MarkedSentence {
  const lower = text.slice(start, end).toLowerCase();
  const m = markersOf(lex);
  const english = lex.language === 'en';
  if (m.futureScanner && m.pastScanner) {
    const marks = scanSentenceMarks(lower, m.futureScanner, m.pastScanner, english);
    return { end, lower, future: marks.future, past: marks.past, participles: marks.participles };
  }
  const participles = english ? scanSentenceMarks(lower, emptyScanner, emptyScanner, true).participles : [];
  return { end, lower, future: regexMarks(lower, m.future), past: regexMarks(lower, m.past), participles };
}

const emptyScanner = markerScanner([]) as MarkerScanner;

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
 * Reads the tense around the expressions of one document. Each sentence's markers are found
 * once, when an expression in it first asks, and kept for the others in it (one reader per
 * document and stage run, so nothing outlives the document).
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
    let marks = this.sentences.get(sentence.start);
    if (marks === undefined || marks.end !== sentence.end) {
      marks = marksOf(text, sentence.start, sentence.end, lex);
      this.sentences.set(sentence.start, marks);
    }
    const a = start - sentence.start;
    const b = end - sentence.start;
    const { lower } = marks;
    // Reading the markers off the whole sentence gives what reading each side alone gives, unless
    // a marker could run into the expression or lean on its edge; then read each side alone.
    if (
      lower.length !== sentence.end - sentence.start ||
      (a > 0 && letterOrQuoteAt(lower, a - 1)) ||
      letterOrQuoteAt(lower, b) ||
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
    return withCue(best, lower, a, lex);
  }
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
