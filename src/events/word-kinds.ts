// Which lexicon lists each word belongs to, as bits, compiled once at load. The tokenizer stores
// them on every token: one lookup per token then answers "is it a preposition / a clause break /
// the first word of a negation cue" everywhere, where each question used to be its own set
// lookup, repeated for every trigger that scanned the same words. The table is keyed by a hash
// of the word's lower case, which the tokenizer takes from the text as it cuts a token, so a
// lookup touches neither a cut string nor a string hash.
import { lowerHash } from './tokenize.js';
import type { PhraseSet } from './compile-triggers.js';

/** First word of some trigger. */
export const TRIGGER = 1 << 0;
export const GROUP = 1 << 1;
export const PREPOSITION = 1 << 2;
export const CLAUSE_BREAK = 1 << 3;
export const SPEECH = 1 << 4;
export const LIGHT_VERB = 1 << 5;
export const PERSON_PRONOUN = 1 << 6;
export const SPEAKER_PRONOUN = 1 << 7;
/** First words of the multiword cue lists (a phrase can only match where its first word stands). */
export const STATE_PRONOUN_START = 1 << 8;
export const NEGATION_START = 1 << 9;
export const ONGOING_START = 1 << 10;
export const INTENTION_START = 1 << 11;
export const HYPOTHETICAL_START = 1 << 12;
export const DEMAND_START = 1 << 13;
export const CRITICISM_START = 1 << 14;
/** Not a lexicon list but a class the argument picker tests on every word before a trigger. */
export const RELATIVE_PRONOUN = 1 << 15;
export const RELATIVE_PRONOUNS = ['which', 'who', 'that', 'whose'] as const;
/** One of the words some pattern's object cue looks for. */
export const OBJECT_WORD = 1 << 16;

/** A lexicon word with its bits; `next` chains the words whose lower-case hashes collide. */
export interface WordEntry {
  readonly norm: string;
  readonly kinds: number;
  readonly next: WordEntry | undefined;
}

/** Filter bits: 2^16 of them, a few percent set, so most words outside the lexicon cost one load. */
const FILTER_BITS = 16;

/** The lexicon's words and their bits, with a table the tokenizer reads by hash (compiled once at load). */
export class WordKinds {
  /** Norm -> bits, for tokens the hashed table cannot answer (those with non-ASCII letters). */
  readonly kinds: ReadonlyMap<string, number>;
  readonly byLowerHash: ReadonlyMap<number, WordEntry>;
  private readonly filter: Uint8Array;

  constructor(kinds: ReadonlyMap<string, number>) {
    this.kinds = kinds;
    const byLowerHash = new Map<number, WordEntry>();
    this.filter = new Uint8Array(1 << (FILTER_BITS - 3));
    for (const [norm, bits] of kinds) {
      const h = lowerHash(norm);
      byLowerHash.set(h, { norm, kinds: bits, next: byLowerHash.get(h) });
      const slot = filterSlot(h);
      this.filter[slot >>> 3]! |= 1 << (slot & 7);
    }
    this.byLowerHash = byLowerHash;
  }

  /** False when no lexicon word has the lower-case hash `h`. */
  mayHold(h: number): boolean {
    const slot = filterSlot(h);
    return (this.filter[slot >>> 3]! & (1 << (slot & 7))) !== 0;
  }
}

function filterSlot(h: number): number {
  return (h ^ (h >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);
}

/** Builds the word -> bits table from the lists, each with the bit its members get. */
export function compileWordKinds(sets: readonly (readonly [Iterable<string>, number])[], phrases: readonly (readonly [PhraseSet, number])[]): WordKinds {
  const kinds = new Map<string, number>();
  const mark = (word: string, bit: number) => kinds.set(word, (kinds.get(word) ?? 0) | bit);
  for (const [words, bit] of sets) for (const w of words) mark(w, bit);
  for (const [set, bit] of phrases) for (const first of set.byFirst.keys()) mark(first, bit);
  return new WordKinds(kinds);
}
