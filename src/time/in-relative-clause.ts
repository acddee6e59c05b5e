// "Guatemala, whose president announced a move in December, will open ... on Wednesday": an
// expression inside a relative clause dates that clause, not the main one around it.

const opener = /^\s*(?:which|who|whose|whom|where)\b/i;

/** The comma-bounded relative clause of `sentence` holding offset `at`, if any. */
export function relativeClauseAt(sentence: string, at: number): { start: number; end: number } | null {
  let start = 0;
  for (const piece of sentence.split(/(?<=,)/)) {
    const end = start + piece.length;
    if (start <= at && at < end) return opener.test(piece) ? { start, end } : null;
    start = end;
  }
  return null;
}

/** Is `at` inside a relative clause of `sentence` that does not hold `trigger`? */
export function inOtherRelativeClause(sentence: string, at: number, trigger: number): boolean {
  const clause = relativeClauseAt(sentence, at);
  return clause !== null && !(clause.start <= trigger && trigger < clause.end);
}
