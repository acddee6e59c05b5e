// Source and target of a trigger within its clause: the subject (nearest actor to the left not
// inside a prepositional phrase) and the object (first actor to the right); "by X" in the passive;
// the possessor, "of X" and "by X" for nominalisations; coordinated actors come along.
import { afterPreposition } from './actor-slots.js';
import { LIGHT_VERB, PREPOSITION, RELATIVE_PRONOUN, SPEECH } from './word-kinds.js';
import { clauseEnd, clauseStart } from './clause-bounds.js';
import { coordinated } from './coordinated.js';
import { endingAt, hasCode, nameAfter, relativeHead, startingWithin } from './slot-lookups.js';
import type { EventLexicon } from './event-lexicon.js';
import type { Slot } from './actor-slots.js';
import type { TriggerHit } from './find-triggers.js';
import type { Token } from './tokenize.js';

export interface Arguments {
  readonly source: Slot[];
  readonly target: Slot[];
  readonly passive: boolean;
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'am']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s", 'of', 'for', 'through', 'on', 'in', 'with', 'against', 'after', 'by', 'from', 'under', 'despite', 'amid', 'during']);
const ADJECTIVE = /(?:ive|al|ic|ful|ous|ent|ant|ary|day|long|led)$/;
/** `s` names the state (or one of its organs) that one of `source` stands for. */
export function sameStateSlot(s: Slot, source: readonly Slot[]): boolean {
  const organ = s.actor.sector === 'GOV' || s.actor.sector === 'DIP' || s.actor.sector === 'MIL' || s.actor.sector === 'LEG';
  return hasCode(source, s.actor.code) && (s.actorType === 'state' || s.actorType === 'place' || s.via === 'pronoun' || organ);
}

/** The state's own place or organ, which only internal affairs (`internal`) may target. */
function sameStateFor(internal: boolean, s: Slot, source: readonly Slot[]): boolean {
  return internal ? s.via === 'pronoun' && hasCode(source, s.actor.code) : sameStateSlot(s, source);
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

function subject(slots: readonly Slot[], tokens: readonly Token[], hit: TriggerHit, left: number): Slot | null {
  const quoted = quoteDepths(tokens);
  const parens = parenDepths(tokens);
  // Inside parentheses closed before the verb: more ")" than "(" between the name and the verb.
  let before: Slot[] = [];
  for (const s of slots) if (s.from >= left && s.to <= hit.from && parens[hit.from]! - parens[s.to]! >= 0 && quoted[s.from] === quoted[hit.from]) before.push(s);
  // A relative clause takes the noun it hangs on ("Israel which ... does not have").
  // A comma followed by a new name before the verb closes the relative clause ("Chile, which
  // recognised Kosovo long ago, Spain has refused ...": Spain is the subject).
  let closed = false;
  for (let k = hit.from - 1; k >= left; k--) {
    if (tokens[k]!.norm === ',' && nameAfter(before, tokens, k)) closed = true;
    if ((tokens[k]!.kinds & RELATIVE_PRONOUN) === 0) continue;
    const head = closed ? undefined : relativeHead(before, tokens, k);
    if (head) return head;
    break;
  }
  // "Pakistan, a key U.S. ally in the war, has refused": skip names inside an appositive.
  const apposition = appositiveSpan(tokens, left, hit.from);
  const outside = apposition ? before.filter((s) => s.from < apposition[0] || s.from >= apposition[1]) : before;
  if (outside.length) before = outside;
  for (let i = before.length - 1; i >= 0; i--) {
    const s = before[i]!;
    if (!afterPreposition(tokens, s.from)) return s;
    if (i === before.length - 1 && opensClause(s, tokens, hit.from)) return s;
  }
  // Every candidate hangs on a preposition ("Tens of thousands of students throughout Indonesia"):
  // the leftmost heads the phrase.
  return before[0] ?? null;
}

/** Words that are prepositions before a noun but open a clause before a subject and its verb. */
const SUBORDINATORS = new Set(['after', 'before', 'since']);
const VERB_GROUP = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'also', 'then', 'later', 'formally', 'officially', 'finally', 'promptly', 'quickly']);

/**
 * "after Israel declared him persona non grata", "after protesters stormed the embassy": a name
 * right before the verb, after a subordinating "after"/"before"/"since", is the subject of that
 * clause, not a prepositional object. Asked only of a last candidate that follows a preposition.
 */
function opensClause(s: Slot, tokens: readonly Token[], verb: number): boolean {
  let j = s.from - 1;
  if (tokens[j]?.norm === 'the') j--;
  if (!SUBORDINATORS.has(tokens[j]?.norm ?? '')) return false;
  let k = s.to;
  while (k < verb && VERB_GROUP.has(tokens[k]!.norm)) k++;
  return k === verb;
}

let quoteFor: readonly Token[] | null = null;
let quoteTable = new Uint8Array(1);
let zeroQuotes = new Uint8Array(64);
let zeroParens = new Int32Array(64);

function hasNorm(tokens: readonly Token[], norm: string): boolean {
  for (const t of tokens) if (t.norm === norm) return true;
  return false;
}

/** Token range of ", a/an/the ... ," right before the verb group ending at `until`, if any. */
function appositiveSpan(tokens: readonly Token[], left: number, until: number): [number, number] | null {
  let close = -1;
  for (let k = until - 1; k >= left && k >= until - 4; k--) if (tokens[k]!.norm === ',') { close = k; break; }
  if (close < 0) return null;
  for (let k = close - 1; k > left; k--) {
    if (tokens[k]!.norm !== ',') continue;
    return /^(?:a|an|the|its|his|her)$/.test(tokens[k + 1]?.norm ?? '') ? [k, close] : null;
  }
  return null;
}

/** 1 inside “…” quotation marks, 0 outside, per token (computed once per sentence). */
function quoteDepths(tokens: readonly Token[]): Uint8Array {
  if (tokens === quoteFor) return quoteTable;
  quoteFor = tokens;
  // Most sentences quote nothing: one shared table of zeros, never written, serves them all.
  if (!hasNorm(tokens, '“')) {
    if (zeroQuotes.length <= tokens.length) zeroQuotes = new Uint8Array(2 * tokens.length + 2);
    quoteTable = zeroQuotes;
    return zeroQuotes;
  }
  const depth = new Uint8Array(tokens.length + 1);
  let inside = 0;
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (norm === '“') inside = 1;
    depth[k] = inside;
    if (norm === '”') inside = 0;
  }
  depth[tokens.length] = inside;
  quoteFor = tokens;
  quoteTable = depth;
  return depth;
}

// One sentence is read at a time: a one-entry memo per table is enough.
let parenFor: readonly Token[] | null = null;
let parenTable = new Int32Array(1);

/** Running count of "(" minus ")" before each token (computed once per sentence). */
function parenDepths(tokens: readonly Token[]): Int32Array {
  if (tokens === parenFor) return parenTable;
  parenFor = tokens;
  if (!hasNorm(tokens, '(') && !hasNorm(tokens, ')')) {
    if (zeroParens.length <= tokens.length) zeroParens = new Int32Array(2 * tokens.length + 2);
    parenTable = zeroParens;
    return zeroParens;
  }
  const depth = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    depth[k + 1] = depth[k]! + (norm === '(' ? 1 : norm === ')' ? -1 : 0);
  }
  parenFor = tokens;
  parenTable = depth;
  return depth;
}

function byAgent(slots: readonly Slot[], tokens: readonly Token[], from: number, right: number, span: number): Slot[] {
  for (let k = from; k < Math.min(right, from + span); k++) {
    if (tokens[k]!.norm !== 'by') continue;
    const agent = startingWithin(slots, k + 1, k + 3);
    if (agent) return coordinated(agent, slots, tokens, 1);
  }
  return [];
}

/**
 * What keeps a slot from being the target: the source's own state or organs (see
 * `sameStateFor`), an actor type the pattern skips, and for nominals the source itself. A plain
 * record rather than a callback, whose closure would cost a context on every call.
 */
interface TargetFilter {
  readonly internal: boolean;
  readonly source: readonly Slot[];
  readonly skipTypes: readonly string[];
  readonly notSource: boolean;
}

function skipped(s: Slot, f: TargetFilter): boolean {
  return sameStateFor(f.internal, s, f.source) || f.skipTypes.includes(s.actorType) || (f.notSource && f.source.includes(s));
}

function withoutSkipped(slots: readonly Slot[], f: TargetFilter): Slot[] {
  const out: Slot[] = [];
  for (const s of slots) if (!skipped(s, f)) out.push(s);
  return out;
}

function objectOf(slots: readonly Slot[], tokens: readonly Token[], from: number, right: number, filter: TargetFilter, lex: EventLexicon, span = 14, agents = false): Slot[] {
  for (const s of slots) {
    if (s.from < from || s.from >= right || s.from >= from + span) continue;
    if (skipped(s, filter)) continue;
    // "demanded an admission by Moscow": the agent of the demanded act is the one asked.
    if (agents && (tokens[s.from - 1]?.norm === 'by' || tokens[s.from - 2]?.norm === 'by')) return coordinated(s, slots, tokens, 1, lex);
    // A possessive pronoun determines the object ("their disapproval for X"); it is not the object.
    if (s.via === 'pronoun' && POSSESSIVE_PRONOUNS.has(tokens[s.from]!.norm)) continue;
    // "..., a UN official said": the source of the report, not the target of the act.
    if (((tokens[s.to]?.kinds ?? 0) & SPEECH) !== 0 || ((tokens[s.to + 1]?.kinds ?? 0) & SPEECH) !== 0) continue;
    if (tokens[s.from - 1]?.norm === 'by' || (tokens[s.from - 1]?.norm === 'the' && tokens[s.from - 2]?.norm === 'by')) continue;
    return withoutSkipped(coordinated(s, slots, tokens, 1, lex), filter);
  }
  return [];
}

const DETERMINERS = /^(?:a|an|the|its|their|his|her|our|new|further|fresh|formal|official|first|second|mass|major|joint|full|\d.*|[a-z]+-[a-z]+)$/;

/** The noun phrase ending at `from` hangs on a preposition other than "of". */
function governedByPreposition(tokens: readonly Token[], slots: readonly Slot[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && k >= from - 6) {
    const norm = tokens[k]!.norm;
    const slot = endingAt(slots, k + 1);
    if (slot) { k = slot.from - 1; continue; }
    if (norm === "'s" || norm === "'" || DETERMINERS.test(norm) || ADJECTIVE.test(norm) || /^(?:last|next|this|that|recent|latest|past|previous|peace|war|treason|ethnic|military|such)$/.test(norm)) { k--; continue; }
    break;
  }
  const head = tokens[k]?.norm ?? '';
  // "put under investigation", "engaged in ethnic cleansing": a verb and its preposition.
  return head !== 'of' && ((tokens[k]?.kinds ?? 0) & PREPOSITION) !== 0 && ((tokens[k - 1]?.kinds ?? 0) & LIGHT_VERB) === 0;
}

const COPULA = new Set(['was', 'were', 'is', 'are', 'remain', 'remains', 'remained']);
const PREDICATE_END = new Set([';', ':', '.', '?', '!']);

/**
 * The actors a nominal trigger is equated with: "the holdouts (among them) were Panama, a few
 * islands — and Mexico". Every named actor after the copula that no preposition governs, up to
 * the end of the sentence (a dash sets off the last of a list, not a new clause).
 */
function predicateActors(slots: readonly Slot[], tokens: readonly Token[], hit: TriggerHit): Slot[] {
  if (hit.entry.pos !== 'noun') return [];
  let copula = -1;
  for (let k = hit.to; k < tokens.length && k < hit.to + 6; k++) {
    if (COPULA.has(tokens[k]!.norm)) { copula = k; break; }
    if (PREDICATE_END.has(tokens[k]!.norm)) return [];
  }
  if (copula < 0) return [];
  let end = tokens.length;
  for (let k = copula + 1; k < tokens.length; k++) if (PREDICATE_END.has(tokens[k]!.norm)) { end = k; break; }
  const out: Slot[] = [];
  for (const s of slots) if (s.from > copula && s.to <= end && s.via !== 'pronoun' && !afterPreposition(tokens, s.from) && !hasCode(out, s.actor.code)) out.push(s);
  return out;
}

/** A nominal trigger that is the object of a light verb ("staged a protest", "opened a landmark hearing"). */
function afterLightVerb(tokens: readonly Token[], from: number): boolean {
  let modifiers = 0;
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    const norm = tokens[k]!.norm;
    const kinds = tokens[k]!.kinds;
    if ((kinds & LIGHT_VERB) !== 0) return true;
    if (norm === 'of' || DETERMINERS.test(norm)) continue;
    // "engaged in ethnic cleansing"
    if ((kinds & PREPOSITION) !== 0 && ((tokens[k - 1]?.kinds ?? 0) & LIGHT_VERB) !== 0) return true;
    // One modifier word of unknown kind may sit between ("a landmark hearing").
    if ((kinds & PREPOSITION) !== 0 || !/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(norm) || ++modifiers > 1) return false;
  }
  return false;
}

/** Whether a same-state place or organ may be the target (internal affairs). */
export function allowsSameState(pattern: TriggerHit['entry']['pattern'], lex: EventLexicon): boolean {
  return lex.internalPatterns.has(pattern.id);
}

const NO_TYPES: readonly string[] = [];

export function pickArguments(tokens: readonly Token[], slots: readonly Slot[], hit: TriggerHit, lex: EventLexicon): Arguments {
  const left = clauseStart(tokens, hit.from);
  const right = clauseEnd(tokens, hit.to);
  const pattern = hit.entry.pattern;
  const skipTypes: readonly string[] = pattern.targetSkip;
  // In internal affairs (curfews, arrests, protests, demands) the state's own places and organs are
  // fair targets; between states, "an embassy in Mexico City" names the host, not the target.
  const internal = allowsSameState(pattern, lex);
  // "the upgrading of ...": a gerund after a determiner is a noun.
  // A verb form used as a noun: after a determiner or preposition ("the vote", "through torture"),
  // or a form the pattern also lists as a noun after a name or adjective ("State Department pressure").
  const prev = tokens[hit.from - 1]?.norm ?? '';
  const nominal =
    hit.entry.pos === 'noun' ||
    NOUN_BEFORE.has(prev) ||
    (tokens[hit.from]!.norm.endsWith('ing') && NOUN_BEFORE.has(tokens[hit.from - 2]?.norm ?? '') && prev !== 'to') ||
    (hit.entry.alsoNoun && !tokens[hit.from]!.norm.endsWith('s') && (slots.some((s) => s.to === hit.from) || ADJECTIVE.test(prev)));
  const passive =
    !nominal &&
    hit.entry.participle &&
    (BE.has(tokens[hit.from - 1]?.norm ?? '') || BE.has(tokens[hit.from - 2]?.norm ?? '') || (pattern.object?.words.includes('by') ?? false));
  let source: Slot[] = [];
  let target: Slot[] = [];
  // "is opposed to", "is committed to": an adjective, not a passive, when no agent follows.
  const adjectival = passive && tokens[hit.to]?.norm === 'to' && !byAgent(slots, tokens, hit.to, right, 10).length;
  if (passive && !adjectival) {
    source = byAgent(slots, tokens, hit.to, right, 10);
    const subj = subject(slots, tokens, hit, left);
    if (subj) target = coordinated(subj, slots, tokens, -1, lex);
    if (pattern.inherit) target = [];
  } else if (pattern.inherit) {
    // "followed suit", "did the same": intransitive; the target comes from the antecedent.
    // "the only holdouts were X and Y": the actors are the predicate after the copula.
    source = predicateActors(slots, tokens, hit);
    const subj = source.length ? null : subject(slots, tokens, hit, left);
    if (subj) source = coordinated(subj, slots, tokens, -1, lex);
  } else if (nominal) {
    const possessor = slots.find((s) =>
      s.to <= hit.from && s.to >= hit.from - 3 && !tokens.slice(s.to, hit.from).some((t) => t.norm === 'of' || t.norm === ',') &&
      (tokens[s.to]?.norm === "'s" || tokens[s.to]?.norm === "'" || POSSESSIVE_PRONOUNS.has(tokens[s.from]!.norm) || s.to === hit.from));
    if (possessor) source = [possessor];
    if (!source.length) source = byAgent(slots, tokens, hit.to, right, 3);
    let objectFrom = hit.to;
    if (!source.length && tokens[hit.to]?.norm === '(') {
      const close = tokens.findIndex((t, k) => k > hit.to && t.norm === ')');
      objectFrom = close < 0 ? tokens.length : close + 1;
      const inside = slots.filter((s) => s.from > hit.to && (close < 0 || s.to <= close) && s.via !== 'pronoun');
      source = inside.filter((s, k) => inside.findIndex((x) => x.actor.code === s.actor.code) === k);
    }
    target = objectOf(slots, tokens, objectFrom, right, { internal, source, skipTypes, notSource: true }, lex, 8);
    // A nominal inside a prepositional phrase ("since last month's U.S. invasion", "during a
    // summit", "on treason charges") is background unless its agent is named with "by".
    if (governedByPreposition(tokens, slots, hit.from) && !byAgent(slots, tokens, hit.to, right, 3).length) return { source: [], target: [], passive: false };
    if (!source.length && afterLightVerb(tokens, hit.from)) {
      const subj = subject(slots, tokens, hit, left);
      if (subj && !target.includes(subj)) source = coordinated(subj, slots, tokens, -1, lex);
    }
  } else {
    const subj = subject(slots, tokens, hit, left);
    if (subj) source = coordinated(subj, slots, tokens, -1, lex);
    target = objectOf(slots, tokens, hit.to, right, { internal, source, skipTypes, notSource: false }, lex, pattern.targetWindow, pattern.control === 'demand');
  }
  return { source, target: withoutSkipped(target, { internal, source, skipTypes: NO_TYPES, notSource: true }), passive: passive && !adjectival };
}
