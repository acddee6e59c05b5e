// The first few characters a regular expression's match can begin with, read from its source,
// so the finder tries a rule only where the text could start one of its matches. Characters are
// folded to a small alphabet: letters lower-cased, every ASCII digit '0', and '#' for anything
// between words (blank, hyphen, full stop, apostrophe...), a run of those counting as one '#'.
// Both the heads and the text are folded alike, so a match's folded start is a prefix of the
// text's folded start there.

/**
 * How many folded characters a head holds by default ("the#ye" tells "the year" from "the
 * government"); rule-index.ts reads longer heads for the rules whose heads stay few.
 */
export const HEAD_LENGTH = 6;

const WILD = '*';
const WORD_CLASS = '[\\p{L}\\p{N}]';
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** A character of text in the index alphabet. */
export function foldChar(c: string): string {
  if (c >= '0' && c <= '9') return '0';
  return isWordChar(c) ? c.toLowerCase() : '#';
}

type Heads = Set<string>;
// A head is "closed" once it holds `length` characters or a wildcard: what follows cannot change it.
const closed = (h: string, length: number): boolean => h.length >= length || h.includes(WILD);

function concat(a: Heads, b: () => Heads, length: number, budget: Budget): Heads {
  const out: Heads = new Set();
  let right: Heads | null = null;
  for (const x of a) {
    if (closed(x, length)) {
      out.add(x);
      continue;
    }
    right ??= b();
    for (const y of right) out.add(cut(x + y, length));
    if (out.size > budget.heads) throw budget;
  }
  return out;
}

function cut(h: string, length: number): string {
  const s = h.includes('##') ? h.replace(/#+/g, '#') : h;
  return s.length > length ? s.slice(0, length) : s;
}

/**
 * How many heads a set may hold before the reading gives up: the budget object itself is thrown,
 * to unwind the recursive reading at once, and boundedHeads catches it.
 */
interface Budget {
  readonly heads: number;
}

/** A tiny reader for the regex subset the time rules use; anything unknown becomes a wildcard. */
class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly length: number,
    private readonly budget: Budget,
  ) {}

  alternation(): Heads {
    const out: Heads = new Set(this.sequence());
    while (this.src[this.i] === '|') {
      this.i++;
      for (const h of this.sequence()) out.add(h);
    }
    return out;
  }

  private sequence(): Heads {
    let heads: Heads = new Set(['']);
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      let item: Heads = min === 0 ? new Set(['']) : new Set();
      let reps: Heads = new Set(['']);
      // length + 1 repetitions fill any head; more add nothing.
      const enough = this.length + 1;
      for (let n = 1; n <= Math.min(max, enough); n++) {
        reps = concat(reps, () => atom, this.length, this.budget);
        if (n >= min || n === enough) for (const h of reps) item.add(h);
      }
      if (min > enough) item = reps;
      heads = concat(heads, () => item, this.length, this.budget);
    }
    return heads;
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity];
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Heads {
    const c = this.src[this.i++] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return new Set(this.escape());
    if (c === '.') return new Set([WILD]);
    if (c === '^' || c === '$') return new Set(['']);
    return new Set([foldChar(c)]);
  }

  private group(): Heads {
    const rest = this.src.slice(this.i);
    const look = /^\?(?:<=|<!|=|!)/.exec(rest);
    const prefix = look ? look[0] : (/^\?(?::|<[A-Za-z_]\w*>)/.exec(rest)?.[0] ?? '');
    this.i += prefix.length;
    const innerFrom = this.i;
    const inner = this.alternation();
    this.i++; // ')'
    // A pattern that ends on "no letter or digit next" is followed by a character folded to '#'
    // (or by the end of the text, where the text's key gets one too): a head can say so, which
    // tells "dec" from "decade". Beyond ASCII the text's key ends in '~', which tries every head
    // agreeing so far.
    if (look?.[0] === '?!' && this.src.slice(innerFrom, this.i - 1) === WORD_CLASS && this.i === this.src.length) return new Set(['#']);
    // Other lookarounds match no characters of their own.
    return look ? new Set(['']) : inner;
  }

  private escape(): string[] {
    const c = this.src[this.i++] ?? '';
    if (c === 'd') return ['0'];
    if (c === 's' || c === 'W') return ['#'];
    if (c === 'b' || c === 'B') return [''];
    if (c === 'p' || c === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return [WILD];
    }
    if (/[wDSunxc0-9]/.test(c)) return [WILD];
    return [foldChar(c)];
  }

  private charClass(): Heads {
    const out: Heads = new Set();
    if (this.src[this.i] === '^') {
      this.i = this.closeClass();
      return new Set([WILD]);
    }
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const c = this.src[this.i++] ?? '';
      if (c === '\\') for (const e of this.escape()) out.add(e);
      else if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        const to = this.src[this.i + 1] ?? c;
        this.i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) out.add(foldChar(String.fromCharCode(code)));
      } else out.add(foldChar(c));
    }
    this.i++;
    // A wide class ([A-Z]) would multiply the heads for little gain: let it match anything.
    return out.size > 8 ? new Set([WILD]) : out;
  }

  private closeClass(): number {
    let j = this.i;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
}

/**
 * The heads (folded first characters, at most `length`) of every match of `source`, or null
 * when a match could begin anywhere (empty, a wildcard, or a character that is not a word's).
 */
export function regexHeads(source: string, length = HEAD_LENGTH): ReadonlySet<string> | null {
  return headsOf(new Reader(source, length, { heads: Infinity }));
}

/** regexHeads, or 'too many' when some step of the reading would hold more than `maxHeads` heads. */
export function boundedHeads(source: string, length: number, maxHeads: number): ReadonlySet<string> | null | 'too many' {
  const budget = { heads: maxHeads };
  try {
    return headsOf(new Reader(source, length, budget));
  } catch (e) {
    if (e === budget) return 'too many';
    throw e;
  }
}

function headsOf(reader: Reader): ReadonlySet<string> | null {
  const heads = reader.alternation();
  for (const h of heads) if (h === '' || h.startsWith('#') || h.startsWith(WILD)) return null;
  return heads;
}
