// Finds the words that announce an event, checks each pattern's object cue, and keeps the most
// specific pattern where several claim the same words ("requested his extradition" is one
// request_extradition, not a request plus an extradition).
import type { TriggerEntry } from './compile-triggers.js';
import { normsOf } from './tokenize.js';
import { FlagBuffer } from './flag-buffer.js';
import { CLAUSE_BREAK, OBJECT_WORD, TRIGGER } from './word-kinds.js';
import type { EventLexicon } from './event-lexicon.js';
import type { Slot } from './actor-slots.js';
import type { Token } from './tokenize.js';

export interface TriggerHit {
  readonly entry: TriggerEntry;
  /** Token range of the trigger words. */
  readonly from: number;
  readonly to: number;
  /** Token index of the object cue that licensed the pattern, if any. */
  readonly cue: number | null;
  readonly score: number;
}

function matchesAt(entry: TriggerEntry, norms: readonly string[], i: number): boolean {
  for (let k = 1; k < entry.tokens.length; k++) if (norms[i + k] !== entry.tokens[k]) return false;
  return true;
}

/** A slot named in the text (not a pronoun) starts at token `k`. */
function namedAt(slots: readonly Slot[], k: number): boolean {
  for (const s of slots) if (s.from === k && s.via !== 'pronoun') return true;
  return false;
}

/** The first object cue from `start` in direction `step`, within the pattern's window and clause. */
function lookForCue(entry: TriggerEntry, tokens: readonly Token[], norms: readonly string[], slots: readonly Slot[], start: number, step: 1 | -1): number | undefined {
  const object = entry.pattern.object!;
  for (let d = 0, k = start; d < object.window && k >= 0 && k < norms.length; d++, k += step) {
    if ((tokens[k]!.kinds & CLAUSE_BREAK) !== 0 && norms[k] !== '“' && norms[k] !== '”') return undefined;
    if ((tokens[k]!.kinds & OBJECT_WORD) !== 0 && entry.objectWords.has(norms[k]!)) return k;
    if (object.mention && namedAt(slots, k)) return k;
  }
  return undefined;
}

function findCue(entry: TriggerEntry, tokens: readonly Token[], norms: readonly string[], slots: readonly Slot[], from: number, to: number): number | null | undefined {
  const object = entry.pattern.object;
  if (!object) return null;
  if (object.side !== 'before') {
    const k = lookForCue(entry, tokens, norms, slots, to, 1);
    if (k !== undefined) return k;
  }
  if (object.side !== 'after') return lookForCue(entry, tokens, norms, slots, from - 1, -1);
  return undefined;
}

const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/** Whether the object at token `to` (past one determiner) is one of `words`: "hands over (the) power". */
function blockedByObject(words: readonly string[], norms: readonly string[], to: number): boolean {
  const k = DETERMINER.has(norms[to] ?? '') ? to + 1 : to;
  return words.includes(norms[k] ?? '');
}

/** "Recognition" inside a sentence (a name's word), not "RECOGNITION" or "recognition". */
function isCapitalised(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  // Lower-case ASCII, the usual case, is never upper case: no regex needed.
  if (first >= 97 && first <= 122) return false;
  return /\p{Lu}/u.test(text[token.start]!) && /\p{Ll}/u.test(text.slice(token.start, token.end));
}

// The lists of one sentence are short: a stable insertion sort (the order Array.prototype.sort
// gives) allocates nothing, where the built-in sort allocates a work array on every call.

/** Best score first, then text order. */
function sortByScore(hits: TriggerHit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i]!;
    let k = i;
    for (; k > 0; k--) {
      const before = hits[k - 1]!;
      if (before.score > hit.score || (before.score === hit.score && before.from <= hit.from)) break;
      hits[k] = before;
    }
    hits[k] = hit;
  }
}

/** Text order. */
function sortByStart(hits: TriggerHit[]): TriggerHit[] {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i]!;
    let k = i;
    for (; k > 0 && hits[k - 1]!.from > hit.from; k--) hits[k] = hits[k - 1]!;
    hits[k] = hit;
  }
  return hits;
}

/** Tokens inside an actor's name, and tokens a kept trigger has claimed. */
const namedFlags = new FlagBuffer();
const claimedFlags = new FlagBuffer();

export function findTriggers(tokens: readonly Token[], slots: readonly Slot[], text: string, lex: EventLexicon): TriggerHit[] {
  const norms = normsOf(tokens);
  const candidates: TriggerHit[] = [];
  // Words inside an actor's name ("the Recognition Party") trigger nothing.
  const named = namedFlags.zeroed(tokens.length);
  for (const s of slots) if (s.via === 'mention') for (let k = s.from; k < s.to && k < tokens.length; k++) named[k] = 1;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i]!.kinds & TRIGGER) === 0 || named[i]) continue;
    const entries = lex.triggers.get(norms[i]!);
    if (!entries) continue;
    const capitalised = i > 0 && isCapitalised(text, tokens[i]!);
    for (const entry of entries) {
      if (capitalised && entry.pos !== 'word') continue;
      if (i > 0 && entry.pattern.notAfter.length > 0 && entry.pattern.notAfter.includes(norms[i - 1]!)) continue;
      if (!matchesAt(entry, norms, i)) continue;
      const to = i + entry.tokens.length;
      if (entry.pattern.notBefore.length > 0 && blockedByObject(entry.pattern.notBefore, norms, to)) continue;
      const cue = findCue(entry, tokens, norms, slots, i, to);
      if (cue === undefined) continue;
      const score = entry.tokens.length * 2 + (cue !== null ? 3 : 0) + entry.pattern.priority * 3;
      candidates.push({ entry, from: i, to, cue, score });
    }
  }
  sortByScore(candidates);
  const claimed = claimedFlags.zeroed(tokens.length);
  const kept: TriggerHit[] = [];
  for (const hit of candidates) {
    let free = true;
    for (let k = hit.from; k < hit.to; k++) if (claimed[k]) free = false;
    if (!free) continue;
    for (let k = hit.from; k < hit.to; k++) claimed[k] = 1;
    if (hit.cue !== null && (tokens[hit.cue]!.kinds & TRIGGER) !== 0) claimed[hit.cue] = 1;
    kept.push(hit);
  }
  return sortByStart(kept);
}
