// Organisation names the dictionary does not know: capitalised words up to a head word such as
// "Association", "Forum" or "Unions", optionally followed by "of/for/on [the] Capitalised words"
// ("Association of African Jurists", "Mexican Trade Unions for Palestine").
import { mayBeName } from './build-dictionary.js';
import type { ActorDictionary } from './build-dictionary.js';
import type { ScanContext } from './pick-form-hit.js';
import { CAPITAL, PUNCT, sameNorm } from './tokenize.js';
import { makeWordSet } from './word-set.js';
import type { Token } from './tokenize.js';

// Words that open a complement after the head word ("Association of African Jurists").
const LINKS = makeWordSet(['of', 'for', 'on']);

function capital(ctx: ScanContext, i: number): boolean {
  return ctx.tokens[i]?.shape === CAPITAL;
}

/** End token (exclusive) and head index of an organisation name starting at `i`, or null. */
export function orgNameEnd(dict: ActorDictionary, ctx: ScanContext, i: number): { end: number; head: number } | null {
  if (!capital(ctx, i) || sameNorm(ctx.tokens[i] as Token, 'the')) return null;
  let head = -1;
  let j = i;
  let words = 0;
  while (j < ctx.tokens.length && words < 6) {
    const t = ctx.tokens[j];
    if (!t) break;
    if (t.shape === CAPITAL) {
      words++;
      if (mayBeName(dict, t.hash) && dict.orgHeadWords.hasToken(t)) {
        head = j;
        break;
      }
      j++;
    } else if (t.shape === PUNCT && t.norm === '-' && capital(ctx, j + 1)) j++;
    else break;
  }
  if (head < 0) return null;
  let end = head + 1;
  const link = ctx.tokens[end];
  if (link && LINKS.hasToken(link)) {
    let k = end + 1;
    const article = ctx.tokens[k];
    if (article && sameNorm(article, 'the')) k++;
    let tail = 0;
    while (capital(ctx, k) && tail < 4) {
      k++;
      tail++;
    }
    if (tail > 0) end = k;
  }
  let named = 0;
  for (let k = i; k < end && named < 2; k++) if (ctx.tokens[k]?.shape !== PUNCT) named++;
  return named >= 2 ? { end, head } : null;
}
