// The sentence around an offset: full stops, question and exclamation marks and line breaks
// end one, except the full stop of an abbreviation ("Oct. 23", "U.S.").
import { isAsciiWordCode, isBlankCode } from './char-classes.js';

// '.', '!', '?' and line feed end a sentence; '!', '?' and line feed always, a full stop only before a blank.
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
const isHardStop = (code: number): boolean => code === 33 || code === 63 || code === 10;
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;
const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/**
 * Does the text in [from, to) end with a capitalised short word, /\b[A-Z][a-z]{0,3}$/ as tested
 * on text.slice(from, to) ("Oct", "U")? Read backwards from `to` rather than slicing.
 */
function endsWithShortCapital(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from && to - 1 - j < 3 && isLowerAscii(text.charCodeAt(j))) j--;
  if (j < from || !isUpperAscii(text.charCodeAt(j))) return false;
  return j === from || !isAsciiWordCode(text.charCodeAt(j - 1));
}

/** Start and end of the sentence around an offset (full stops, line breaks). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  // A sentence reaches at most 400 characters out from the expression.
  const first = Math.max(0, start - 400);
  let s = start;
  while (s > first && !isStop(text.charCodeAt(s - 1))) s--;
  // An abbreviation's full stop ("Oct. 23", "U.S.") does not end a sentence.
  while (s > 1 && s > first && text.charCodeAt(s - 1) === 46 && endsWithShortCapital(text, Math.max(0, s - 6), s - 1)) {
    s--;
    while (s > first && !isStop(text.charCodeAt(s - 1))) s--;
  }
  const last = Math.min(text.length, end + 400);
  let e = end;
  for (; e < last; e++) {
    const c = text.charCodeAt(e);
    if (c > 63) continue;
    if (isHardStop(c)) break;
    if (c === 46 && (e + 1 >= text.length || isBlankCode(text.charCodeAt(e + 1))) && !endsWithShortCapital(text, Math.max(0, e - 5), e)) break;
  }
  return { start: s, end: e };
}
