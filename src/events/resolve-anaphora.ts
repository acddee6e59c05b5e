// Anaphora in the refiner: acts that take their type, target or parties from an earlier act
// ("followed suit", "the holdouts were", "visits were exchanged", "requested it again", "has refused").
import { hasCode, retype } from './event-draft.js';
import { isCooperative } from './type-info.js';
import type { Draft } from './event-draft.js';
import type { EventLexicon } from './event-lexicon.js';
import type { DiplomaticType, Doc, EventActor } from '../core/index.js';

const NOT_ANTECEDENT = new Set<DiplomaticType | null>(['statement', 'demand', 'condemn', null]);

function antecedentOf(events: readonly Draft[], e: Draft, accept: (x: Draft) => boolean): Draft | undefined {
  // Events are in text order: walk back from `e` over at most the two sentences before it.
  for (let k = events.indexOf(e) - 1; k >= 0; k--) {
    const x = events[k]!;
    if (x.sentence < e.sentence - 2) break;
    if (x.drop || x.trigger.start >= e.trigger.start || NOT_ANTECEDENT.has(x.type)) continue;
    if (accept(x)) return x;
  }
  return undefined;
}

/** The antecedent's target, or that of the latest earlier act of its type that has one. */
function targetOf(events: readonly Draft[], ante: Draft): EventActor[] {
  if (ante.target.length) return [...ante.target];
  const earlier = events.filter((x) => !x.drop && x.type === ante.type && x.target.length && x.trigger.start < ante.trigger.start && x.sentence >= ante.sentence - 2);
  return [...(earlier.at(-1)?.target ?? [])];
}

/** The few characters after the trigger, cut only for the events whose reading depends on them. */
function textAfter(doc: Doc, e: Draft): string {
  return doc.text.slice(e.trigger.end, e.trigger.end + 12);
}

// The loops below keep their closures in functions of their own: a closure over the loop's `e`
// would make V8 allocate a context on every turn, for every event.

export function resolveAnaphora(doc: Doc, lex: EventLexicon, events: Draft[]): void {
  for (const e of events) {
    if (e.drop) continue;
    if (e.rule?.inherit) inheritAct(lex, events, e);
    else if (e.rule?.partiesFromDiscourse) reciprocalParties(lex, events, e);
    else if ((e.type === null || e.type === 'demand') && e.plover === 'REQUEST' && /^\s+(?:it|them|this|so)\b/.test(textAfter(doc, e))) repeatRequest(lex, events, e);
    else if (e.type === null && e.plover === 'REJECT' && /^\s*[,.;]/.test(textAfter(doc, e))) refuseRequest(lex, events, e);
  }
}

/** "followed suit", "did the same": the act of the antecedent, at its target. */
function inheritAct(lex: EventLexicon, events: readonly Draft[], e: Draft): void {
  // "Bolivia broke off relations with Israel in protest at its offensive, the first country to
  // take that step": the act the anaphor repeats is done to another party; an act with no target
  // of another party (the offensive in the prepositional phrase) is only the fallback.
  const ante = antecedentOf(events, e, (x) => aimsBeyond(events, x, e.source)) ?? antecedentOf(events, e, () => true);
  if (!ante || !ante.type) { e.drop = true; return; }
  retype(lex, e, ante.type);
  if (ante.modality === 'demanded' && e.modality === 'actual') e.modality = 'intended';
  if (!e.target.length) e.target = targetOf(events, ante).filter((x) => !hasCode(e.source, x.code));
  e.pattern += '+inherit';
}

/** The distinct parties of an act, sources first. */
function partiesOf(x: Draft): EventActor[] {
  const out: EventActor[] = [];
  for (const a of x.source) if (!hasCode(out, a.code)) out.push(a);
  for (const a of x.target) if (!hasCode(out, a.code)) out.push(a);
  return out;
}

/** A cooperative act between two or more parties, done: what a reciprocal act without parties continues. */
function isRelation(lex: EventLexicon, x: Draft): boolean {
  return x.type !== null && x.polarity === 'asserted' && isCooperative(lex, x.plover) && x.source.length + x.target.length > 1 && partiesOf(x).length > 1;
}

/**
 * "X and Y exchanged visits": the first party to the other, as a meeting is coded. "Visits were
 * exchanged" after "X established relations with Y" (or "X and Y signed a treaty"): the last two
 * parties of that relation.
 */
function reciprocalParties(lex: EventLexicon, events: readonly Draft[], e: Draft): void {
  if (e.source.length > 1 && !e.target.length) {
    e.target = e.source.slice(1);
    e.source = [e.source[0]!];
    return;
  }
  if (e.source.length && e.target.length) return;
  const ante = antecedentOf(events, e, (x) => isRelation(lex, x));
  if (!ante) return;
  const parties = partiesOf(ante);
  const named = e.source.length ? e.source : e.target;
  if (!named.length) {
    e.source = [parties.at(-2)!];
    e.target = [parties.at(-1)!];
  } else {
    // One party named: the other is the antecedent's last party that is not it.
    const other = parties.filter((x) => !hasCode(named, x.code));
    if (!other.length) return;
    e.source = [...named];
    e.target = [other.at(-1)!];
  }
  e.pattern += '+discourse';
}

/** Whether act `x` (or the earlier act of its type it continues) targets someone other than `source`. */
function aimsBeyond(events: readonly Draft[], x: Draft, source: readonly EventActor[]): boolean {
  for (const t of targetOf(events, x)) if (!hasCode(source, t.code)) return true;
  return false;
}

/** "requested it again": the request repeats the earlier one. */
function repeatRequest(lex: EventLexicon, events: readonly Draft[], e: Draft): void {
  const ante = antecedentOf(events, e, (x) => x.plover === 'REQUEST' && x !== e);
  if (!ante || !ante.type) return;
  retype(lex, e, ante.type);
  if (!e.target.length) e.target = ante.target;
  e.pattern += '+ellipsis';
}

/** "has refused.": the refusal of the act requested before. */
function refuseRequest(lex: EventLexicon, events: readonly Draft[], e: Draft): void {
  const ante = antecedentOf(events, e, (x) => x.type !== null && x.type in lex.cues.refusalOf);
  const refused = ante?.type ? lex.cues.refusalOf[ante.type] : undefined;
  if (!ante || !refused) return;
  retype(lex, e, refused);
  // The refusal answers the requester, whatever else the clause names.
  e.target = ante.source.filter((x) => !hasCode(e.source, x.code));
  e.pattern += '+ellipsis';
}
