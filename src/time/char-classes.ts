// Character tests by code, for scanners that read text without running a regex at every
// character. Each answers exactly what the named regex class answers for that code.

// Per BMP code unit: 0 not yet known, 1 no, 2 yes (filled on first use, once per process).
const letters = new Int8Array(0x10000);
const letterPattern = /\p{L}/u;

/** `\p{L}` for one code point (a BMP code unit or a whole astral code point). */
export function isLetterCode(code: number): boolean {
  if (code < 0x10000) {
    let known = letters[code] as number;
    if (known === 0) {
      known = letterPattern.test(String.fromCharCode(code)) ? 2 : 1;
      letters[code] = known;
    }
    return known === 2;
  }
  return letterPattern.test(String.fromCodePoint(code));
}

/** `\s` (the same set with or without the u flag). */
export function isBlankCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `\w` without the u and i flags: ASCII letters, digits and '_' (what `\b` looks at). */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Is the code point that ends just before `i` a letter (as a u-flag lookbehind reads it)? */
export function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterCode((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
  }
  return isLetterCode(low);
}

/** Is the code point that begins at `i` a letter (as a u-flag lookahead reads it)? */
export function letterAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const high = s.charCodeAt(i);
  if (high >= 0xd800 && high <= 0xdbff && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isLetterCode((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
  }
  return isLetterCode(high);
}

// Per BMP code unit, as `letters`: is it a letter or a digit of any script?
const wordChars = new Int8Array(0x10000);
const wordPattern = /[\p{L}\p{N}]/u;

/** `[\p{L}\p{N}]` for one code point: where the time rules' (?<![\p{L}\p{N}]) lets a match start. */
export function isWordCode(code: number): boolean {
  if (code < 0x10000) {
    let known = wordChars[code] as number;
    if (known === 0) {
      known = wordPattern.test(String.fromCharCode(code)) ? 2 : 1;
      wordChars[code] = known;
    }
    return known === 2;
  }
  return wordPattern.test(String.fromCodePoint(code));
}
