// Source and target of a trigger within its clause: the subject (nearest actor to the left not
// inside a prepositional phrase) and the object (first actor to the right); "by X" in the passive;
// the possessor, "of X" and "by X" for nominalisations; coordinated actors come along.
import { afterPreposition } from './actor-slots.js';
import { CLAUSE_BREAK, LIGHT_VERB, PREPOSITION, RELATIVE_PRONOUN, RELATIVE_PRONOUNS, SPEECH } from './word-kinds.js';
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
const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s", 'of', 'for', 'through', 'on', 'in', 'with', 'against', 'after', 'by', 'from', 'under', 'despite', 'amid', 'during']);
const ADJECTIVE = /(?:ive|al|ic|ful|ous|ent|ant|ary|day|long|led)$/;
const COORD = new Set([',', 'and', 'or', 'nor', 'as', 'well', 'y', 'e', 'o', '&']);
/** Whether one of `slots` stands for the actor coded `code` (a list of one to three: no set needed). */
export function hasCode(slots: readonly Slot[], code: string): boolean {
  for (const s of slots) if (s.actor.code === code) return true;
  return false;
}

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

/** First token of the clause holding token `from`: the one after the nearest clause break before it. */
export function clauseStart(tokens: readonly Token[], from: number): number {
  for (let k = from - 1; k >= 0; k--) if ((tokens[k]!.kinds & CLAUSE_BREAK) !== 0) return k + 1;
  return 0;
}

/** The clause break at or after token `to`, or the end of the sentence. */
function clauseEnd(tokens: readonly Token[], to: number): number {
  for (let k = to; k < tokens.length; k++) if ((tokens[k]!.kinds & CLAUSE_BREAK) !== 0) return k;
  return tokens.length;
}

const LIST_OPENERS = new Set(['neither', 'both', 'either', 'the', 'and', 'or', 'nor', 'as', 'well']);
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'y', 'e', 'o', '&', 'well']);
const NEW_CLAUSE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'no', 'not', 'can', 'could', 'may', 'might', 'must', 'should', 'also', 'then', 'currently', 'still']);

/** Bits of what `joins` finds. */
const JOINED = 1;
const SAW_CONJUNCTION = 2;

/**
 * Whether `b` continues a list after `a` (bit JOINED), and whether a conjunction was seen between
 * them (bit SAW_CONJUNCTION, set even when a later word breaks the list, as the list check wants).
 */
function joins(a: Slot, b: Slot, tokens: readonly Token[]): number {
  if (b.from < a.to) return 0;
  // Apposition: "Libyan leader" + "Muammar Gaddafi" name one actor.
  if (b.from === a.to) return a.actor.code === b.actor.code ? JOINED : 0;
  let saw = 0;
  for (let k = a.to; k < b.from; k++) {
    const norm = tokens[k]!.norm;
    if (CONJUNCTIONS.has(norm)) saw = SAW_CONJUNCTION;
    else if (!COORD.has(norm) && norm !== 'the' && norm !== 'a' && norm !== 'an') return saw;
  }
  return saw | JOINED;
}

/**
 * Slots coordinated with `slot` ("Argentina, Bolivia, and Ecuador"), in text order. A list joined
 * by commas alone needs a conjunction somewhere ("Taiwan, China could ..." is not a list), and
 * a name followed by an auxiliary starts a new clause ("..., and Belize no longer has ...").
 */
export function coordinated(slot: Slot, slots: readonly Slot[], tokens: readonly Token[], dir: -1 | 1 | 0, lex?: EventLexicon, asSubject = false): Slot[] {
  const out = [slot];
  let conjunction = false;
  const index = slots.indexOf(slot);
  if (dir <= 0) {
    for (let i = index - 1; i >= 0; i--) {
      const joined = joins(slots[i]!, out[0]!, tokens);
      if (joined & SAW_CONJUNCTION) conjunction = true;
      if (!(joined & JOINED)) break;
      if (lex && afterPreposition(tokens, slots[i]!.from) && !afterPreposition(tokens, slot.from)) break;
      // An object of an earlier verb ("recognized Palestine, and Norway ...") is not in the list.
      const before = tokens[slots[i]!.from - 1]?.norm ?? '';
      const inSlot = slotAt(slots, slots[i]!.from - 1) !== undefined;
      if (!inSlot && /^\p{Ll}+$/u.test(before) && !LIST_OPENERS.has(before) && !(lex?.prepositions.has(before) ?? false)) break;
      out.unshift(slots[i]!);
    }
  }
  if (dir >= 0) {
    for (let i = index + 1; i < slots.length; i++) {
      const joined = joins(out[out.length - 1]!, slots[i]!, tokens);
      if (joined & SAW_CONJUNCTION) conjunction = true;
      if (!(joined & JOINED)) break;
      if (!asSubject && NEW_CLAUSE.has(tokens[slots[i]!.to]?.norm ?? '')) break;
      out.push(slots[i]!);
    }
    // A list followed by a verb was the subject of the next clause ("..., and Norway and Spain followed").
    const next = tokens[out[out.length - 1]!.to]?.norm ?? '';
    // A relative pronoun hangs on the list ("between the Emirates and Saudi Arabia, whose ties ...").
    if (out.length > 1 && /^\p{Ll}+$/u.test(next) && !CONJUNCTIONS.has(next) && !RELATIVE.has(next) && !(lex?.prepositions.has(next) ?? true)) return out.slice(0, out.indexOf(slot) + 1);
  }
  const apposition = out.every((x, k) => k === 0 || x.from === out[k - 1]!.to);
  if (!conjunction && out.length > 1 && !apposition) {
    for (let k = 1; k < out.length; k++) {
      const between = tokens.slice(out[k - 1]!.to, out[k]!.from).map((t) => t.norm);
      if (between.some((n) => CONJUNCTIONS.has(n))) conjunction = true;
    }
    if (!conjunction) return [slot];
  }
  return out;
}

// Small searches as functions of their own: a closure over a loop's index would make V8 allocate
// a fresh context on every turn of the loop.

/** The slot covering token `k`. */
function slotAt(slots: readonly Slot[], k: number): Slot | undefined {
  for (const s of slots) if (s.from <= k && s.to > k) return s;
  return undefined;
}

/** The first slot starting in tokens [lo, hi]. */
function startingWithin(slots: readonly Slot[], lo: number, hi: number): Slot | undefined {
  for (const s of slots) if (s.from >= lo && s.from <= hi) return s;
  return undefined;
}

/** The first slot ending right before token `end`. */
function endingAt(slots: readonly Slot[], end: number): Slot | undefined {
  for (const s of slots) if (s.to === end) return s;
  return undefined;
}

/** A name after token `k` that does not hang on a preposition. */
function nameAfter(slots: readonly Slot[], tokens: readonly Token[], k: number): boolean {
  for (const s of slots) if (s.from > k && !afterPreposition(tokens, s.from)) return true;
  return false;
}

/** The name a relative pronoun at token `k` hangs on ("Israel which", "Chile, which"). */
function relativeHead(slots: readonly Slot[], tokens: readonly Token[], k: number): Slot | undefined {
  for (const s of slots) if (s.to === k || (s.to === k - 1 && tokens[k - 1]!.norm === ',')) return s;
  return undefined;
}

function subject(slots: readonly Slot[], tokens: readonly Token[], hit: TriggerHit, left: number, lex: EventLexicon): Slot | null {
  const quoted = quoteDepths(tokens);
  const parens = parenDepths(tokens);
  // Inside parentheses closed before the verb: more ")" than "(" between the name and the verb.
  let before = slots.filter((s) => s.from >= left && s.to <= hit.from && parens[hit.from]! - parens[s.to]! >= 0 && quoted[s.from] === quoted[hit.from]);
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
  for (let i = before.length - 1; i >= 0; i--) if (!afterPreposition(tokens, before[i]!.from)) return before[i]!;
  // Every candidate hangs on a preposition ("Tens of thousands of students throughout Indonesia"):
  // the leftmost heads the phrase.
  return before[0] ?? null;
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

function objectOf(slots: readonly Slot[], tokens: readonly Token[], from: number, right: number, skip: (s: Slot) => boolean, lex: EventLexicon, span = 14, agents = false): Slot[] {
  for (const s of slots) {
    if (s.from < from || s.from >= right || s.from >= from + span) continue;
    if (skip(s)) continue;
    // "demanded an admission by Moscow": the agent of the demanded act is the one asked.
    if (agents && (tokens[s.from - 1]?.norm === 'by' || tokens[s.from - 2]?.norm === 'by')) return coordinated(s, slots, tokens, 1, lex);
    // A possessive pronoun determines the object ("their disapproval for X"); it is not the object.
    if (s.via === 'pronoun' && POSSESSIVE_PRONOUNS.has(tokens[s.from]!.norm)) continue;
    // "..., a UN official said": the source of the report, not the target of the act.
    if (((tokens[s.to]?.kinds ?? 0) & SPEECH) !== 0 || ((tokens[s.to + 1]?.kinds ?? 0) & SPEECH) !== 0) continue;
    if (tokens[s.from - 1]?.norm === 'by' || (tokens[s.from - 1]?.norm === 'the' && tokens[s.from - 2]?.norm === 'by')) continue;
    return coordinated(s, slots, tokens, 1, lex).filter((x) => !skip(x));
  }
  return [];
}

const DETERMINERS = /^(?:a|an|the|its|their|his|her|our|new|further|fresh|formal|official|first|second|mass|major|joint|full|\d.*|[a-z]+-[a-z]+)$/;

/** The noun phrase ending at `from` hangs on a preposition other than "of". */
function governedByPreposition(tokens: readonly Token[], slots: readonly Slot[], from: number, lex: EventLexicon): boolean {
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

/** A nominal trigger that is the object of a light verb ("staged a protest", "opened a landmark hearing"). */
function afterLightVerb(tokens: readonly Token[], from: number, lex: EventLexicon): boolean {
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
    const subj = subject(slots, tokens, hit, left, lex);
    if (subj) target = coordinated(subj, slots, tokens, -1, lex);
    if (pattern.inherit) target = [];
  } else if (pattern.inherit) {
    // "followed suit", "did the same": intransitive; the target comes from the antecedent.
    const subj = subject(slots, tokens, hit, left, lex);
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
    target = objectOf(slots, tokens, objectFrom, right, (s) => sameStateFor(internal, s, source) || skipTypes.includes(s.actorType) || source.includes(s), lex, 8);
    // A nominal inside a prepositional phrase ("since last month's U.S. invasion", "during a
    // summit", "on treason charges") is background unless its agent is named with "by".
    if (governedByPreposition(tokens, slots, hit.from, lex) && !byAgent(slots, tokens, hit.to, right, 3).length) return { source: [], target: [], passive: false };
    if (!source.length && afterLightVerb(tokens, hit.from, lex)) {
      const subj = subject(slots, tokens, hit, left, lex);
      if (subj && !target.includes(subj)) source = coordinated(subj, slots, tokens, -1, lex);
    }
  } else {
    const subj = subject(slots, tokens, hit, left, lex);
    if (subj) source = coordinated(subj, slots, tokens, -1, lex);
    target = objectOf(slots, tokens, hit.to, right, (s) => sameStateFor(internal, s, source) || skipTypes.includes(s.actorType), lex, pattern.targetWindow, pattern.control === 'demand');
  }
  target = target.filter((s) => !sameStateFor(internal, s, source) && !source.includes(s));
  return { source, target, passive: passive && !adjectival };
}
