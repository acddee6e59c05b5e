/**
 * Finds the next sentence mark (. ! ? …) at or after a position. One native search per kind of
 * mark, whose answer is kept while the caller moves forward: the engine's search for one
 * character is far faster than a test per character in script, and each part of the text is
 * searched once. Made per document (it holds positions in one text).
 */
export class MarkCursor {
  readonly #text: string;
  // Per kind of mark: its first position at or after the position it was searched from (the
  // text's length when there is none), valid for any position between the two.
  readonly #period = new Found();
  readonly #bang = new Found();
  readonly #question = new Found();
  readonly #ellipsis = new Found();

  constructor(text: string) {
    this.#text = text;
  }

  /** The first position at or after `i` holding a mark, or the text's length. */
  next(i: number): number {
    const t = this.#text;
    return Math.min(this.#period.next(t, '.', i), this.#bang.next(t, '!', i), this.#question.next(t, '?', i), this.#ellipsis.next(t, '\u2026', i));
  }
}

class Found {
  from = Infinity;
  at = -1;

  next(text: string, mark: string, i: number): number {
    if (i < this.from || i > this.at) {
      const at = text.indexOf(mark, i);
      this.at = at < 0 ? text.length : at;
      this.from = i;
    }
    return this.at;
  }
}
