// Word tokens with offsets; the events stage reasons over tokens, never over raw regexes per pattern.
// A hand-written scanner: the regex it replaces allocated a match array per token, which made
// tokenising the largest cost of the stage after garbage collection.
import type { WordKinds } from './word-kinds.js';
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

/** End of the token starting at `i` (which is not a space), within `end`. */
function tokenEnd(text: string, i: number, end: number): number {
  const c = classAt(text, i);
  if (isWordChar(c)) {
    let k = i + widthAt(text, i);
    for (;;) {
      while (k < end && isWordChar(classAt(text, k))) k += widthAt(text, k);
      const sep = text.charCodeAt(k);
      // "-" or "." joins only when a letter or digit follows.
      if (k + 1 < end && (sep === 45 || sep === 46) && isWordChar(classAt(text, k + 1))) { k += 1; continue; }
      return k;
    }
  }
  const unit = text.charCodeAt(i);
  if ((unit === 39 || unit === 0x2019) && i + 1 < end && classAt(text, i + 1) === LETTER) {
    let k = i + 1;
    while (k < end && classAt(text, k) === LETTER) k += widthAt(text, k);
    return k;
  }
  return Math.min(end, i + widthAt(text, i));
}

interface Known { readonly surface: string; readonly norm: string }
/** Norms by a hash of the surface's code units: most tokens are found without cutting a string. */
const byHash = new Map<number, Known>();

/** Whether `surface` is `text[from, to)`, compared unit by unit in place (`startsWith` cost more here). */
function sameUnits(surface: string, text: string, from: number, to: number): boolean {
  if (surface.length !== to - from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== surface.charCodeAt(k - from)) return false;
  return true;
}

function normAt(text: string, from: number, to: number): string {
  if (to - from >= CACHED_LENGTH) return normalise(text.slice(from, to));
  let h = to - from;
  for (let k = from; k < to; k++) h = Math.imul(h, 31) + text.charCodeAt(k) | 0;
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

/** Tokens of `text[start, end)`, offsets into `text`; `kinds` gives each token its lexicon bits. */
export function tokenize(text: string, start = 0, end = text.length, kinds?: WordKinds): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    if (classAt(text, i) === SPACE) { i += widthAt(text, i); continue; }
    const to = tokenEnd(text, i, end);
    const norm = normAt(text, i, to);
    tokens.push({ start: i, end: to, norm, kinds: kinds === undefined ? 0 : kinds.get(norm) ?? 0 });
    i = to;
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
