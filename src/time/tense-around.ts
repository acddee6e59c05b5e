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

export function tenseAround(text: string, start: number, end: number, lex: TimeLexicon): Tense {
  const sentence = sentenceAround(text, start, end);
  const before = text.slice(sentence.start, start).toLowerCase();
  const after = text.slice(end, sentence.end).toLowerCase();
  let best: { distance: number; tense: Tense } | null = null;
  const { future, past } = markerPatterns(lex);
  const consider = (segment: string, fromEnd: boolean): void => {
    const see = (index: number, tense: Tense): void => {
      const distance = fromEnd ? segment.length - index : index;
      if (!best || distance < best.distance) best = { distance, tense };
    };
    for (const m of segment.matchAll(future)) if (!/^next\s+to\b/.test(segment.slice(m.index, m.index + 8))) see(m.index, 'future');
    for (const m of segment.matchAll(past)) see(m.index, 'past');
    if (lex.language === 'en')
      for (const m of segment.matchAll(/\b(?:(be|being|been|is|are|am|to|will|would|'ll|not)\s+)?([a-z]{3,}ed)\b/g))
        // "will be held", "to be completed": a participle after an auxiliary is not a past tense.
        if (!m[1] && !notPast.has(m[2] ?? '')) see(m.index, 'past');
  };
  consider(before, true);
  consider(after, false);
  const found = best as { distance: number; tense: Tense } | null;
  // A cue right before the expression ("payable Jan. 2", "through January") points ahead,
  // unless a past tense sits close by ("had filed reports by Wednesday").
  const cue = /([\p{L}]+)\s+(?:the\s+|on\s+|in\s+)?$/u.exec(before)?.[1];
  if (cue && lex.futureCues.includes(cue) && (!found || found.tense === 'future' || found.distance > 30)) return 'future';
  return found?.tense ?? null;
}
