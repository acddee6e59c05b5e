// "He denies the allegations", "Brazil already hosts an office", "the Senate has set up an
// inquiry": a present or present-perfect clause without a date of its own speaks of the time of
// writing, not of the narrative time the previous sentences reached.

/** Auxiliaries and adverbs right before the trigger that put it in the present. */
const presentLead =
  /(?:\b(?:has|have)(?:\s+(?:not|never|long|already|also|since|so\s+far|repeatedly|now))*|\b(?:already|still|now|no\s+longer))\s+$/i;
/** A subject right before a bare third-person verb ("Iran backs", "he denies", "which offers"). */
const subjectLead = /(?:\b(?:he|she|it|which|who|that)|\b[A-Z][\w-]*(?<!['’]s))\s+$/;
/** Words ending in -s after a name that are nouns, not verbs. */
const notAVerb = /^(?:talks|relations|ties|sanctions|forces|news|affairs|arms|means|series|species|headquarters)$/i;

/** Is the event's verb in the present or present perfect? */
export function presentTenseAt(text: string, trigger: { start: number; end: number }): boolean {
  const lead = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  if (presentLead.test(lead)) return true;
  const word = text.slice(trigger.start, trigger.end);
  if (!/^[a-z]+s$/.test(word) || /ss$/.test(word) || notAVerb.test(word)) return false;
  return subjectLead.test(lead);
}
