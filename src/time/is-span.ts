// Does "<number> <unit>" name a span of time, or a rate, a share, an ordinal or an age?
// Each test is a pattern on the words around the match; a character check that every match of
// the pattern needs goes first, so the patterns run only where they might match.
import { isBlankCode } from './char-classes.js';
import { isAsciiWordIgnoringCase } from './word-keys.js';

const isArticle = (n: string): boolean => isAsciiWordIgnoringCase(n, 'a') || isAsciiWordIgnoringCase(n, 'an');
const rateBefore = /(?:\d|once|twice|times|\$\S*|million|billion|thousand|cents?|dollars?|hours|days|percent|%)\s*$/i;
const rateAfter = /^\s+(?:a|an|per)\s+(?:day|week|month|year)\b/i;
const shareOf = /^\s+of\b/i;
const wordAfter = /^\s+[a-z]/;
const linkAfter = /^\s+(?:or|and|to|of|later|earlier)\b/;
const ageAfter = /^\s*(?:-old|old)\b/i;
const shiftAfter = /^\s*(?:ago|earlier|later)/i;

const startsBlank = (s: string): boolean => s.length > 0 && isBlankCode(s.charCodeAt(0));

/** The code of the first character of `s` that is not a blank, lower-cased if an ASCII capital. */
function firstAfterBlanks(s: string): number {
  let i = 0;
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** /^word/i (no u flag) for a lower-case ASCII `word`. */
function startsWithIgnoringCase(s: string, word: string): boolean {
  return s.length >= word.length && isAsciiWordIgnoringCase(s.slice(0, word.length), word);
}

export function isSpan(n: string, u: string, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 10);
  const article = isArticle(n);
  const next = firstAfterBlanks(after);
  // "$5 a year", "twice a day" and "24 hours a day" are rates, not spans; "60 Minutes" is a name.
  if (article && rateBefore.test(before)) return false;
  if (startsBlank(after) && (next === 97 || next === 112) && rateAfter.test(after)) return false;
  const c = u.charCodeAt(0);
  if (c >= 65 && c <= 90) return false;
  // "more than a quarter of the market" is a share.
  if (startsWithIgnoringCase(u, 'quarter') && (article || isAsciiWordIgnoringCase(n, 'one') || isAsciiWordIgnoringCase(n, 'three')) && startsBlank(after) && next === 111 && shareOf.test(after)) return false;
  // "a second time", "one second round": an ordinal, not a span.
  if (isAsciiWordIgnoringCase(u, 'second') && wordAfter.test(after) && !linkAfter.test(after)) return false;
  // Ages ("37 years old") are not time expressions.
  if ((next === 45 || next === 111) && ageAfter.test(after)) return false;
  return !article || !shiftAfter.test(after);
}
