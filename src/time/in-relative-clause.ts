// "Guatemala, whose president announced a move in December, will open ... on Wednesday": an
// expression inside a relative clause dates that clause, not the main one around it.
import * as codes from './char-classes.js';

// Local bindings for the per-character loops: run under tsx (CommonJS output), every call
// of an imported function first goes through a getter.
const { isBlankCode, isAsciiWordCode } = codes;

const openers = new Set(['which', 'who', 'whose', 'whom', 'where']);

/** Does the piece `[start, end)` of `text` open with a relative pronoun (white space before it allowed)? */
function opensRelativeClause(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isBlankCode(text.charCodeAt(i))) i++;
  let j = i;
  while (j < end && j - i <= 5 && isAsciiWordCode(text.charCodeAt(j))) j++;
  return j - i >= 3 && j - i <= 5 && openers.has(text.slice(i, j).toLowerCase());
}

/**
 * The comma-bounded relative clause holding offset `at` in the sentence `[from, to)` of `text`, in
 * offsets of `text`, if any. A piece runs from after one comma to its next comma, that comma included.
 */
export function relativeClauseWithin(text: string, from: number, to: number, at: number): { start: number; end: number } | null {
  if (at < from || at >= to) return null;
  const comma = at > from ? text.lastIndexOf(',', at - 1) : -1;
  const start = comma >= from ? comma + 1 : from;
  // The pronoun test cannot run past the piece's closing comma, so the sentence end bounds it as well.
  if (!opensRelativeClause(text, start, to)) return null;
  const next = text.indexOf(',', at);
  return { start, end: next >= 0 && next < to ? next + 1 : to };
}

/** The comma-bounded relative clause of `sentence` holding offset `at`, if any. */
export function relativeClauseAt(sentence: string, at: number): { start: number; end: number } | null {
  return relativeClauseWithin(sentence, 0, sentence.length, at);
}

/** Is `at` inside a relative clause of `sentence` that does not hold `trigger`? */
export function inOtherRelativeClause(sentence: string, at: number, trigger: number): boolean {
  const clause = relativeClauseAt(sentence, at);
  return clause !== null && !(clause.start <= trigger && trigger < clause.end);
}
