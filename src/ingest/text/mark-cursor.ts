/**
 * Finds the next sentence mark (. ! ? …) at or after a position. One native search per kind of
 * mark, whose answer is kept while the caller moves forward: the engine's search for one
 * character is far faster than a test per character in script, and each part of the text is
 * searched once. Made per document (it holds positions in one text); a caller that reads only
 * `text[start, end)` passes that part with its start, so that no search runs past its end.
 */
export class MarkCursor {
  readonly #text: string;
  readonly #base: number;
  // Per kind of mark: its first position at or after the position it was searched from (the
  // text's length when there is none), valid for any position between the two.
  readonly #period = new Found('.');
  readonly #bang = new Found('!');
  readonly #question = new Found('?');
  readonly #ellipsis = new Found('\u2026');

  constructor(text: string, base = 0) {
    this.#text = text;
    this.#base = base;
  }

  /** The first position at or after `i` holding a mark, or the end of the text. */
  next(i: number): number {
    const t = this.#text;
    const at = i - this.#base;
    return this.#base + Math.min(this.#period.next(t, at), this.#bang.next(t, at), this.#question.next(t, at), this.#ellipsis.next(t, at));
  }
}

class Found {
  from = Infinity;
  at = -1;

  constructor(readonly mark: string) {}

  next(text: string, i: number): number {
    if (i < this.from || i > this.at) {
      const at = text.indexOf(this.mark, i);
      this.at = at < 0 ? text.length : at;
      this.from = i;
    }
    return this.at;
  }
}
