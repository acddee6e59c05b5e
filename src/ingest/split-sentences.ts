import type { Span } from '../core/index.js';
import { loadAbbreviations } from './text/load-abbreviations.js';
import { isSpace } from './text/line-shape.js';
import { MarkCursor } from './text/mark-cursor.js';

// Single characters are tested by code in the loop over every character of the text.
const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const CLOSER_CODES = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d]); // " ' ” ’ » ) ]
// Opening quotes, brackets and Spanish ¿ ¡ may come before the first word: " ' “ ‘ « ( [ ¿ ¡ — – -
const OPENER_CODES = new Set([0x22, 0x27, 0x201c, 0x2018, 0xab, 0x28, 0x5b, 0xbf, 0xa1, 0x2014, 0x2013, 0x2d]);

/**
 * Splits `text[start, end)` into sentence spans. Abbreviations (a data list: "Mr.", "Gen.",
 * "U.S.", "Sra."), initials and decimals do not split; closing quotes and brackets stay with
 * their sentence; a lower-case word after a period continues the sentence.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const bounds: number[] = [];
  sentenceBounds(text, start, end, bounds, new MarkCursor(text.slice(start, end), start));
  const spans: Span[] = [];
  for (let k = 0; k < bounds.length; k += 2) spans.push({ start: bounds[k]!, end: bounds[k + 1]! });
  return spans;
}

/**
 * `splitSentences` for callers that build their own records: appends each sentence's start and
 * end to `out`, so a document's blocks share one list and no span objects are made. `marks`
 * (made once per text and shared by its blocks) finds the candidate endings.
 */
export function sentenceBounds(text: string, start: number, end: number, out: number[], marks: MarkCursor): void {
  let sentenceStart = skipSpace(text, start, end);
  for (let i = sentenceStart; i < end; i++) {
    i = marks.next(i);
    if (i >= end) break;
    const code = text.charCodeAt(i);
    let j = i + 1;
    // Runs of marks, closing quotes, and spaced ellipses (". . .") belong to one ending.
    for (;;) {
      while (j < end && (isTerminal(text.charCodeAt(j)) || CLOSER_CODES.has(text.charCodeAt(j)))) j++;
      if (j + 1 < end && text.charCodeAt(j) === 0x20 && text.charCodeAt(j + 1) === 0x2e) j += 1;
      else break;
    }
    if (j < end && !isSpace(text.charCodeAt(j))) continue; // "2.5", "U.S.-led", "example.com"
    const next = skipSpace(text, j, end);
    if (next >= end) break;
    if (!startsSentence(text, next)) continue;
    if (code === 0x2e && j === i + 1 && !endsAtPeriod(text, sentenceStart, i, next)) continue;
    out.push(sentenceStart, j);
    sentenceStart = next;
    i = next - 1;
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) out.push(sentenceStart, last);
}

/** A sentence opens with a capital, a digit is read as going on, and so is a lower-case word. */
function startsSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && OPENER_CODES.has(text.charCodeAt(k))) k++;
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c < 0x80) return !((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39));
  return !/[\p{Ll}0-9]/u.test(text[k]!);
}

function endsAtPeriod(text: string, sentenceStart: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > sentenceStart && isLetterOrDot(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (!word) return true;
  // An initial: "J. Smith". (The word holds no surrogates, so one letter is one code unit; a
  // longer word skips the regex.)
  if (word.length === 1 && /^\p{L}$/u.test(word)) return false;
  if (loadAbbreviations().never.has(word)) return false;
  // Dotted acronyms ("U.S.", "p.m.") end a sentence only before a word that opens one:
  // "the U.S. The talks" splits, "the U.S. Treasury" does not.
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) return !nameFollows(text, next);
  return true;
}

/** `/[\p{L}.]/u` for one UTF-16 code unit (a lone surrogate is neither). */
function isLetterOrDot(c: number): boolean {
  if (c < 0x80) return c === 0x2e || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER.test(String.fromCharCode(c));
}

const LETTER = /\p{L}/u;

/** After "Inc." or "a.m.", a capitalised word that is not a common sentence opener is a name. */
function nameFollows(text: string, next: number): boolean {
  const word = /^[\p{L}’']+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(word) && !OPENERS.has(word.toLowerCase());
}

const OPENERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'in', 'on', 'at',
  'but', 'and', 'after', 'before', 'when', 'its', 'his', 'her', 'their', 'there', 'el', 'la', 'los', 'las',
  'en', 'pero', 'y', 'un', 'una', 'se', 'su', 'sus',
]);

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
