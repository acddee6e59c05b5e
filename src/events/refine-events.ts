// The refiner: governed acts ("refused to recognize", "demand that X sever"), anaphora ("followed
// suit", "such a step", "requested it again", "has refused"), missing targets from the discourse,
// one event per coordinated source, duplicates, and final ids.
import { mentionsByStart, readableSentences } from './extract-events.js';
import { toEventActor } from './to-event-actor.js';
import { isCooperative } from './type-info.js';
import { getEventLexicon } from './event-lexicon.js';
import { draftOf, finished, hasCode, inTextOrder, keepFirst, retype } from './event-draft.js';
import { resolveAnaphora } from './resolve-anaphora.js';
import type { Draft } from './event-draft.js';
import type { EventPattern } from './event-data-schema.js';
import type { EventLexicon } from './event-lexicon.js';
import type { DiplomaticType, Doc, Event, EventActor } from '../core/index.js';

const TARGET_FROM_DISCOURSE = new Set<DiplomaticType>([
  'request_extradition', 'refuse_extradition', 'upgrade_mission', 'extradite', 'expel_diplomat',
  'recall_ambassador', 'protest', 'open_embassy', 'close_embassy',
]);
/** Acts that an agreement itself brings about. */
const AGREED_INTO_BEING = new Set<DiplomaticType | null>(['establish_relations', 'restore_relations']);

type Control = NonNullable<EventPattern['control']>;

/** Whether act `x` is the complement of the governing act, `gap` being the text between them. */
function isLinked(x: Draft, gap: string): boolean {
  return /\b(?:to|that|into)\b/i.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length <= 1 || x.plover === 'REQUEST' || x.rule?.alone === false;
}

function foldGoverned(doc: Doc, lex: EventLexicon, events: Draft[]): void {
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    const control = a.rule?.control;
    if (!control || a.drop || control === 'intend') continue;
    foldGovernedAct(doc, lex, events, i, control);
  }
}

/**
 * Folds the act governed by `events[i]` into it or it into the act. A function of its own: the
 * closures here would otherwise cost a context on every turn of the loop above.
 */
function foldGovernedAct(doc: Doc, lex: EventLexicon, events: Draft[], i: number, control: Control): void {
  const a = events[i]!;
  // The governed act is the complement: joined by "to"/"that", or right after the verb.
  // Nominals that found no actor of their own are skipped ("the demand made by academics on
  // a hunger strike that Mexico break ...").
  let b: Draft | undefined;
  for (let k = i + 1; k < events.length && events[k]!.sentence <= a.sentence; k++) {
    const e = events[k]!;
    if (!e.drop && e.sentence === a.sentence && e.trigger.start >= a.trigger.end && !e.pattern.startsWith('speech.') && (e.source.length > 0 || e.plover === 'REQUEST')) { b = e; break; }
  }
  if (!b) return;
  const between = doc.text.slice(a.trigger.end, b.trigger.start);
  if (!isLinked(b, between)) {
    // "the demand by students on a hunger strike that Colombia break relations": the demanded
    // act is the clause opened by "that", past the demanders' own acts.
    if (control !== 'demand') return;
    const first: Draft = b;
    b = events.find((e) => e !== first && !e.drop && e.sentence === a.sentence && e.type !== null && e.trigger.start > first.trigger.end && e.trigger.start - a.trigger.end <= 90 && /\bthat\b/i.test(doc.text.slice(first.trigger.end, e.trigger.start)));
    if (!b) return;
  }
  // "Asked about the demand by students that ...": an act with no actor of its own does not
  // swallow a demand that has one.
  if (!a.source.length && b.source.length && (b.type === 'demand' || b.rule?.control === 'demand')) return;
  const gap = doc.text.slice(a.trigger.end, b.trigger.start);
  if (gap.length > 70 || /[;:—–]/.test(gap)) return;
  const bRule = b.rule;
  // "opposed to French mediation", "agreed to US mediation": a nominal object with its own
  // possessor is what A is about; A stays, aimed at that possessor.
  const ownedObject = b.source.length > 0 && b.source.every((x) => x.start >= a.trigger.end && x.end <= b.trigger.start) && !b.source.some((x) => hasCode(a.source, x.code));
  if (ownedObject && control !== 'demand') {
    if (!a.target.length || a.target.every((t) => !b.source.some((x) => x.code === t.code))) a.target = [...b.source];
    b.drop = true;
    return;
  }
  if (!b.source.length) b.source = a.source;
  if (control === 'refuse') {
    if (b.plover === 'REQUEST' || b.type === 'demand' || b.rule?.alone === false) {
      if (!a.target.length) a.target = b.source.filter((x) => !hasCode(a.source, x.code));
      b.drop = true;
      return;
    }
    if (a.polarity === 'negated') return;
    b.polarity = 'negated';
    if (b.type !== 'refuse_extradition') b.plover = 'REJECT';
    b.pattern += '+refused';
    a.drop = true;
  } else if (control === 'demand') {
    if (bRule?.demandAs) {
      const asked = b.source.filter((x) => !hasCode(a.source, x.code));
      retype(lex, a, bRule.demandAs);
      if (asked.length) a.target = asked;
      a.pattern += `+${bRule.id}`;
      b.drop = true;
    } else if (b.type !== null && b.type !== 'demand' && b.type !== 'statement') {
      b.modality = 'demanded';
      b.plover = 'REQUEST';
      b.pattern += '+demanded';
      a.content = b.id;
      if (!a.target.length) a.target = b.source.filter((x) => !hasCode(a.source, x.code));
    } else {
      b.drop = true;
    }
  } else if (control === 'agree' && AGREED_INTO_BEING.has(b.type) && a.polarity === 'asserted' && a.modality === 'actual') {
    // Relations are established or restored by the agreement itself: "agreed to restore
    // relations", reported as done, is the restoring.
    b.source = [...a.source, ...b.source.filter((x) => !hasCode(a.source, x.code))];
    b.pattern += '+agreed';
    a.drop = true;
  } else if (control === 'threaten' && a.polarity === 'negated') {
    // "there was no threat to storm the embassy", "did not threaten to attack": the threat is
    // denied, so nothing is intended; what was not threatened keeps its own modality.
    b.polarity = 'negated';
    b.plover = 'THREATEN';
    b.pattern += '+threaten';
    a.drop = true;
  } else {
    b.modality = 'intended';
    b.plover = control === 'agree' && !isCooperative(lex, b.plover) ? 'THREATEN' : a.plover;
    b.pattern += `+${control}`;
    a.drop = true;
  }
}

/** "staged demonstrations to demand reforms", "blocked roads demanding ...": the purpose is the protest's. */
function foldPurposes(doc: Doc, events: Draft[]): void {
  for (const a of events) {
    if (a.drop || a.plover !== 'PROTEST' || !a.source.length) continue;
    for (const b of events) {
      if (b === a || b.drop || b.sentence !== a.sentence || b.trigger.start <= a.trigger.end) continue;
      if (b.type !== 'demand' && b.type !== 'protest') continue;
      const lead = doc.text.slice(Math.max(a.trigger.end, b.trigger.start - 4), b.trigger.start);
      const word = doc.text.slice(b.trigger.start, b.trigger.end);
      if (/\b(?:to|in)\s+$/i.test(lead) || /ing\b/.test(word)) b.drop = true;
    }
  }
}

interface StateMention { readonly m: Doc['mentions'][number]; readonly sentence: number }

/** Mentions of states in readable sentences, in text order, with their sentence index. */
function stateMentionsOf(doc: Doc): StateMention[] {
  const readable = readableSentences(doc);
  const stateMentions: StateMention[] = [];
  let k = 0;
  for (const m of mentionsByStart(doc)) {
    while (k < doc.sentences.length && doc.sentences[k]!.end <= m.start) k++;
    const s = doc.sentences[k];
    if (m.state !== null && s && m.start >= s.start && m.end <= s.end && readable[k] === 1) stateMentions.push({ m, sentence: k });
  }
  return stateMentions;
}

/** The latest earlier act of the same type in the sentence that has a target. */
function earlierOfSameType(events: readonly Draft[], e: Draft): Draft | undefined {
  for (let k = events.length - 1; k >= 0; k--) {
    const x = events[k]!;
    if (x !== e && !x.drop && x.sentence === e.sentence && x.type === e.type && x.target.length && x.trigger.start < e.trigger.start) return x;
  }
  return undefined;
}

function fillTargets(doc: Doc, events: Draft[]): void {
  // Made on first need: most documents give every act a target of its own.
  let stateMentions: StateMention[] | null = null;
  for (const e of events) {
    if (e.drop || e.target.length || !e.type || !e.source.length) continue;
    // A list of acts of one kind shares its target ("recognized Palestine ... prior recognitions (Venezuela)").
    const same = earlierOfSameType(events, e);
    if (same) { e.target = [...same.target]; e.pattern += '+sibling'; continue; }
    if (!TARGET_FROM_DISCOURSE.has(e.type) || (e.type === 'protest' && e.plover === 'PROTEST')) continue;
    stateMentions ??= stateMentionsOf(doc);
    targetFromContext(events, e, stateMentions);
  }
}

/** A sibling act's target, or the state the clause or the discourse before it names. */
function targetFromContext(events: readonly Draft[], e: Draft, stateMentions: readonly StateMention[]): void {
  const own = e.source;
  const sibling = events.find((x) => x !== e && !x.drop && x.sentence === e.sentence && x.target.length && x.source.some((s) => hasCode(own, s.code)));
  if (sibling) { e.target = [...sibling.target]; e.pattern += '+sibling'; return; }
  const prior = stateMentions.filter(({ m, sentence }) => m.end <= e.trigger.start && sentence >= e.sentence - 3);
  // In its own sentence the act is about the clause it comments on ("Croatian authorities are
  // failing ..., a human rights group protested"): its first actor; otherwise the latest one.
  const here = prior.filter((p) => p.sentence === e.sentence);
  const first = here.map((p) => toEventActor(p.m)).find((a) => !hasCode(own, a.code) && !a.code.includes(':'));
  if (first) { e.target = [first]; e.pattern += '+clause'; return; }
  for (let k = prior.length - 1; k >= 0; k--) {
    const actor = toEventActor(prior[k]!.m);
    if (hasCode(own, actor.code) || actor.code.includes(':')) continue;
    e.target = [actor];
    e.pattern += '+discourse';
    break;
  }
}

const DOMESTIC = new Set(['PROTEST', 'REQUEST', 'THREATEN']);
const FORCE = new Set(['COERCE', 'ASSAULT']);
/** Sectors of a country's people rather than its state. */
const CIVIL = new Set(['CVL', 'LAB', 'EDU', 'REB', 'OPP', 'NGO', 'MED', 'BUS', 'REL', 'CRM', 'INS']);

/** The states of the actors whose state speaks for them (all of them for a protest). */
function statesOf(actors: readonly EventActor[], protest: boolean): Set<string | null> {
  return new Set(actors.map((a) => (a.code.includes(':') || CIVIL.has(a.sector ?? '') || protest ? a.state : null)));
}

/** The other-state target of the latest earlier force act by state `own` in the three sentences before `e`. */
function foreignTargetBefore(events: readonly Draft[], e: Draft, own: string): EventActor[] {
  for (let k = events.indexOf(e) - 1; k >= 0; k--) {
    const x = events[k]!;
    if (x.sentence < e.sentence - 3) break;
    if (x.drop || !FORCE.has(x.plover) || !x.source.some((a) => a.state === own || a.code === own)) continue;
    const foreign = x.target.filter((t) => (t.state ?? t.code) !== own);
    if (foreign.length) return foreign;
  }
  return [];
}

/** Protest and demands by a country's own groups are addressed to its government by default. */
function domesticTargets(events: Draft[]): void {
  for (const e of events) {
    // A state's force against people whose nationality is not given: taken to be its residents.
    if (!e.drop && FORCE.has(e.plover) && e.source.length && e.source.every((a) => !a.code.includes(':') && !CIVIL.has(a.sector ?? ''))) {
      const own = e.source[0]!.code;
      // An army's assault is not aimed at home: with no target named, "the Israeli military
      // offensive" is the one an earlier act of the state aimed abroad, or has no target at all.
      if (!e.target.length && e.plover === 'ASSAULT' && e.source.some((a) => a.sector === 'MIL')) { e.target = foreignTargetBefore(events, e, own); continue; }
      if (!e.target.length) e.target = [{ ...e.source[0]!, code: own, sector: null, name: null, state: own }];
      else e.target = e.target.map((a) => (a.code.includes(':') && a.state === null ? { ...a, state: own } : a));
      continue;
    }
    // Protesters or petitioners of unstated nationality addressing one state are taken to be its people.
    if (!e.drop && (e.plover === 'PROTEST' || e.type === 'demand') && e.target.length === 1 && e.target[0]!.state) {
      const place = e.target[0]!.state;
      e.source = e.source.map((a) => ((a.sector === 'CVL' || a.code.startsWith('PER:')) && a.state === null ? { ...a, state: place } : a));
    }
    if (e.drop || e.target.length || !e.source.length || !DOMESTIC.has(e.plover) || e.content) continue;
    // A protest with no target is addressed to the government of the people protesting.
    const states = statesOf(e.source, e.plover === 'PROTEST');
    const [state] = [...states];
    if (states.size !== 1 || !state) continue;
    const first = e.source[0]!;
    e.target = [{ start: first.start, end: first.end, text: first.text, code: state, sector: 'GOV', name: null, state }];
    e.pattern += '+domestic';
  }
}

/** A state as such (not one of its organs or people). */
function isStateItself(a: EventActor): boolean {
  return !a.code.includes(':') && a.sector === null;
}

/** Whether one of `actors` is the state coded `code` itself. */
function hasStateItself(actors: readonly EventActor[], code: string): boolean {
  for (const a of actors) if (isStateItself(a) && a.code === code) return true;
  return false;
}

function targetsOwnState(target: readonly EventActor[], source: readonly EventActor[]): boolean {
  for (const t of target) if (isStateItself(t) && hasStateItself(source, t.code)) return true;
  return false;
}

function withoutOwnState(target: readonly EventActor[], source: readonly EventActor[]): EventActor[] {
  return target.filter((t) => !(isStateItself(t) && hasStateItself(source, t.code)));
}

/**
 * A state does not act on itself: "Palestine recognises Palestine" comes from a misread clause.
 * The same state named on both sides of a diplomatic act is dropped from its target, and an act
 * left with no target of its own is dropped altogether.
 */
function dropSelfTargets(events: Draft[]): void {
  for (const e of events) {
    // Force is another matter: a state's police against its own people. Domestic acts and acts
    // of no subtype keep a lone target (the state's own government may be it).
    if (e.drop || !e.target.length || FORCE.has(e.plover)) continue;
    if (e.target.length === 1 && (e.type === null || DOMESTIC.has(e.plover))) continue;
    // Most acts name no state on both sides: look before making a filtered copy.
    if (!targetsOwnState(e.target, e.source)) continue;
    const target = withoutOwnState(e.target, e.source);
    // Domestic acts and acts of no subtype may address the state's own government; named
    // beside others ("violated the agreements between Israel and the Palestinians"), it is not the target.
    if (e.type === null || DOMESTIC.has(e.plover)) {
      if (target.length) e.target = target;
      continue;
    }
    e.target = target;
    if (!target.length && e.type !== null) e.drop = true;
  }
}

export function refineEvents(doc: Doc): Event[] {
  const lex = getEventLexicon();
  const events = inTextOrder(doc.events.map((e) => draftOf(lex, e)));
  foldGoverned(doc, lex, events);
  resolveAnaphora(doc, lex, events);
  fillTargets(doc, events);
  for (const e of events) if (e.rule?.alone === false) e.drop = true;
  foldPurposes(doc, events);
  domesticTargets(events);
  dropSelfTargets(events);
  const out: Draft[] = [];
  for (const e of events) {
    if (e.drop || !e.source.length) continue;
    if (e.source.length > 1 && e.target.length) for (const s of e.source) keepFirst({ ...e, source: [s] }, out);
    else keepFirst(e, out);
  }
  // Final ids; an act that governs another points at the governed act's new id.
  let ids: Map<string, string> | null = null;
  if (out.some((e) => e.content)) {
    ids = new Map<string, string>();
    for (let i = 0; i < out.length; i++) if (!ids.has(out[i]!.id)) ids.set(out[i]!.id, `e${i}`);
  }
  return out.map((e, i) => finished(e, `e${i}`, e.content ? ids?.get(e.content) ?? null : null));
}
