// Word tokens with offsets; the events stage reasons over tokens, never over raw regexes per pattern.
// A hand-written scanner: the regex it replaces allocated a match array per token, which made
// tokenising the largest cost of the stage after garbage collection.
import type { WordEntry, WordKinds } from './word-kinds.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes made straight, "’t" after n made "n't". */
  readonly norm: string;
  /** Bits of the lexicon lists the norm is in (word-kinds.ts); 0 when tokenized without a table. */
  readonly kinds: number;
}

/**
 * The tokens the scanner cuts, as one pattern (kept for tests and as the definition):
 * a run of letters and digits with inner "-" or "." ("U.S", "al-Assad", "3.5"), an apostrophe
 * and letters ("'s", "’t"), or any other single non-space character.
 */
export const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|['’][\p{L}]+|\S/gu;

const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;
/** Class of each UTF-16 code unit below 0x10000, filled on first sight (0 = not yet known). */
const classes = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

function classOfPoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? DIGIT : IS_SPACE.test(ch) ? SPACE : OTHER;
}

/** Classes of the ASCII code units, known up front: most text is ASCII, and this is one load. */
const ASCII_CLASS = new Uint8Array(128);
for (let u = 0; u < 128; u++) ASCII_CLASS[u] = classOfPoint(u);

/** Class of the code point at `i` and its length in code units. */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) return classOfPoint(text.codePointAt(i)!);
  let c = classes[unit]!;
  if (c === 0) classes[unit] = c = classOfPoint(unit);
  return c;
}

function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Surface form -> norm, shared across documents: one lookup instead of lower-casing each time,
 * and one string per norm, so every later set lookup finds its hash already computed.
 */
const norms = new Map<string, string>();
const NORM_CACHE_LIMIT = 200_000;

/** Cut strings this long may share the document's memory (V8 slices from 13 units): not cached. */
const CACHED_LENGTH = 13;

function normalise(surface: string): string {
  const norm = surface.toLowerCase().replace(/’/g, "'");
  return norm === "'t" ? "n't" : norm;
}

function normOf(surface: string): string {
  if (surface.length >= CACHED_LENGTH) return normalise(surface);
  let norm = norms.get(surface);
  if (norm === undefined) {
    norm = normalise(surface);
    if (norms.size >= NORM_CACHE_LIMIT) norms.clear();
    norms.set(surface, norm);
  }
  return norm;
}

function isWordChar(c: number): boolean {
  return c === LETTER || c === DIGIT;
}

/** End of the run of letters and digits (with inner "-" or ".") that goes on at `k`, within `end`. */
function wordEnd(text: string, k: number, end: number): number {
  for (;;) {
    while (k < end) {
      const unit = text.charCodeAt(k);
      if (unit < 128) {
        const c = ASCII_CLASS[unit]!;
        if (c !== LETTER && c !== DIGIT) break;
        k++;
      } else if (isWordChar(classAt(text, k))) k += widthAt(text, k);
      else break;
    }
    const sep = text.charCodeAt(k);
    // "-" or "." joins only when a letter or digit follows.
    if (k + 1 < end && (sep === 45 || sep === 46) && isWordChar(classAt(text, k + 1))) { k += 1; continue; }
    return k;
  }
}

/** End of the token starting at `i` (which is not a space), within `end`. */
function tokenEnd(text: string, i: number, end: number): number {
  if (isWordChar(classAt(text, i))) return wordEnd(text, i + widthAt(text, i), end);
  const unit = text.charCodeAt(i);
  if ((unit === 39 || unit === 0x2019) && i + 1 < end && classAt(text, i + 1) === LETTER) {
    let k = i + 1;
    while (k < end && classAt(text, k) === LETTER) k += widthAt(text, k);
    return k;
  }
  return Math.min(end, i + widthAt(text, i));
}

/**
 * Hashes are cut to 30 bits: V8 keeps such numbers as small integers, where a full 32-bit hash
 * would be boxed in a heap number (an allocation) each time it is passed or used as a map key.
 * A hash folds the code units from 0 and then the length, so it can be taken while a token is
 * being cut, before its length is known.
 */
const SMALL = 0x3fffffff;

function finishHash(h: number, length: number): number {
  return (Math.imul(h, 31) + length) & SMALL;
}

/** The hash of a token's code units, which keys the norm table. */
function surfaceHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = Math.imul(h, 31) + text.charCodeAt(k) | 0;
  return finishHash(h, to - from);
}

interface Known { readonly surface: string; readonly norm: string }
/** Norms by a hash of the surface's code units: most tokens are found without cutting a string. */
const byHash = new Map<number, Known>();

/** Whether `surface` is `text[from, to)`, compared in place. */
function sameUnits(surface: string, text: string, from: number, to: number): boolean {
  if (surface.length !== to - from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== surface.charCodeAt(k - from)) return false;
  return true;
}

/** The norm of `text[from, to)`, whose code units hash to `h` (see `surfaceHash`). */
function normAt(text: string, from: number, to: number, h: number): string {
  if (to - from >= CACHED_LENGTH) return normalise(text.slice(from, to));
  const known = byHash.get(h);
  if (known !== undefined && sameUnits(known.surface, text, from, to)) return known.norm;
  const surface = text.slice(from, to);
  const norm = normOf(surface);
  if (known === undefined) {
    if (byHash.size >= NORM_CACHE_LIMIT) byHash.clear();
    byHash.set(h, { surface, norm });
  }
  return norm;
}

/** Lower-case ASCII of a code unit (other units as they are). */
function lowerAscii(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}

/** The hash `tokenize` takes of a token's lower-cased units, for tables of lower-case words. */
export function lowerHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = Math.imul(h, 31) + lowerAscii(word.charCodeAt(k)) | 0;
  return finishHash(h, word.length);
}

/** Whether `word` is `text[from, to)` lower-cased. */
function sameLowerUnits(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = from; k < to; k++) if (lowerAscii(text.charCodeAt(k)) !== word.charCodeAt(k - from)) return false;
  return true;
}

/**
 * The lexicon word an all-ASCII token is, by the hash of its lower case (`lh`): such a token's
 * norm is its lower case, so the lexicon's own table gives both its norm and its bits, and a
 * miss means it is in no list at all.
 */
function lexiconWord(words: WordKinds, text: string, from: number, to: number, lh: number): WordEntry | undefined {
  if (!words.mayHold(lh)) return undefined;
  for (let e = words.byLowerHash.get(lh); e !== undefined; e = e.next) if (sameLowerUnits(e.norm, text, from, to)) return e;
  return undefined;
}

/** The token `text[from, to)` of ASCII letters and digits, whose units hash to `h` and lower-cased to `lh`. */
function asciiWordToken(text: string, from: number, to: number, h: number, lh: number, words: WordKinds | undefined): Token {
  const word = words === undefined ? undefined : lexiconWord(words, text, from, to, finishHash(lh, to - from));
  if (word !== undefined) return { start: from, end: to, norm: word.norm, kinds: word.kinds };
  return { start: from, end: to, norm: normAt(text, from, to, finishHash(h, to - from)), kinds: 0 };
}

/** Any other token `text[from, to)`. */
function otherToken(text: string, from: number, to: number, words: WordKinds | undefined): Token {
  let lh = 0;
  let ascii = true;
  for (let k = from; k < to; k++) {
    const unit = text.charCodeAt(k);
    lh = Math.imul(lh, 31) + lowerAscii(unit) | 0;
    if (unit >= 128) ascii = false;
  }
  // "'t" is the one ASCII token whose norm is not its lower case ("n't").
  if (words !== undefined && ascii && !(to - from === 2 && text.charCodeAt(from) === 39)) {
    const word = lexiconWord(words, text, from, to, finishHash(lh, to - from));
    if (word !== undefined) return { start: from, end: to, norm: word.norm, kinds: word.kinds };
    return { start: from, end: to, norm: normAt(text, from, to, surfaceHash(text, from, to)), kinds: 0 };
  }
  const norm = normAt(text, from, to, surfaceHash(text, from, to));
  return { start: from, end: to, norm, kinds: words === undefined ? 0 : words.kinds.get(norm) ?? 0 };
}

/** Tokens of `text[start, end)`, offsets into `text`; `words` gives each token its lexicon bits. */
export function tokenize(text: string, start = 0, end = text.length, words?: WordKinds): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      const c = ASCII_CLASS[unit]!;
      if (c === SPACE) { i++; continue; }
      if (c === LETTER || c === DIGIT) {
        // The usual token, a run of ASCII letters and digits, is cut and hashed in one pass; one
        // that goes on past ASCII or joins on with "-" or "." takes the general way below.
        let k = i + 1;
        let h = unit;
        let lh = lowerAscii(unit);
        for (; k < end; k++) {
          const u = text.charCodeAt(k);
          if (u >= 128 || (ASCII_CLASS[u] !== LETTER && ASCII_CLASS[u] !== DIGIT)) break;
          h = Math.imul(h, 31) + u | 0;
          lh = Math.imul(lh, 31) + lowerAscii(u) | 0;
        }
        const next = k < end ? text.charCodeAt(k) : 32;
        const joins = (next === 45 || next === 46) && k + 1 < end && isWordChar(classAt(text, k + 1));
        if (next < 128 && !joins) {
          tokens.push(asciiWordToken(text, i, k, h, lh, words));
          i = k;
          continue;
        }
      }
      const to = c === LETTER || c === DIGIT ? wordEnd(text, i + 1, end) : tokenEnd(text, i, end);
      tokens.push(otherToken(text, i, to, words));
      i = to;
    } else {
      if (classAt(text, i) === SPACE) { i += widthAt(text, i); continue; }
      const to = tokenEnd(text, i, end);
      tokens.push(otherToken(text, i, to, words));
      i = to;
    }
  }
  return tokens;
}

/** Lower-case token forms of a phrase, as the tokenizer would cut it. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

// Sentences are read one after another, so remembering the last token array is enough (and far
// cheaper than a WeakMap lookup on every call).
let lastTokens: readonly Token[] | null = null;
let lastNorms: readonly string[] = [];

/** The `norm` of every token, computed once per token array. */
export function normsOf(tokens: readonly Token[]): readonly string[] {
  if (tokens !== lastTokens) {
    lastNorms = tokens.map((t) => t.norm);
    lastTokens = tokens;
  }
  return lastNorms;
}
