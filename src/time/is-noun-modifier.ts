// "its 1967 borders", "the 2014 war", "a 1987 law": a date used as a noun modifier names which
// thing is meant, not when the reported act happened, so it governs an event's date only as a
// last resort.
import type { Timex } from '../core/index.js';
import * as codes from './char-classes.js';

// Local bindings for the per-character loops: run under tsx (CommonJS output), every call
// of an imported function first goes through a getter.
const { isBlankCode } = codes;

/** Words before the date that make it part of a noun phrase. */
const determiner =
  /(?:^|[\s(])(?:the|a|an|its|his|her|their|our|your|this|that|these|those|whose|[A-Z][\w.-]*'s?|pre-|post-)\s*$/i;
/** A following word that starts a clause, not a head noun. */
const notANoun =
  /^(?:and|or|but|to|when|as|after|before|until|since|while|where|which|who|that|than|then|by|in|on|at|of|for|with|from|into|was|were|is|are|had|has|have|saw|when|if|because|through|onwards?|onward)$/i;

/** "the Hamas attack of October 7", "the Arab Peace Initiative of 2002": a thing named by its date. */
const nounOf = /\b(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?([A-Za-z][\w-]*)\s+of\s+$/i;
/** Nouns of time: "the end of 2014", "the summer of 1975" are dates, not things. */
const timeNoun =
  /^(?:end|beginning|start|middle|summer|winter|spring|autumn|fall|half|quarter|month|months|year|years|week|weeks|day|days|part|course|turn|close|rest|night|morning|evening|afternoon|eve|anniversary|first|last|spring|period|months|decade|era|date|ides)$/i;

/** Is this date a modifier inside a noun phrase ("the 1967 borders", "the attack of October 7")? */
export function isNounModifier(text: string, timex: Pick<Timex, 'start' | 'end' | 'type' | 'text'>): boolean {
  if (timex.type !== 'DATE') return false;
  return namesByPrefix(text, timex) || namesByOf(text, timex);
}

function namesByOf(text: string, timex: Pick<Timex, 'start' | 'end' | 'text'>): boolean {
  // Only after "of" (checked first, being the cheaper test) and for calendar dates only
  // ("of 2002", "of October 7"), not "of last year".
  const from = Math.max(0, timex.start - 60);
  if (!endsWithOf(text, from, timex.start)) return false;
  if (!/^(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|[A-Z][a-z]+\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|\d{4})$/.test(timex.text.trim())) return false;
  const m = nounOf.exec(text.slice(from, timex.start));
  const noun = m?.[1];
  return noun !== undefined && !timeNoun.test(noun);
}

function namesByPrefix(text: string, timex: Pick<Timex, 'start' | 'end' | 'text'>): boolean {
  // Only calendar names: "the Monday meeting" or "last week's vote" are handled as dates.
  if (!endsWithYear(timex.text)) return false;
  // The word after first: it rules most dates out more cheaply than the determiner before.
  const after = /^(?:-(?:era|style)\b|\s+([A-Za-z][\w-]*))/.exec(text.slice(timex.end, timex.end + 40));
  if (!after) return false;
  const word = after[1];
  if (word !== undefined) {
    if (notANoun.test(word)) return false;
    // Lower-case head nouns ("borders", "law") or acronyms ("UN vote"); a capitalised name after a
    // year is rarely a head ("in 2014 Sweden recognised ...").
    if (!(/^[a-z]/.test(word) || /^[A-Z]{2,}$/.test(word))) return false;
  }
  const before = text.slice(Math.max(0, timex.start - 30), timex.start);
  return /(?:pre|post)-$/i.test(before) || determiner.test(before);
}

/** Do four digits end the text, white space aside (`/\d{4}$/` on the trimmed text)? */
function endsWithYear(text: string): boolean {
  let k = text.length;
  while (k > 0 && isBlankCode(text.charCodeAt(k - 1))) k--;
  for (let j = k - 4; j < k; j++) {
    const c = text.charCodeAt(j);
    if (j < 0 || c < 48 || c > 57) return false;
  }
  return true;
}

/** Does `[from, to)` end with white space, "of" and white space (what `nounOf` needs)? */
function endsWithOf(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && isBlankCode(text.charCodeAt(k - 1))) k--;
  if (k === to || k - 3 < from) return false;
  const f = text.charCodeAt(k - 1);
  const o = text.charCodeAt(k - 2);
  return (f === 102 || f === 70) && (o === 111 || o === 79) && isBlankCode(text.charCodeAt(k - 3));
}
