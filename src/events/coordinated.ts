// Coordinated actors: "Argentina, Bolivia, and Ecuador" act together.
import { afterPreposition } from './actor-slots.js';
import { slotAt } from './slot-lookups.js';
import { RELATIVE_PRONOUNS } from './word-kinds.js';
import type { EventLexicon } from './event-lexicon.js';
import type { Slot } from './actor-slots.js';
import type { Token } from './tokenize.js';

const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
const COORD = new Set([',', 'and', 'or', 'nor', 'as', 'well', 'y', 'e', 'o', '&']);
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

/** Each slot starts where the one before it ends ("Libyan leader Muammar Gaddafi"). */
function adjacent(slots: readonly Slot[]): boolean {
  for (let k = 1; k < slots.length; k++) if (slots[k]!.from !== slots[k - 1]!.to) return false;
  return true;
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
  const apposition = adjacent(out);
  if (!conjunction && out.length > 1 && !apposition) {
    for (let k = 1; k < out.length; k++) {
      const between = tokens.slice(out[k - 1]!.to, out[k]!.from).map((t) => t.norm);
      if (between.some((n) => CONJUNCTIONS.has(n))) conjunction = true;
    }
    if (!conjunction) return [slot];
  }
  return out;
}
