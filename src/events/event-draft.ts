// Events as the refiner works on them (mutable drafts, each with its rule looked up once), and
// how they leave it: in text order, one per act, in the one object shape of an Event.
import type { EventLexicon } from './event-lexicon.js';
import type { EventPattern } from './event-data-schema.js';
import { cameoOf, ploverOf } from './type-info.js';
import type { DiplomaticType, Event, EventActor } from '../core/index.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** `rule` is the pattern that made the event, looked up once: appending "+cue" to the pattern id never changes it. */
export type Draft = Mutable<Event> & { drop: boolean; readonly rule: EventPattern | undefined };

function ruleOf(lex: EventLexicon, e: Event): EventPattern | undefined {
  const plus = e.pattern.indexOf('+');
  return lex.patterns.get(plus < 0 ? e.pattern : e.pattern.slice(0, plus));
}

/** A mutable copy to refine, in one object shape for every event. */
export function draftOf(lex: EventLexicon, e: Event): Draft {
  return {
    kind: 'event', id: e.id, type: e.type, plover: e.plover, cameo: e.cameo, source: e.source, target: e.target, date: e.date,
    polarity: e.polarity, modality: e.modality, evidence: e.evidence, trigger: e.trigger, sentence: e.sentence,
    pattern: e.pattern, confidence: e.confidence, content: e.content, level: e.level, drop: false, rule: ruleOf(lex, e),
  };
}

/** The event as the stage returns it: one object shape for every event. */
export function finished(e: Draft, id: string, content: string | null): Event {
  return {
    kind: 'event', id, type: e.type, plover: e.plover, cameo: e.cameo, source: e.source, target: e.target, date: e.date,
    polarity: e.polarity, modality: e.modality, evidence: e.evidence, trigger: e.trigger, sentence: e.sentence,
    pattern: e.pattern, confidence: e.confidence, content, level: e.level,
  };
}

/** The actors' codes, sorted, joined with commas (most lists have one or two: no array for those). */
function codeList(a: readonly EventActor[]): string {
  if (a.length === 0) return '';
  if (a.length === 1) return a[0]!.code;
  if (a.length === 2) return a[0]!.code <= a[1]!.code ? `${a[0]!.code},${a[1]!.code}` : `${a[1]!.code},${a[0]!.code}`;
  return a.map((x) => x.code).sort().join(',');
}

/**
 * Whether `a` and `b` report the same act: same sentence, type, polarity, modality and actors
 * (what the key `sentence|type|sources|targets|polarity|modality` would compare). The cheap
 * fields are compared first; the code lists are only built for events that agree on all of them.
 */
function sameAct(a: Draft, b: Draft): boolean {
  if (a.sentence !== b.sentence || (a.type ?? a.plover) !== (b.type ?? b.plover) || a.polarity !== b.polarity || a.modality !== b.modality) return false;
  return `${codeList(a.source)}|${codeList(a.target)}` === `${codeList(b.source)}|${codeList(b.target)}`;
}

/**
 * The drafts sorted by trigger start, stably. Extraction leaves them nearly in order (a
 * sentence's reported speech comes after its triggers), so an insertion sort has little to move
 * and, unlike Array.prototype.sort, allocates nothing.
 */
export function inTextOrder(events: Draft[]): Draft[] {
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    let k = i;
    for (; k > 0 && events[k - 1]!.trigger.start > e.trigger.start; k--) events[k] = events[k - 1]!;
    events[k] = e;
  }
  return events;
}

/** Adds `e` to `out` unless the same act is there already (a document yields a few dozen: no index needed). */
export function keepFirst(e: Draft, out: Draft[]): void {
  for (const x of out) if (sameAct(x, e)) return;
  out.push(e);
}

/** Gives the draft another subtype, with the PLOVER type and CAMEO code that go with it. */
export function retype(lex: EventLexicon, e: Draft, type: DiplomaticType): void {
  e.type = type;
  e.plover = ploverOf(lex, type, e.plover);
  e.cameo = cameoOf(lex, type, e.plover);
}

/** Whether one of `actors` (one to three of them: no set needed) is coded `code`. */
export function hasCode(actors: readonly EventActor[], code: string): boolean {
  for (const a of actors) if (a.code === code) return true;
  return false;
}
