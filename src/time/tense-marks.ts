// The tense markers of a lower-cased sentence, read by a hand scanner that gives exactly the
// matches of the marker patterns: `(?<![\p{L}'])(?:word|...)(?![\p{L}])` (words longest first,
// a space in a word matching a run of blanks or hyphens) and the participle pattern below. A
// regex with a lookbehind tries it at every character; the scanner only looks where a word can start.
import { isAsciiWordCode, isBlankCode, isLetterCode, letterAt, letterBefore } from './char-classes.js';

export interface Mark {
  readonly at: number;
  readonly end: number;
  /** False for a participle after an auxiliary: it counts for nothing but still takes its text. */
  readonly counts: boolean;
}

const QUOTE = 39;
const HYPHEN = 45;

/** One marker word: literal pieces, with the least number of blanks/hyphens between them. */
interface MarkerWord {
  readonly pieces: readonly string[];
  readonly gaps: readonly number[];
}

/** The marker words by the code of their first character, in the alternation's order. */
export interface MarkerScanner {
  /** For first characters below 128. */
  readonly ascii: readonly (readonly MarkerWord[] | undefined)[];
  /** For two first characters below 128 (first * 128 + second): the fewer words worth trying. */
  readonly pairs: readonly (readonly MarkerWord[] | undefined)[];
  readonly other: ReadonlyMap<number, readonly MarkerWord[]>;
}

/**
 * Compiles marker words as `alternation` orders them (longest first, first seen wins ties).
 * Null when a word holds something the scanner does not read (a blank other than a plain
 * space, a hyphen, a leading or trailing space): the caller keeps the regex then.
 */
export function markerScanner(words: readonly string[]): MarkerScanner | null {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const byFirst = new Map<number, MarkerWord[]>();
  for (const w of sorted) {
    if (w.length === 0 || w.startsWith(' ') || w.endsWith(' ') || /[^\S ]|-/.test(w)) return null;
    const pieces: string[] = [];
    const gaps: number[] = [];
    for (const m of w.matchAll(/( *)([^ ]+)/g)) {
      pieces.push(m[2] as string);
      gaps.push((m[1] as string).length);
    }
    const first = w.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push({ pieces, gaps });
    byFirst.set(first, list);
  }
  const ascii = Array.from({ length: 128 }, (_, code) => byFirst.get(code));
  const pairs = Array.from({ length: 128 * 128 }, (_, key) => {
    const second = key % 128;
    // A word of one character, or one whose second is a blank, may follow with anything.
    const list = byFirst.get(Math.floor(key / 128))?.filter((w) => {
      const piece = w.pieces[0] as string;
      return piece.length < 2 || piece.charCodeAt(1) === second;
    });
    return list?.length ? list : undefined;
  });
  const other = new Map([...byFirst].filter(([code]) => code >= 128));
  return { ascii, pairs, other };
}

// Per ASCII code: does it keep a marker from starting right after it (a letter or the quote)?
const blocksAscii = Array.from({ length: 128 }, (_, code) => code === QUOTE || isLetterCode(code));

/** Where `word` ends when it matches `s` at `at`, or -1. */
function matchWord(word: MarkerWord, s: string, at: number): number {
  let i = at;
  for (let k = 0; k < word.pieces.length; k++) {
    const gap = word.gaps[k] as number;
    if (gap > 0) {
      const from = i;
      while (i < s.length && (isBlankCode(s.charCodeAt(i)) || s.charCodeAt(i) === HYPHEN)) i++;
      if (i - from < gap) return -1;
    }
    const piece = word.pieces[k] as string;
    if (!s.startsWith(piece, i)) return -1;
    i += piece.length;
  }
  return i;
}

/** Every marker of `s`, left to right, as matchAll with the marker pattern gives them. */
export function scanMarkers(s: string, scanner: MarkerScanner): Mark[] {
  const out: Mark[] = [];
  // Whether the code point before p is a letter or a quote (the lookbehind's test).
  let blocked = false;
  let p = 0;
  while (p < s.length) {
    const code = s.charCodeAt(p);
    if (!blocked) {
      const next = p + 1 < s.length ? s.charCodeAt(p + 1) : 128;
      const words = code >= 128 ? scanner.other.get(code) : next < 128 ? scanner.pairs[code * 128 + next] : scanner.ascii[code];
      if (words !== undefined) {
        let end = -1;
        for (const word of words) {
          const e = matchWord(word, s, p);
          if (e >= 0 && !letterAt(s, e)) {
            end = e;
            break;
          }
        }
        if (end >= 0) {
          out.push({ at: p, end, counts: true });
          p = end;
          blocked = s.charCodeAt(end - 1) === QUOTE || letterBefore(s, end);
          continue;
        }
      }
    }
    if (code < 128) {
      blocked = blocksAscii[code] === true;
      p++;
    } else if (code >= 0xd800 && code <= 0xdbff && p + 1 < s.length && s.charCodeAt(p + 1) >= 0xdc00 && s.charCodeAt(p + 1) <= 0xdfff) {
      // A surrogate pair is one code point: no match starts inside it.
      p += 2;
      blocked = letterBefore(s, p);
    } else {
      blocked = isLetterCode(code);
      p++;
    }
  }
  return out;
}

const notPast = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'proceed', 'exceed', 'succeed', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'proposed', 'intended']);
const auxiliaries = ['be', 'being', 'been', 'is', 'are', 'am', 'to', 'will', 'would', "'ll", 'not'];
// The auxiliaries by their first character, in the pattern's order.
const auxiliariesByFirst = Array.from({ length: 128 }, (_, code) => auxiliaries.filter((a) => a.charCodeAt(0) === code));

/** Past participle candidates: `\b(?:(AUX)\s+)?([a-z]{3,}ed)\b` over `s`, as matchAll gives them. */
export const participlePattern = /\b(?:(be|being|been|is|are|am|to|will|would|'ll|not)\s+)?([a-z]{3,}ed)\b/g;

export function isNotPast(word: string): boolean {
  return notPast.has(word);
}

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** Where `[a-z]{3,}ed\b` matching at `at` ends, or -1. */
function participleEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && isLowerAscii(s.charCodeAt(i))) i++;
  if (i - at < 5 || s.charCodeAt(i - 2) !== 101 || s.charCodeAt(i - 1) !== 100) return -1;
  return i < s.length && isAsciiWordCode(s.charCodeAt(i)) ? -1 : i;
}

/** The participles of `s` (English only), each counting unless an auxiliary leads it or it is not a past. */
export function scanParticiples(s: string): Mark[] {
  const out: Mark[] = [];
  let p = 0;
  while (p < s.length) {
    const code = s.charCodeAt(p);
    // Every match begins with a lower-case letter or the quote of 'll, at a word boundary.
    if ((isLowerAscii(code) || code === QUOTE) && isAsciiWordCode(p > 0 ? s.charCodeAt(p - 1) : 32) !== isAsciiWordCode(code)) {
      let end = -1;
      let counts = false;
      for (const aux of auxiliariesByFirst[code] as string[]) {
        if (!s.startsWith(aux, p)) continue;
        let i = p + aux.length;
        if (i >= s.length || !isBlankCode(s.charCodeAt(i))) continue;
        while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
        end = participleEnd(s, i);
        if (end >= 0) break;
      }
      if (end < 0) {
        end = participleEnd(s, p);
        counts = end >= 0 && !notPast.has(s.slice(p, end));
      }
      if (end >= 0) {
        out.push({ at: p, end, counts });
        p = end;
        continue;
      }
    }
    p++;
  }
  return out;
}
