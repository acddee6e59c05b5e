// Offsets where a word begins: a letter or digit (any script) after a character that is neither,
// which is exactly where the time rules' leading (?<![\p{L}\p{N}]) lets a match start.
import { isWordCode } from './char-classes.js';

/** Per ASCII code: 1 for a letter or digit. */
export const asciiWord = Uint8Array.from({ length: 128 }, (_, code) => (isWordCode(code) ? 1 : 0));

/**
 * The first word start after `after` (a word start, or -1 to begin), or -1 when there is none.
 * Read one step at a time, so the finder walks the text without an array of every start.
 */
export function nextWordStart(text: string, after: number): number {
  let previous = false;
  for (let i = after < 0 ? 0 : after; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // The common case, kept free of calls: a word's ASCII letters and digits are skipped in a tight loop.
      if (asciiWord[code] === 1) {
        if (!previous && i !== after) return i;
        i++;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c >= 128 || asciiWord[c] === 0) break;
          i++;
        }
        previous = true;
      } else {
        previous = false;
        i++;
      }
      continue;
    }
    const cp = code < 0xd800 || code > 0xdbff ? code : (text.codePointAt(i) ?? code);
    const word = isWordCode(cp);
    if (word && !previous && i !== after) return i;
    previous = word;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Every word start of `text` (for tests and tools; the finder steps with nextWordStart). */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = nextWordStart(text, -1); at >= 0; at = nextWordStart(text, at)) starts.push(at);
  return starts;
}
