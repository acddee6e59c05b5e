/** Surface facts about one line of a text scrape, used by the line rules. */
export interface LineShape {
  readonly text: string;
  readonly words: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…` (closing quotes and brackets allowed after). */
  readonly sentenceEnd: boolean;
  /** Ends with `,`, `;` or `:`: a line cut mid-sentence or a lead-in. */
  readonly openEnd: boolean;
  /** Share of words that start with a capital letter (small function words ignored). */
  readonly capitalised: number;
  /** Letters are all upper case (at least two words). */
  readonly allCaps: boolean;
}

const SMALL: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs',
  'de', 'del', 'la', 'el', 'los', 'las', 'y', 'en', 'con', 'por', 'para', 'un', 'una', 'a', 'al',
]);

/**
 * Every line of a scrape gets a shape, so the common facts (words, ending) come from one pass over
 * character codes; the share of capitals and the all-caps test, needed for a few candidate lines
 * only, are computed on first read.
 */
export function lineShape(text: string): LineShape {
  return new Shape(text);
}

class Shape implements LineShape {
  readonly sentenceEnd: boolean;
  readonly openEnd: boolean;
  #words = -1;
  #capitalised: number | null = null;
  #allCaps: boolean | null = null;

  constructor(readonly text: string) {
    let k = text.length;
    while (k > 0 && CLOSERS.has(text.charCodeAt(k - 1))) k--;
    const last = k > 0 ? text.charCodeAt(k - 1) : -1;
    // The closers and the marks are disjoint, so the mark just before the trailing closers decides.
    this.sentenceEnd = last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026;
    this.openEnd = last === 0x2c || last === 0x3b || last === 0x3a;
  }

  // Long body lines never need it: the heading test looks at their length first.
  get words(): number {
    if (this.#words < 0) this.#words = countWords(this.text);
    return this.#words;
  }

  get capitalised(): number {
    if (this.#capitalised === null) {
      const content = wordList(this.text).filter((w) => !SMALL.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
      const caps = content.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length;
      this.#capitalised = content.length ? caps / content.length : 0;
    }
    return this.#capitalised;
  }

  get allCaps(): boolean {
    this.#allCaps ??= isAllCaps(this.text) && this.words >= 2;
    return this.#allCaps;
  }
}

/**
 * At least six letters, none of them lower case, some upper case. An ASCII lower-case letter
 * settles it at once, so a body line costs a few characters; other scripts take the slow path.
 */
function isAllCaps(text: string): boolean {
  let letters = 0;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return isAllCapsUnicode(text);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) {
      letters++;
      upper = true;
    }
  }
  return letters >= 6 && upper;
}

function isAllCapsUnicode(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** `/\s/` for one UTF-16 code unit, without a regex for ASCII. */
export function isSpace(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : NON_ASCII_SPACE.test(String.fromCharCode(c));
}

const NON_ASCII_SPACE = /\s/;

// " ' ” ’ » ) ]
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d]);

function wordList(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** `wordList(text).length` without building the list: whitespace-separated pieces holding a letter or digit. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a))) {
        words++;
        counted = true;
      }
      continue;
    }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const ch = wide ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!;
    if (wide) i++;
    if (/\s/.test(ch)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && /[\p{L}\p{N}]/u.test(ch)) {
      words++;
      counted = true;
    }
  }
  return words;
}

/** Short, no sentence ending (or a capitalised question like “Why Would We Help?”). */
export function isHeadingShape(s: LineShape): boolean {
  if (s.text.length > 110 || s.openEnd || s.words === 0 || s.words > 14) return false;
  if (!/^[^\p{L}\p{N}]{0,4}[\p{Lu}\p{N}]/u.test(s.text)) return false;
  // "Injured: 74" is a figure in a list; "WASHINGTON (AP) --" is a wire dateline.
  if (/:\s*[\d.,]+%?$/.test(s.text) || /(?:--|_|—)$/.test(s.text)) return false;
  if (!s.sentenceEnd) return true;
  return /[?!]["'”’»)\]]*$/u.test(s.text) && s.capitalised >= 0.6;
}
