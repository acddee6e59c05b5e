// Digit tests on UTF-16 codes, for reading date values without a regex.

/** Does `text` hold an ASCII digit at each of `count` places from `at`? */
export function digitsAt(text: string, at: number, count: number): boolean {
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}
