// "He denies the allegations", "Brazil already hosts an office", "the Senate has set up an
// inquiry": a present or present-perfect clause without a date of its own speaks of the time of
// writing, not of the narrative time the previous sentences reached.
import * as codes from './char-classes.js';

// Local bindings for the per-character loops: run under tsx (CommonJS output), every call
// of an imported function first goes through a getter.
const { isBlankCode } = codes;

/** Auxiliaries and adverbs right before the trigger that put it in the present. */
const presentLead =
  /(?:\b(?:has|have)(?:\s+(?:not|never|long|already|also|since|so\s+far|repeatedly|now))*|\b(?:already|still|now|no\s+longer))\s+$/i;
/** The words `presentLead` can end on: a cheap test before running it. */
const presentLeadEnds = ['has', 'have', 'not', 'never', 'long', 'already', 'also', 'since', 'far', 'repeatedly', 'now', 'still', 'longer'];
/** A subject right before a bare third-person verb ("Iran backs", "he denies", "which offers"). */
const subjectLead = /(?:\b(?:he|she|it|which|who|that)|\b[A-Z][\w-]*(?<!['’]s))\s+$/;
/** Words ending in -s after a name that are nouns, not verbs. */
const notAVerb = /^(?:talks|relations|ties|sanctions|forces|news|affairs|arms|means|series|species|headquarters)$/i;

/** Lower-case letters only, ending in a single "s" ("denies", not "discuss")? */
function bareThirdPerson(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 115 || text.charCodeAt(end - 2) === 115) return false;
  for (let k = start; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Does `[from, end)` end with `word` (lower-case ASCII letters), in any case? `/i` without `u` folds ASCII only. */
function endsWithWord(text: string, from: number, end: number, word: string): boolean {
  if (end - word.length < from) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(end - word.length + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Does the text before `to` (after trailing white space) end with one of `presentLeadEnds`? */
function mayEndPresentLead(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isBlankCode(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1) | 32;
  for (const w of presentLeadEnds) if (w.charCodeAt(w.length - 1) === last && endsWithWord(text, from, end, w)) return true;
  return false;
}

/** Is the event's verb in the present or present perfect? */
export function presentTenseAt(text: string, trigger: { start: number; end: number }): boolean {
  const from = Math.max(0, trigger.start - 40);
  // Both patterns end in white space right before the trigger.
  if (trigger.start <= from || !isBlankCode(text.charCodeAt(trigger.start - 1))) return false;
  const lead = text.slice(from, trigger.start);
  if (mayEndPresentLead(text, from, trigger.start) && presentLead.test(lead)) return true;
  if (!bareThirdPerson(text, trigger.start, trigger.end) || notAVerb.test(text.slice(trigger.start, trigger.end))) return false;
  return subjectLead.test(lead);
}
