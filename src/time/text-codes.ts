// Character tests on UTF-16 codes, so hot loops can scan `doc.text` in place instead of slicing
// it and running a regex over the slice. Each matches one regex class exactly.

/** `\s` in a JavaScript regex: ASCII and Unicode white space and line terminators. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 ||
    c === 12288 || c === 65279
  );
}

/** `\w` in a regex without the `u` flag: `[A-Za-z0-9_]` (what `\b` looks at). */
export function isRegexWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Does `text` hold an ASCII digit at each of `count` places from `at`? */
export function digitsAt(text: string, at: number, count: number): boolean {
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}
