// The actors of one sentence as token ranges: dictionary mentions, group nouns ("unions",
// "academics on a hunger strike") and pronouns resolved to an earlier subject.
import { makeEventActor, toEventActor } from './to-event-actor.js';
import { normsOf } from './tokenize.js';
import { matchPhraseAt } from './compile-triggers.js';
import { FlagBuffer } from './flag-buffer.js';
import { GROUP, PERSON_PRONOUN, PREPOSITION, SPEAKER_PRONOUN, STATE_PRONOUN_START } from './word-kinds.js';
import type { EventLexicon } from './event-lexicon.js';
import type { Token } from './tokenize.js';
import type { ActorType, EventActor, Mention } from '../core/index.js';

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'throughout', 'across', 'of', 'at', 'inside', 'with', 'to']);
const AFFILIATION = new Set(['affiliated', 'linked', 'loyal', 'allied', 'belonging', 'close', 'tied']);

export interface Slot {
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly actor: EventActor;
  readonly actorType: ActorType;
  readonly via: 'mention' | 'group' | 'pronoun';
}

/** What earlier sentences leave for pronouns to refer to. */
export interface Discourse {
  /** Subjects (first actor not inside a prepositional phrase) of earlier sentences, newest last. */
  readonly subjects: Slot[];
  readonly people: Slot[];
}

/** Whether the first code unit is a-z (a regex test here cost more than the whole check). */
function startsLowerAscii(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** True when the slot is governed by a preposition ("in Mexico", "with the PLO"). */
export function afterPreposition(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const norm = tokens[k]!.norm;
    if ((tokens[k]!.kinds & PREPOSITION) !== 0) return true;
    if (norm === 'the' || norm === 'a' || norm === 'an' || !startsLowerAscii(norm)) {
      if (norm === 'the' || norm === 'a' || norm === 'an') continue;
      return false;
    }
    // Adjectives and titles between the preposition and the name: look one word further only.
    if (k === from - 1) continue;
    return false;
  }
  return false;
}

function subjectOf(slots: readonly Slot[], tokens: readonly Token[], before: number, person: boolean): Slot | null {
  for (const s of slots) {
    if (s.from >= before) break;
    if ((s.actorType === 'person') !== person && !(person === false && s.via === 'pronoun')) continue;
    if (!afterPreposition(tokens, s.from)) return s;
  }
  return null;
}

/** Every slot is built here, with one property order, so that code reading slots stays monomorphic. */
function makeSlot(from: number, to: number, actor: EventActor, actorType: ActorType, via: Slot['via']): Slot {
  return { from, to, actor, actorType, via };
}

/** A copy of an actor with another state, in the shape every made actor has. */
function withState(a: EventActor, state: string): EventActor {
  return makeEventActor(a, a.text, a.code, { sector: a.sector, name: a.name, state });
}

/** A slot for people named by a plural demonym, coded as the people of another state. */
function residents(s: Slot, from: number, state: string | null, text: string): Slot {
  const span = { start: s.actor.start, end: s.actor.end };
  const surface = text.slice(span.start, span.end);
  const actor = makeEventActor(span, surface, `ORG:${surface.replace(/\s+/g, '_')}`, { state, name: surface, sector: 'CVL' });
  return makeSlot(from, s.to, actor, 'group', s.via);
}

/** The plural demonym mention ("Serbs") a state slot was made from, if it was. */
function demonymOf(s: Slot, mentions: readonly Mention[]): Mention | undefined {
  if (s.via !== 'mention' || s.actorType !== 'state') return undefined;
  const m = mentions.find((x) => x.start === s.actor.start);
  return m && m.via === 'demonym' && /s$/.test(m.text) ? m : undefined;
}

/**
 * People named by a plural demonym are coded by where they live, as PLOVER does: "ethnic
 * Albanians in south Serbia" and "ethnic Turks ... Sweden's decision" are Serbia's and Sweden's
 * people, "Bosnian Serbs" are Bosnia's. A group of people the sentence names by what they are
 * ("Shona rebels") belongs to the one state the sentence names, when it names only one.
 */
function peopleOfPlaces(input: Slot[], mentions: readonly Mention[], tokens: readonly Token[], text: string): Slot[] {
  let slots = input;
  let merged = false;
  // Most sentences name no people by a plural demonym: nothing to rewrite.
  if (hasPluralDemonym(input, mentions)) slots = slots.map((s) => {
    const m = demonymOf(s, mentions);
    if (!m) return s;
    // "Bosnian Serbs": the first demonym names the country they live in.
    const home = slots.find((x) => x.to === s.from && x.via === 'mention' && x.actorType === 'state' && x.actor.state !== null && x.actor.state !== s.actor.state);
    if (home && mentions.find((x) => x.start === home.actor.start)?.via === 'demonym') {
      merged = true;
      return residents(makeSlot(s.from, s.to, { ...s.actor, start: home.actor.start }, s.actorType, s.via), home.from, home.actor.state, text);
    }
    const k = s.to + (tokens[s.to]?.norm === 'in' || tokens[s.to]?.norm === 'of' ? 1 : -99);
    // The place must be a name of its own, not part of a compound ("the Israeli-occupied West Bank").
    const place = slots.find((x) => x !== s && x.from >= k && x.from <= k + 2 && x.actor.state !== null && x.actor.state !== s.actor.state && x.actor.end === tokens[x.to - 1]!.end);
    if (place) return residents(s, s.from, place.actor.state, text);
    if (tokens[s.from - 1]?.norm !== 'ethnic') return s;
    // "ethnic Albanians" with no place right after: the first other state the sentence names.
    const other = slots.find((x) => x !== s && x.actor.state !== null && x.actor.state !== s.actor.state && x.actorType !== 'person');
    return other ? residents(s, s.from, other.actor.state, text) : s;
  });
  if (merged) slots = slots.filter((s, k) => !slots.some((x, j) => j !== k && x.from <= s.from && x.to >= s.to && x.to - x.from > s.to - s.from));
  const only = onlyState(slots);
  if (only === null || !slots.some(isStatelessGroup)) return slots;
  return slots.map((s) => (isStatelessGroup(s) ? makeSlot(s.from, s.to, withState(s.actor, only), s.actorType, s.via) : s));
}

/** A group the text names without saying whose it is ("students", "the union"). */
function isStatelessGroup(s: Slot): boolean {
  return s.actor.state === null && s.actor.code.startsWith('ORG:') && (s.via === 'group' || (s.via === 'mention' && s.actorType === 'group'));
}

function hasPluralDemonym(slots: readonly Slot[], mentions: readonly Mention[]): boolean {
  for (const s of slots) if (demonymOf(s, mentions) !== undefined) return true;
  return false;
}

/** The one state the slots name (pronouns aside), or null when they name none or several. */
function onlyState(slots: readonly Slot[]): string | null {
  let only: string | null = null;
  for (const s of slots) {
    const state = s.actor.state;
    if (state === null || s.via === 'pronoun' || state === only) continue;
    if (only !== null) return null;
    only = state;
  }
  return only;
}

const PRONOUN = STATE_PRONOUN_START | PERSON_PRONOUN | SPEAKER_PRONOUN;

/**
 * The number of tokens ending at or before `offset`, which is the index of the token holding
 * `offset` (or of the next one when it falls in a space), counted from a nearby guess `k`.
 */
function tokensEndingBy(tokens: readonly Token[], k: number, offset: number): number {
  while (k > 0 && tokens[k - 1]!.end > offset) k--;
  while (k < tokens.length && tokens[k]!.end <= offset) k++;
  return k;
}



/** The last slot starting before `i` that is (or, with `person` false, is not) a person. */
function lastBefore(slots: readonly Slot[], i: number, person: boolean): Slot | null {
  for (let k = slots.length - 1; k >= 0; k--) {
    const s = slots[k]!;
    if (s.from < i && (s.actorType === 'person') === person) return s;
  }
  return null;
}

/**
 * Sorts the slots by start, stably. They come mostly in order (group nouns are appended after
 * the names): an insertion sort moves the few that are not and, unlike Array.prototype.sort,
 * allocates nothing.
 */
function sortByStart(slots: Slot[]): void {
  for (let i = 1; i < slots.length; i++) {
    const slot = slots[i]!;
    let k = i;
    for (; k > 0 && slots[k - 1]!.from > slot.from; k--) slots[k] = slots[k - 1]!;
    slots[k] = slot;
  }
}

/** Adds `slot` where a stable sort by start would put it: after every slot starting at or before it. */
function insertByStart(slots: Slot[], slot: Slot): void {
  let k = slots.length;
  while (k > 0 && slots[k - 1]!.from > slot.from) k--;
  slots.splice(k, 0, slot);
}

/** The slots with the group noun at token `i` added, or joined to the name it belongs to. */
function withGroupNoun(input: Slot[], i: number, tokens: readonly Token[], text: string, lex: EventLexicon): Slot[] {
  let slots = input;
  // "Hezbollah guerrillas", "Fijian rebels": the group noun belongs to the name before it.
  const named = slots.find((s) => s.to === i && (s.actorType === 'org' || s.actorType === 'group'));
  if (named) return slots.map((s) => (s === named ? makeSlot(s.from, i + 1, s.actor, s.actorType, s.via) : s));
  let from = i;
  let state: string | null = null;
  const demonym = slots.find((s) => s.to >= i - 2 && s.to <= i && s.actorType === 'state');
  if (demonym && tokens.slice(demonym.to, i).every((t) => /^[a-z]/.test(t.norm))) {
    from = demonym.from;
    state = demonym.actor.state;
    slots = slots.filter((s) => s !== demonym);
  }
  // Otherwise the place named right after ("demonstrators in Baghdad", "students throughout Indonesia").
  if (state === null) {
    const place = slots.find((s) => {
      if (s.from <= i || s.from > i + 6 || s.actorType === 'person' || s.actor.state === null) return false;
      const between = tokens.slice(i + 1, s.from).map((t) => t.norm);
      // Only the group's own place, right after it ("refugees in Liberia", "refugees fleeing the
      // war in Liberia", "activists from the defeated Fatah Party"), not a later verb's object.
      if (!PLACE_PREPOSITIONS.has(between[0] ?? '') && !/ing$/.test(between[0] ?? '') && !AFFILIATION.has(between[0] ?? '')) return false;
      if (between.some((n) => lex.lightVerbs.has(n) || lex.speech.has(n))) return false;
      if (slots.some((x) => x.from > i && x.from < s.from && x.via === 'mention')) return false;
      return between.some((n) => PLACE_PREPOSITIONS.has(n));
    });
    state = place?.actor.state ?? null;
  }
  const span = { start: tokens[from]!.start, end: tokens[i]!.end };
  const surface = text.slice(span.start, span.end);
  // CVL marks a group of people the text names only by what they are ("students", "unions").
  slots.push(makeSlot(from, i + 1, makeEventActor(span, surface, `ORG:${surface.replace(/\s+/g, '_')}`, { state, name: surface, sector: 'CVL' }), 'org', 'group'));
  return slots;
}

/** Tokens already inside a slot. */
const coveredFlags = new FlagBuffer();

export function buildSlots(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  text: string,
  discourse: Discourse,
  lex: EventLexicon,
): Slot[] {
  let slots: Slot[] = [];
  const covered = coveredFlags.zeroed(tokens.length);
  // Mentions come sorted by start: the first token index walks forward instead of a binary search.
  let first = 0;
  for (const m of mentions) {
    first = tokensEndingBy(tokens, first, m.start);
    const from = first;
    let to = tokensEndingBy(tokens, from, m.end - 1) + 1;
    if (from >= tokens.length) continue;
    to = Math.max(to, from + 1);
    for (let k = from; k < to; k++) covered[k] = 1;
    slots.push(makeSlot(from, to, toEventActor(m), m.actorType, 'mention'));
  }
  // Group nouns, joined with a preceding demonym ("Mexican unions", "Palestinian solidarity movement").
  // The work is done in a function of its own: closures over this loop's `i` would make V8
  // allocate a fresh context for every token.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || (tokens[i]!.kinds & GROUP) === 0) continue;
    slots = withGroupNoun(slots, i, tokens, text, lex);
    covered[i] = 1;
  }
  slots = peopleOfPlaces(slots, mentions, tokens, text);
  sortByStart(slots);
  // Pronouns, resolved left to right so that a resolved "it" can itself be a later antecedent.
  const norms = normsOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const bits = tokens[i]!.kinds;
    if (covered[i] || (bits & PRONOUN) === 0) continue;
    const n = (bits & STATE_PRONOUN_START) !== 0 ? matchPhraseAt(lex.statePronouns, norms, i) : 0;
    const norm = norms[i]!;
    let kind: 'state' | 'person' | 'speaker' | null = null;
    let len = 1;
    if (n > 0) { kind = 'state'; len = n; }
    else if ((bits & PERSON_PRONOUN) !== 0) kind = 'person';
    else if ((bits & SPEAKER_PRONOUN) !== 0) kind = 'speaker';
    if (!kind) continue;
    // Expletive "it" ("it is hard", "it may be that") refers to nothing.
    if (norm === 'it' && /^(?:is|was|'s|may|might|seems|seemed|appears|would|will|remains|has been)$/.test(norms[i + 1] ?? '')) continue;
    if (norm === 'it' && norms[i - 1] && (tokens[i - 1]!.kinds & PREPOSITION) === 0 && /^[a-z]/.test(norms[i - 1]!) && i > 0 && !/^(?:and|but|then|when|that|because|so|as|while|which)$/.test(norms[i - 1]!)) {
      // "it" after a verb is an object ("requested it again"); it is the act, not an actor.
      continue;
    }
    // `slots` is kept sorted by start, and every pronoun slot so far stands before `i`: all are candidates.
    let antecedent: Slot | null = null;
    if (kind === 'person') {
      antecedent = lastBefore(slots, i, true) ?? discourse.people.at(-1) ?? null;
    } else {
      // A possessive points to the nearest thing before it ("Israeli war crimes: its assault"),
      // a subject pronoun to the subject ("In 1975, it established ...").
      if (norm === 'its' || norm === 'their') antecedent = lastBefore(slots, i, false);
      if (!antecedent) antecedent = subjectOf(slots, tokens, i, false);
      if (!antecedent && kind === 'speaker') antecedent = subjectOf(slots, tokens, i, true);
      if (!antecedent) antecedent = discourse.subjects.at(-1) ?? null;
    }
    if (!antecedent) continue;
    const span = { start: tokens[i]!.start, end: tokens[i + len - 1]!.end };
    const a = antecedent.actor;
    insertByStart(slots, makeSlot(i, i + len, makeEventActor(span, text.slice(span.start, span.end), a.code, { sector: a.sector, name: a.name, state: a.state }), antecedent.actorType, 'pronoun'));
    for (let k = i; k < i + len; k++) covered[k] = 1;
    i += len - 1;
  }
  return slots;
}

/** Records this sentence's subject and people for later pronouns. */
export function updateDiscourse(discourse: Discourse, slots: readonly Slot[], tokens: readonly Token[]): void {
  const subject = slots.find((s) => s.actorType !== 'person' && !afterPreposition(tokens, s.from))
    ?? slots.find((s) => !afterPreposition(tokens, s.from));
  if (subject) discourse.subjects.push(subject);
  for (const s of slots) if (s.actorType === 'person') discourse.people.push(s);
  if (discourse.subjects.length > 8) discourse.subjects.splice(0, discourse.subjects.length - 8);
  if (discourse.people.length > 8) discourse.people.splice(0, discourse.people.length - 8);
}
