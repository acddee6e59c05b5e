// The tense markers of a lower-cased sentence, read in one pass by a hand scanner that gives
// exactly the matches of the marker patterns: `(?<![\p{L}'])(?:word|...)(?![\p{L}])` (words
// longest first, a space in a word matching a run of blanks or hyphens), once for the future
// and once for the past words, and the participle pattern below. Regexes with a lookbehind try
// every character, three times over; the scanner reads each character once and only looks
// further where a word can start. Tables stay small: the text around them is read cold.
import { isAsciiWordCode, isBlankCode, isLetterCode, letterAt, letterBefore } from './char-classes.js';

export interface Mark {
  readonly at: number;
  readonly end: number;
  /** False for a participle after an auxiliary: it counts for nothing but still takes its text. */
  readonly counts: boolean;
}

export interface SentenceMarks {
  readonly future: readonly Mark[];
  readonly past: readonly Mark[];
  readonly participles: readonly Mark[];
}

const QUOTE = 39;
const HYPHEN = 45;

/** One marker word: literal pieces, with the least number of blanks/hyphens between them. */
interface MarkerWord {
  /** Its place in the alternation: the first that matches wins. */
  readonly order: number;
  readonly pieces: readonly string[];
  readonly gaps: readonly number[];
  /** The code of its second character, or -1 when that may be anything (one letter, then a blank). */
  readonly second: number;
}

/** The marker words by the code of their first character, in the alternation's order. */
export interface MarkerScanner {
  /** For first characters below 128. */
  readonly ascii: readonly (readonly MarkerWord[] | undefined)[];
  readonly other: ReadonlyMap<number, readonly MarkerWord[]>;
  /**
   * For a first character a-z (code - 97) and a length: the words whose first piece is that
   * many ASCII lower-case letters, with the `rest` of that character. Such a piece must be a
   * whole run of letters (no letter follows it), so a run of another length needs only `rest`.
   */
  readonly plain: readonly (readonly (readonly MarkerWord[] | undefined)[])[];
  /** For a first character a-z: the other words (an apostrophe or a letter beyond ASCII in the first piece). */
  readonly rest: readonly (readonly MarkerWord[])[];
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
    const first = pieces[0] as string;
    const list = byFirst.get(w.charCodeAt(0)) ?? [];
    list.push({ order: list.length, pieces, gaps, second: first.length > 1 ? first.charCodeAt(1) : -1 });
    byFirst.set(w.charCodeAt(0), list);
  }
  const ascii = Array.from({ length: 128 }, (_, code) => byFirst.get(code));
  const other = new Map([...byFirst].filter(([code]) => code >= 128));
  const isPlainPiece = (w: MarkerWord): boolean => /^[a-z]+$/.test(w.pieces[0] as string);
  const rest = Array.from({ length: 26 }, (_, k) => (byFirst.get(97 + k) ?? []).filter((w) => !isPlainPiece(w)));
  // Each length's plain words with the rest, kept in the alternation's order.
  const plain = Array.from({ length: 26 }, (_, k) => {
    const byLength: (MarkerWord[] | undefined)[] = [];
    for (const w of byFirst.get(97 + k) ?? []) if (isPlainPiece(w)) (byLength[(w.pieces[0] as string).length] ??= []).push(w);
    return byLength.map((list) => (list ? [...list, ...(rest[k] ?? [])].sort((a, b) => a.order - b.order) : undefined));
  });
  return { ascii, other, plain, rest };
}

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

/** The end of the first of `words` that matches at `at` with no letter after it, or -1. */
function markerEnd(words: readonly MarkerWord[], s: string, at: number): number {
  const second = at + 1 < s.length ? s.charCodeAt(at + 1) : -2;
  for (const word of words) {
    if (word.second !== -1 && word.second !== second) continue;
    const e = matchWord(word, s, at);
    if (e >= 0 && !letterAt(s, e)) return e;
  }
  return -1;
}

/**
 * markerEnd at a run of ASCII lower-case letters [at, runEnd): only the words whose first piece
 * is that run, and those the run cannot rule out, in the alternation's order.
 */
function markerEndInRun(scanner: MarkerScanner, s: string, at: number, runEnd: number): number {
  const k = s.charCodeAt(at) - 97;
  const rest = scanner.rest[k] as readonly MarkerWord[];
  // A letter beyond ASCII right after the run: no plain piece ends there.
  const plain = runEnd < s.length && s.charCodeAt(runEnd) >= 128 && letterAt(s, runEnd) ? undefined : scanner.plain[k]?.[runEnd - at];
  if (plain !== undefined) return markerEnd(plain, s, at);
  return rest.length > 0 ? markerEnd(rest, s, at) : -1;
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

/** The participle mark that begins at `p` (a lower-case letter or quote at a word boundary), or null. */
function participleAt(s: string, p: number, code: number): Mark | null {
  for (const aux of auxiliariesByFirst[code] as string[]) {
    if (!s.startsWith(aux, p)) continue;
    let i = p + aux.length;
    if (i >= s.length || !isBlankCode(s.charCodeAt(i))) continue;
    while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
    const end = participleEnd(s, i);
    // "will be held", "to be completed": a participle after an auxiliary is not a past tense.
    if (end >= 0) return { at: p, end, counts: false };
  }
  const end = participleEnd(s, p);
  return end >= 0 ? { at: p, end, counts: !notPast.has(s.slice(p, end)) } : null;
}

// Per ASCII code: does it keep a marker from starting right after it (a letter or the quote)?
const blocksAscii = Uint8Array.from({ length: 128 }, (_, code) => (code === QUOTE || isLetterCode(code) ? 1 : 0));

/**
 * The marks of a lower-cased sentence: future and past words (each list left to right without
 * overlaps, as matchAll gives them), and participles when `participles` is set (English).
 * With `from` and `to`, only those that begin in [from, to): the same as the whole sentence's
 * there when no mark can run across either end (see breakers).
 */
export function scanSentenceMarks(
  s: string,
  future: MarkerScanner,
  past: MarkerScanner,
  participles: boolean,
  from = 0,
  to = s.length,
): SentenceMarks {
  const marks = { future: [] as Mark[], past: [] as Mark[], participles: [] as Mark[] };
  // Each list resumes after its last match, as a global regex does.
  let futureFrom = from;
  let pastFrom = from;
  let participleFrom = participles ? from : s.length;
  // Whether the code point before p is a letter or a quote (the markers' lookbehind), and
  // whether the code unit before p is an ASCII word character (the participles' \b).
  let blocked = from > 0 && (s.charCodeAt(from - 1) === QUOTE || letterBefore(s, from));
  let previousWord = from > 0 && isAsciiWordCode(s.charCodeAt(from - 1));
  for (let p = from; p < to; ) {
    const code = s.charCodeAt(p);
    if (isLowerAscii(code)) {
      // A run of ASCII lower-case letters: only its start can begin a mark.
      let runEnd = p + 1;
      while (runEnd < s.length && isLowerAscii(s.charCodeAt(runEnd))) runEnd++;
      if (!blocked) {
        if (p >= futureFrom) {
          const end = markerEndInRun(future, s, p, runEnd);
          if (end >= 0) {
            marks.future.push({ at: p, end, counts: true });
            futureFrom = end;
          }
        }
        if (p >= pastFrom) {
          const end = markerEndInRun(past, s, p, runEnd);
          if (end >= 0) {
            marks.past.push({ at: p, end, counts: true });
            pastFrom = end;
          }
        }
      }
      if (p >= participleFrom && !previousWord) {
        const mark = participleAt(s, p, code);
        if (mark !== null) {
          marks.participles.push(mark);
          participleFrom = mark.end;
        }
      }
      blocked = true;
      previousWord = true;
      p = runEnd;
      continue;
    }
    if (!blocked) {
      const words = code < 128 ? future.ascii[code] : future.other.get(code);
      const wordsPast = code < 128 ? past.ascii[code] : past.other.get(code);
      if (words !== undefined && p >= futureFrom) {
        const end = markerEnd(words, s, p);
        if (end >= 0) {
          marks.future.push({ at: p, end, counts: true });
          futureFrom = end;
        }
      }
      if (wordsPast !== undefined && p >= pastFrom) {
        const end = markerEnd(wordsPast, s, p);
        if (end >= 0) {
          marks.past.push({ at: p, end, counts: true });
          pastFrom = end;
        }
      }
    }
    const word = isAsciiWordCode(code);
    if (p >= participleFrom && (isLowerAscii(code) || code === QUOTE) && word !== previousWord) {
      const mark = participleAt(s, p, code);
      if (mark !== null) {
        marks.participles.push(mark);
        participleFrom = mark.end;
      }
    }
    previousWord = word;
    if (code < 128) {
      blocked = blocksAscii[code] === 1;
      p++;
    } else if (code >= 0xd800 && code <= 0xdbff && p + 1 < s.length && s.charCodeAt(p + 1) >= 0xdc00 && s.charCodeAt(p + 1) <= 0xdfff) {
      // A surrogate pair is one code point: no marker starts inside it. Its low half is no
      // ASCII word character either, which is all the participles' \b asks of it.
      blocked = letterAt(s, p);
      previousWord = false;
      p += 2;
    } else {
      blocked = isLetterCode(code);
      p++;
    }
  }
  return marks;
}

/**
 * Per ASCII code: 1 for a character no mark can hold (in no marker word, not a blank, hyphen,
 * lower-case letter or quote, which participles and the gaps between words take). No mark runs
 * across one, so the marks on either side of it can be read apart.
 */
export function breakers(words: readonly string[]): Uint8Array {
  const inMarks = new Set(words.join(''));
  return Uint8Array.from({ length: 128 }, (_, code) => {
    const c = String.fromCharCode(code);
    return inMarks.has(c) || isBlankCode(code) || code === HYPHEN || code === QUOTE || (code >= 97 && code <= 122) ? 0 : 1;
  });
}

/** The words a mark may run on after, across blanks: auxiliaries and marker words' non-final pieces. */
export function joiningWords(words: readonly string[]): ReadonlySet<string> {
  const joining = new Set(auxiliaries);
  for (const w of words) {
    const pieces = w.split(/ +/);
    for (const piece of pieces.slice(0, -1)) joining.add(piece);
  }
  return joining;
}
