// Matched words as lookup keys: lower-cased, blanks (and for number words hyphens) folded to
// one space, trimmed. Most matches are already plain single-spaced words: those skip the regex
// replacements, which cost more than the lookups they prepare.
import { isBlankCode } from './char-classes.js';

/** Is `s` free of blanks (and hyphens when `hyphens`) other than single spaces between words? */
function isPlain(s: string, hyphens: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 45 ? !hyphens : !isBlankCode(code)) continue;
    if (code !== 32 || i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** `s.toLowerCase().replace(/\s+/g, ' ').trim()` */
export function wordsKey(s: string | undefined): string {
  if (s === undefined || s === '') return '';
  const lower = s.toLowerCase();
  return isPlain(lower, false) ? lower : lower.replace(/\s+/g, ' ').trim();
}

/** `s.toLowerCase().replace(/[\s-]+/g, ' ').replace(/\.$/, '').trim()` */
export function numberWordsKey(s: string): string {
  const lower = s.toLowerCase();
  if (isPlain(lower, true) && !lower.endsWith('.')) return lower;
  return lower.replace(/[\s-]+/g, ' ').replace(/\.$/, '').trim();
}

/** `token.replace(/\.$/, '')` */
export function withoutFullStop(token: string): string {
  return token.endsWith('.') ? token.slice(0, -1) : token;
}

/** /^word$/i (no u flag) for a lower-case ASCII `word`: only ASCII letters fold. */
export function isAsciiWordIgnoringCase(s: string, word: string): boolean {
  if (s.length !== word.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== word.charCodeAt(i) && !(c >= 65 && c <= 90 && c + 32 === word.charCodeAt(i))) return false;
  }
  return true;
}

/** /^[A-Z]/ */
export function startsUpperAscii(s: string | undefined): boolean {
  const c = s === undefined ? 0 : s.charCodeAt(0);
  return c >= 65 && c <= 90;
}
