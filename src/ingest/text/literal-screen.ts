/**
 * Which of a set of literal strings a stretch of text holds, in one pass over its character
 * codes. Each literal is compared only where its rarest pair of adjacent ASCII characters occurs,
 * so ordinary prose costs a table read per character, and the caller learns which literals are
 * there, not merely whether one is: the regex engine, given the same alternation, tries nearly
 * every branch at every letter and answers only the latter.
 */
export interface ScreenLiteral {
  readonly text: string;
  /** Counts only where it starts a word: no letter, digit or `_` right before it. */
  readonly wordStart: boolean;
}

export interface LiteralScreen {
  /**
   * Sets `found[i]` to 1 for every literal `i` (its index in the list the screen was made from)
   * lying wholly inside `text[from, to)`; true when there was one.
   */
  mark(text: string, from: number, to: number, found: Uint8Array): boolean;
}

interface Candidate {
  readonly id: number;
  readonly literal: string;
  readonly wordStart: boolean;
  /** Where the key pair starts inside the literal. */
  readonly offset: number;
}

// Letters from most to least frequent in English prose; a character not listed counts as rare.
const BY_FREQUENCY = ' etaoinshrdlcumwfgypbvkjxqz';
const ASCII = 128;
const NONE = 0xff;

export function makeLiteralScreen(literals: readonly ScreenLiteral[]): LiteralScreen {
  // Per ASCII code: the literal that is that one character, or NONE.
  const singles = new Uint8Array(ASCII).fill(NONE);
  // Per ASCII pair: 1 + the index of its bucket of candidates, or 0.
  const pairs = new Uint8Array(ASCII * ASCII);
  // Per first character of a pair: a bit per second character (modulo 32) that may follow it. A
  // document's first pass finds the pair table out of the cache; this small one stays in, and
  // the pair table is read only where a bit is set.
  const pairBits = new Uint32Array(ASCII);
  const buckets: Candidate[][] = [];
  const others: Candidate[] = [];
  if (literals.length >= NONE) throw new Error('literal screen: too many literals');
  literals.forEach(({ text: literal, wordStart }, id) => {
    // A single character that must start a word is compared like a longer literal.
    if (literal.length === 1 && !wordStart && literal.charCodeAt(0) < ASCII && singles[literal.charCodeAt(0)] === NONE) {
      singles[literal.charCodeAt(0)] = id;
      return;
    }
    const offset = rarestPair(literal);
    if (offset < 0) {
      others.push({ id, literal, wordStart, offset: 0 });
      return;
    }
    const key = (literal.charCodeAt(offset) << 7) | literal.charCodeAt(offset + 1);
    pairBits[literal.charCodeAt(offset)]! |= 1 << (literal.charCodeAt(offset + 1) & 31);
    if (pairs[key] === 0) {
      if (buckets.length >= NONE) throw new Error('literal screen: too many pairs');
      pairs[key] = buckets.push([]);
    }
    buckets[pairs[key]! - 1]!.push({ id, literal, wordStart, offset });
  });

  return {
    mark(text: string, from: number, to: number, found: Uint8Array): boolean {
      let any = false;
      // Searched within the stretch only: a search from `from` to the end of a whole document,
      // once per line, would cost the square of its length.
      if (others.length > 0) {
        const stretch = text.slice(from, to);
        for (const { id, literal, wordStart } of others) {
          for (let at = stretch.indexOf(literal); at >= 0; at = stretch.indexOf(literal, at + 1)) {
            if (wordStart && at > 0 && isWordCode(stretch.charCodeAt(at - 1))) continue;
            any = setFound(found, id);
            break;
          }
        }
      }
      // No pair starts with NUL, so it stands for "no ASCII character before".
      let previous = 0;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= ASCII) {
          previous = 0;
          continue;
        }
        const single = singles[c]!;
        if (single !== NONE) any = setFound(found, single);
        if ((pairBits[previous]! >>> (c & 31)) & 1) {
          const bucket = pairs[(previous << 7) | c]!;
          if (bucket !== 0 && markAt(buckets[bucket - 1]!, text, i - 1, from, to, found)) any = true;
        }
        previous = c;
      }
      return any;
    },
  };
}

function setFound(found: Uint8Array, id: number): true {
  found[id] = 1;
  return true;
}

function markAt(candidates: readonly Candidate[], text: string, pairAt: number, from: number, to: number, found: Uint8Array): boolean {
  let any = false;
  for (const { id, literal, wordStart, offset } of candidates) {
    const at = pairAt - offset;
    if (at < from || at + literal.length > to || !text.startsWith(literal, at)) continue;
    if (wordStart && at > from && isWordCode(text.charCodeAt(at - 1))) continue;
    any = setFound(found, id);
  }
  return any;
}

/**
 * `\w` for one code unit of a lower-cased text. Under case-insensitive matching the long s and
 * the Kelvin sign count as word characters too; lower-casing turns the Kelvin sign into "k",
 * and lines holding a long s never reach the screen.
 */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0x41 && c <= 0x5a);
}

/** Offset of the literal's rarest pair of adjacent ASCII characters (not NUL), or -1 when it has none. */
function rarestPair(literal: string): number {
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i + 1 < literal.length; i++) {
    const a = literal.charCodeAt(i);
    const b = literal.charCodeAt(i + 1);
    if (a === 0 || b === 0 || a >= ASCII || b >= ASCII) continue;
    const score = rarity(literal[i]!) + rarity(literal[i + 1]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

function rarity(c: string): number {
  const rank = BY_FREQUENCY.indexOf(c);
  return rank < 0 ? BY_FREQUENCY.length : rank;
}
