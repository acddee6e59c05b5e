// A fast tokenizer for mention finding: words (letters, digits, marks) and single punctuation
// characters, each with offsets and a normalised form (lower case, no diacritics, straight
// apostrophes). It walks char codes instead of running a regular expression per token, because
// mention finding must keep up with tens of megabytes a second.

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, diacritics removed; punctuation as itself (’ becomes '). */
  readonly norm: string;
  /** 0 punctuation, 1 lower-case word, 2 capitalised word, 3 all-caps word (2+ letters), 4 number. */
  readonly shape: number;
  /** `hashNorm(norm)`, computed while scanning, for the dictionary's cheap pre-filter. */
  readonly hash: number;
}

/** FNV-1a over the UTF-16 code units of a normalised form, cut to 30 bits: a small integer for V8. */
export function hashNorm(norm: string): number {
  let h = 2166136261;
  for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ norm.charCodeAt(i), 16777619);
  return h & 0x3fffffff;
}

export const PUNCT = 0;
export const LOWER = 1;
export const CAPITAL = 2;
export const ALLCAPS = 3;
export const NUMBER = 4;

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  // General punctuation (dashes, curly quotes, ellipsis), CJK punctuation and emoji surrogates are not letters.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return true;
}

function foldSlowly(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Each Latin letter folded on its own, made once. Folding a word letter by letter gives what folding
// it whole does for these letters (decomposition and case mapping are per letter there; the one
// case mapping that looks at context, Greek final sigma, lies beyond this range).
const LATIN_END = 0x250;
const latinFolds: string[] = [];
for (let c = 0; c < LATIN_END; c++) latinFolds.push(foldSlowly(String.fromCharCode(c)));

/** Lower case without diacritics; ASCII and Latin words skip the Unicode normalisation. */
export function fold(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= LATIN_END) return foldSlowly(word);
    if (c >= 0x80) ascii = false;
  }
  if (ascii) return word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) out += latinFolds[word.charCodeAt(i)] ?? '';
  return out;
}

function isUpper(c: number): boolean {
  return c < 0x80 ? c >= 65 && c <= 90 : String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase();
}

function isLower(c: number): boolean {
  return c < 0x80 ? c >= 97 && c <= 122 : String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase();
}

function shapeOf(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) return NUMBER;
  if (!isUpper(c)) return LOWER;
  if (end - start < 2) return CAPITAL;
  for (let i = start + 1; i < end; i++) if (isLower(text.charCodeAt(i))) return CAPITAL;
  return ALLCAPS;
}

/** Whether upper-casing the text between `start` and `end` would change it (ASCII without making strings). */
export function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      const s = text.slice(start, end);
      return s !== s.toUpperCase();
    }
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** A recycled token whose normal form is made only when something asks for it. */
class LazyToken implements Token {
  start = 0;
  end = 0;
  shape = 0;
  hash = 0;
  high = false;
  text = '';
  private cached: string | null = null;

  set(text: string, start: number, end: number, shape: number, hash: number, high: boolean, norm: string | null): void {
    this.text = text;
    this.start = start;
    this.end = end;
    this.shape = shape;
    this.hash = hash;
    this.high = high;
    this.cached = norm;
  }

  /**
   * Whether the normal form is `norm`, checked against the text itself so that a word compared
   * with a dictionary key makes no string; on a match the key becomes the cached normal form.
   */
  sameNorm(norm: string): boolean {
    if (this.cached !== null || this.high) return this.norm === norm;
    const length = this.end - this.start;
    if (norm.length !== length) return false;
    for (let k = 0; k < length; k++) {
      let c = this.text.charCodeAt(this.start + k);
      if (c >= 65 && c <= 90) c |= 0x20;
      if (c !== norm.charCodeAt(k)) return false;
    }
    this.cached = norm;
    return true;
  }

  get norm(): string {
    if (this.cached === null) {
      const word = this.text.slice(this.start, this.end);
      this.cached = this.high ? fold(word) : word.toLowerCase();
    }
    return this.cached;
  }

  /** Whether the normal form is `words.slice(offset, offset + length)`, compared in place. */
  sameNormAt(words: string, offset: number, length: number): boolean {
    if (this.cached !== null || this.high) return sameChars(this.norm, words, offset, length);
    if (this.end - this.start !== length) return false;
    for (let k = 0; k < length; k++) {
      let c = this.text.charCodeAt(this.start + k);
      if (c >= 65 && c <= 90) c |= 0x20;
      if (c !== words.charCodeAt(offset + k)) return false;
    }
    return true;
  }
}

function sameChars(norm: string, words: string, offset: number, length: number): boolean {
  if (norm.length !== length) return false;
  for (let k = 0; k < length; k++) if (norm.charCodeAt(k) !== words.charCodeAt(offset + k)) return false;
  return true;
}

/** `token.norm === words.slice(offset, offset + length)`, making no string. */
export function sameNormAt(token: Token, words: string, offset: number, length: number): boolean {
  return token instanceof LazyToken ? token.sameNormAt(words, offset, length) : sameChars(token.norm, words, offset, length);
}

/** `token.norm === norm`, without making the normal form of a recycled token when it differs. */
export function sameNorm(token: Token, norm: string): boolean {
  return token instanceof LazyToken ? token.sameNorm(norm) : token.norm === norm;
}

const pool: LazyToken[] = [];
const shared: Token[] = [];

function punctNorm(c: number, text: string, i: number): string {
  return c === 0x2019 || c === 0x2018 || c === 0x60 ? "'" : c === 0x2010 || c === 0x2011 ? '-' : text[i] ?? '';
}

/**
 * Walks words and punctuation, calling `emit` for each. Word hashes and shapes come from the one
 * pass over the characters; the normal form is left to the caller (eager or lazy).
 */
function run(text: string, start: number, end: number, emit: (i: number, j: number, shape: number, hash: number, high: boolean, punct: string | null) => void): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      let j = i + 1;
      let high = c >= 0x80;
      let lowerSeen = false;
      let h = Math.imul(2166136261 ^ (c >= 65 && c <= 90 ? c | 0x20 : c), 16777619);
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d < 0x80) {
          if (d >= 97 && d <= 122) lowerSeen = true;
          else if (!((d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
        } else if (isWordCode(d)) high = true;
        else break;
        h = Math.imul(h ^ (d >= 65 && d <= 90 ? d | 0x20 : d), 16777619);
        j++;
      }
      // ASCII words get their shape from the scan itself; others take the slower general path.
      const shape = high ? shapeOf(text, i, j) : c >= 48 && c <= 57 ? NUMBER : c >= 97 ? LOWER : j - i < 2 ? CAPITAL : lowerSeen ? CAPITAL : ALLCAPS;
      emit(i, j, shape, h & 0x3fffffff, high, null);
      i = j;
    } else {
      if (c > 32 && c !== 0xa0) emit(i, i + 1, PUNCT, 0, false, punctNorm(c, text, i));
      i++;
    }
  }
}

/** Tokens of `text` between `start` and `end`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  run(text, start, end, (i, j, shape, hash, high, punct) => {
    const norm = punct ?? (high ? fold(text.slice(i, j)) : text.slice(i, j).toLowerCase());
    out.push({ start: i, end: j, norm, shape, hash: punct !== null || high ? hashNorm(norm) : hash });
  });
  return out;
}

/** The pooled token for slot `n`, made on first use. */
function pooled(n: number): LazyToken {
  let t = pool[n];
  if (!t) {
    t = new LazyToken();
    pool[n] = t;
  }
  shared[n] = t;
  return t;
}

// ASCII punctuation's normal forms and their hashes, made once.
const asciiPunct: string[] = [];
const asciiPunctHash: number[] = [];
for (let c = 0; c < 0x80; c++) {
  asciiPunct.push(String.fromCharCode(c) === '`' ? "'" : String.fromCharCode(c));
  asciiPunctHash.push(hashNorm(asciiPunct[c] ?? ''));
}

/**
 * Tokens in a list reused from call to call: valid only until the next call. The finder reads one
 * sentence at a time, and recycling the tokens (and making normal forms only on demand) keeps the
 * garbage collector out of the way at tens of megabytes a second. The same walk as `run`, written
 * out: the finder's tokens are a tenth of its time, and a call per token through `emit` was a
 * good part of that.
 */
export function tokenizeShared(text: string, start: number, end: number): readonly Token[] {
  let count = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCode(c)) {
      let j = i + 1;
      let high = c >= 0x80;
      let lowerSeen = false;
      let h = Math.imul(2166136261 ^ (c >= 65 && c <= 90 ? c | 0x20 : c), 16777619);
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) lowerSeen = true;
        else if (d < 0x80) {
          if (d > 90 || d < 48 || (d > 57 && d < 65)) break;
          if (d <= 90 && d >= 65) {
            h = Math.imul(h ^ (d | 0x20), 16777619);
            j++;
            continue;
          }
        } else if (isWordCode(d)) high = true;
        else break;
        h = Math.imul(h ^ d, 16777619);
        j++;
      }
      const t = pooled(count++);
      if (high) {
        // Non-ASCII words hash their folded form, so they pay for the normal form at once.
        const norm = fold(text.slice(i, j));
        t.set(text, i, j, shapeOf(text, i, j), hashNorm(norm), true, norm);
      } else {
        const shape = c >= 48 && c <= 57 ? NUMBER : c >= 97 ? LOWER : j - i < 2 ? CAPITAL : lowerSeen ? CAPITAL : ALLCAPS;
        t.set(text, i, j, shape, h & 0x3fffffff, false, null);
      }
      i = j;
    } else {
      if (c > 32 && c !== 0xa0) {
        if (c < 0x80) pooled(count++).set(text, i, i + 1, PUNCT, asciiPunctHash[c] ?? 0, false, asciiPunct[c] ?? '');
        else {
          const norm = punctNorm(c, text, i);
          pooled(count++).set(text, i, i + 1, PUNCT, hashNorm(norm), false, norm);
        }
      }
      i++;
    }
  }
  shared.length = count;
  return shared;
}

/** The normalised token sequence of a dictionary form ("the U.S." → ["the","u",".","s","."]). */
export function tokenizeForm(form: string): string[] {
  return tokenize(form).map((t) => t.norm);
}
