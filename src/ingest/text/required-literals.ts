/**
 * Literal strings a regular expression cannot match without: for each top-level alternative, the
 * longest run of plain characters, or the literals of a group it cannot skip ("(?:via|/)"),
 * whichever has the longest shortest string; null when some alternative has none. A line that contains none of them cannot match, so the pattern need not run on it; most
 * body lines fail every rule this way with a few `includes` instead of a regex scan each.
 * Conservative by construction: anything not understood ends the current run.
 */
export function requiredLiterals(source: string): string[] | null {
  return requiredWordLiterals(source)?.map((l) => l.text) ?? null;
}

/** A required literal, and whether `\b` stands right before it (it starts a word). */
export interface RequiredLiteral {
  readonly text: string;
  readonly wordStart: boolean;
}

/**
 * `requiredLiterals` with word starts: "via" in `\b(?:via|\/)` must start a word, so "Peruvian"
 * does not hold it. Only a literal opening with a letter, digit or `_` can start a word.
 */
export function requiredWordLiterals(source: string, boundaryBefore = false): RequiredLiteral[] | null {
  const out: RequiredLiteral[] = [];
  let best: RequiredLiteral[] = [];
  let bestScore = 0;
  let run = '';
  let runWordStart = false;
  // A `\b` was the last thing read (or the alternative opens right after one).
  let afterBoundary = boundaryBefore;
  const offer = (set: RequiredLiteral[]): void => {
    const score = Math.min(...set.map((l) => rarity(l.text)));
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  };
  const endRun = (): void => {
    if (run) offer([{ text: run, wordStart: runWordStart }]);
    run = '';
  };
  const append = (c: string): void => {
    if (!run) runWordStart = afterBoundary && /^\w$/.test(c);
    run += c;
  };
  const endAlternative = (): boolean => {
    endRun();
    if (bestScore === 0) return false;
    out.push(...best);
    best = [];
    bestScore = 0;
    return true;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const boundary = afterBoundary;
    afterBoundary = false;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i++;
      if (/^[./()\-[\]{}|?*+^$\\,:'"’&]$/.test(e)) {
        afterBoundary = boundary;
        append(e);
        afterBoundary = false;
      } else {
        endRun();
        if (e === 'b') afterBoundary = true;
        // \p{..} and \u{..} carry a braced argument.
        if ((e === 'p' || e === 'P' || e === 'u') && source[i + 1] === '{') i = source.indexOf('}', i);
        if (i < 0) return null;
      }
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      // The quantified character is optional or repeated: it cannot count as a fixed literal.
      run = run.slice(0, -1);
      endRun();
      if (c === '{') i = source.indexOf('}', i);
      if (i < 0) return null;
    } else if (c === '[') {
      endRun();
      i = classEnd(source, i);
      if (i < 0) return null;
    } else if (c === '(') {
      endRun();
      const open = i;
      i = groupEnd(source, i);
      if (i < 0) return null;
      const next = source[i + 1];
      const optional = next === '?' || next === '*' || next === '{';
      // Look-arounds assert without consuming; a negative one may even forbid its literal.
      const inner = source.startsWith('(?:', open) ? source.slice(open + 3, i) : source[open + 1] === '?' ? null : source.slice(open + 1, i);
      const literals = inner === null || optional ? null : requiredWordLiterals(inner, boundary);
      if (literals) offer(literals);
    } else if (c === '|') {
      if (!endAlternative()) return null;
      afterBoundary = boundaryBefore;
    } else if (c === '.' || c === '^' || c === '$' || c === ')') {
      endRun();
    } else {
      afterBoundary = boundary;
      append(c);
      afterBoundary = false;
    }
  }
  if (!endAlternative()) return null;
  return out;
}

/** How seldom prose holds a string, roughly: punctuation is rarer than letters, spaces are everywhere. */
function rarity(literal: string): number {
  let score = 0;
  for (const c of literal) score += c === ' ' ? 0.5 : /[\p{L}\p{N}]/u.test(c) ? 1 : 3;
  return score;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i;
  }
  return -1;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** True when every top-level alternative of the pattern starts with `^`: it is tried at one position only. */
export function anchoredAtStart(source: string): boolean {
  let depth = 0;
  let altStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return false;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === '|' && depth === 0) || c === undefined) {
      if (source[altStart] !== '^') return false;
      altStart = i + 1;
    }
  }
  return true;
}
