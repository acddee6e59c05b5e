// The clause around a trigger: tokens between the clause breaks (";", ":", dashes) on either side.
import { CLAUSE_BREAK } from './word-kinds.js';
import type { Token } from './tokenize.js';

/** First token of the clause holding token `from`: the one after the nearest clause break before it. */
export function clauseStart(tokens: readonly Token[], from: number): number {
  for (let k = from - 1; k >= 0; k--) if ((tokens[k]!.kinds & CLAUSE_BREAK) !== 0) return k + 1;
  return 0;
}

/** The clause break at or after token `to`, or the end of the sentence. */
export function clauseEnd(tokens: readonly Token[], to: number): number {
  for (let k = to; k < tokens.length; k++) if ((tokens[k]!.kinds & CLAUSE_BREAK) !== 0) return k;
  return tokens.length;
}
