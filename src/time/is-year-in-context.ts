// Is a bare four-digit number a year ("in 1975", "1988 and") rather than a count ("2000 troops")?
// Each test is a pattern on the text around the number; cheap character checks go first and the
// pattern runs only where they cannot decide, since most numbers are settled by a character or two.
import { isAsciiWordCode, isBlankCode, isLetterCode } from './char-classes.js';
import type { TimeLexicon } from './time-lexicon.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** [\p{L}'] for one BMP code unit. */
const inWord = (c: number): boolean => c === 39 || isLetterCode(c);

/** The first offset at or after `from` that is not a blank. */
function skipBlanks(s: string, from: number): number {
  let i = from;
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the last character of `s` that is not a blank (0 if none). */
function trimEnd(s: string): number {
  let i = s.length;
  while (i > 0 && isBlankCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/** /[$£€#]\s*$|\d[.,]?$/: a currency sign or hash before, or a digit ("12,1988"). */
function countSignBefore(before: string): boolean {
  const t = trimEnd(before);
  const sign = t > 0 ? before.charCodeAt(t - 1) : 0;
  if (sign === 36 || sign === 163 || sign === 8364 || sign === 35) return true;
  const last = before.charCodeAt(before.length - 1);
  if (isDigit(last)) return true;
  return (last === 46 || last === 44) && isDigit(before.charCodeAt(before.length - 2));
}

const percentAfter = /^\s*(%|percent|per cent)/i;
const wordBefore = /([\p{L}']+)\W*$/u;

/** What /([\p{L}']+)\W*$/u captures in `s` (the last word before trailing non-word characters), lower-cased. */
export function lastWordBefore(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Letters beyond the BMP are pairs: leave them to the pattern.
    if (c >= 0xd800 && c <= 0xdfff) return wordBefore.exec(s)?.[1]?.toLowerCase() ?? '';
  }
  // The trailing run of \W (anything but ASCII letters, digits and '_') begins at `tail`.
  let tail = s.length;
  while (tail > 0 && !isAsciiWordCode(s.charCodeAt(tail - 1))) tail--;
  // The leftmost start whose run of letters reaches that tail: the run ending just before it,
  // else the first letter or quote within the tail.
  let from = -1;
  if (tail > 0 && inWord(s.charCodeAt(tail - 1))) {
    from = tail - 1;
    while (from > 0 && inWord(s.charCodeAt(from - 1))) from--;
  } else {
    for (let i = tail; i < s.length; i++)
      if (inWord(s.charCodeAt(i))) {
        from = i;
        break;
      }
  }
  if (from < 0) return '';
  let to = from;
  while (to < s.length && inWord(s.charCodeAt(to))) to++;
  return s.slice(from, to).toLowerCase();
}

const clauseAfter = /^\s*(?:[,.;:)!?'"’”]|$|\s*-|\s+(?:and|or|to|when|as|it|he|she|they|we|the|a|was|were|had|have|is|until|through|after|before|because|that|in|on|at|with|for)\b)/;
const closing = new Set([44, 46, 59, 58, 41, 33, 63, 39, 34, 0x2019, 0x201d]);

/** clauseAfter: punctuation, the end, a dash or a clause word right after the number. */
function clauseFollows(after: string): boolean {
  const i = skipBlanks(after, 0);
  if (i === after.length) return true;
  const c = after.charCodeAt(i);
  if (closing.has(c) || c === 45) return true;
  return i > 0 && c >= 97 && c <= 122 && clauseAfter.test(after);
}

export function isYearInContext(text: string, start: number, end: number, lex: TimeLexicon): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (countSignBefore(before)) return false;
  if ((after.charCodeAt(0) === 46 || after.charCodeAt(0) === 44) && isDigit(after.charCodeAt(1))) return false;
  const p = after.charCodeAt(skipBlanks(after, 0));
  if ((p === 37 || p === 112 || p === 80) && percentAfter.test(after)) return false;
  const prev = lastWordBefore(before);
  if (lex.yearCues.includes(prev) || prev.endsWith("'s") || prev.endsWith('’s')) return true;
  if (clauseFollows(after)) return true;
  const capital = after.charCodeAt(skipBlanks(after, 0));
  if (!(capital >= 65 && capital <= 90)) return false;
  const t = trimEnd(before);
  return t === 0 || before.charCodeAt(t - 1) === 44 || before.charCodeAt(t - 1) === 40;
}
