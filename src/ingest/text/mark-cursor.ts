// The characters that may end a sentence: . ! ? …
const MARKS = ['.', '!', '?', '\u2026'];

/**
 * Finds the next sentence mark at or after a position. One native search per kind of mark, whose
 * answer is kept while the caller moves forward: the engine's search for one character is far
 * faster than a test per character in script, and each part of the text is searched once.
 * Made per document (it holds positions in one text).
 */
export class MarkCursor {
  readonly #text: string;
  // Per kind of mark: its first position at or after `#from` (the text's length when none).
  readonly #next: number[] = MARKS.map(() => -1);
  readonly #from: number[] = MARKS.map(() => Infinity);

  constructor(text: string) {
    this.#text = text;
  }

  /** The first position at or after `i` holding a mark, or the text's length. */
  next(i: number): number {
    let best = this.#text.length;
    for (let k = 0; k < MARKS.length; k++) {
      if (i < this.#from[k]! || i > this.#next[k]!) {
        const at = this.#text.indexOf(MARKS[k]!, i);
        this.#next[k] = at < 0 ? this.#text.length : at;
        this.#from[k] = i;
      }
      if (this.#next[k]! < best) best = this.#next[k]!;
    }
    return best;
  }
}
