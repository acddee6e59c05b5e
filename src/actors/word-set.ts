// A set of normalised words asked about tokens: looked up by the hash each token carries and
// checked against the token's text in place, so that asking about a word makes no string (a
// token's normal form is otherwise made, as a new string, the first time anything asks for it).
import { hashNorm, sameNorm } from './tokenize.js';
import type { Token } from './tokenize.js';

export interface WordSet {
  hasToken(token: Token): boolean;
}

export function makeWordSet(words: Iterable<string>): WordSet {
  const all = new Set(words);
  // null where two words share a hash: the token's normal form then decides.
  const byHash = new Map<number, string | null>();
  for (const word of all) {
    const h = hashNorm(word);
    byHash.set(h, byHash.has(h) ? null : word);
  }
  return {
    hasToken(token) {
      const word = byHash.get(token.hash);
      if (word === undefined) return false;
      return word === null ? all.has(token.norm) : sameNorm(token, word);
    },
  };
}
