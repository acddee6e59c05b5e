// How long a prefix is worth following, and how many alternatives are worth keeping.
const MAX_PREFIX = 6;
const MAX_PREFIXES = 64;

/**
 * For a pattern anchored at the line start, ASCII strings one of which every line it matches
 * begins with (lower-cased when the pattern ignores case), or null when it cannot tell. Read
 * from the leading literal characters and groups of alternatives; anything else (a class, an
 * escape, a quantified group) ends the prefix where it stands, so the answer errs towards
 * running the pattern. Look-aheads, `^` and `\b` take no characters and are stepped over.
 */
export function anchoredPrefixes(source: string, ignoreCase: boolean): string[] | null {
  const prefixes = alternatives(source, 0, source.length).flatMap(([a, b]) => sequence(source, a, b, [''], ignoreCase));
  const found = prefixes.map((p) => (p.endsWith(STOP) ? p.slice(0, -1) : p));
  return found.length <= MAX_PREFIXES && found.every((p) => p.length > 0) ? [...new Set(found)] : null;
}

/**
 * Extends each prefix with what `source[from, to)` must start with. A prefix that has stopped
 * (a class, or too long) is marked by a trailing NUL and no longer extended.
 */
function sequence(source: string, from: number, to: number, prefixes: string[], ignoreCase: boolean): string[] {
  let current = prefixes;
  for (let i = from; i < to && current.some(open); ) {
    const c = source[i]!;
    if (c === '^') {
      i++;
    } else if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'b' || e === 'B') {
        i += 2;
        continue;
      }
      // An escaped punctuation mark stands for itself; any other escape is a class.
      const literal = /^[./()\-[\]{}|?*+^$\\,:'"’&]$/.test(e) ? e : null;
      const end = i + 2;
      if (literal === null || quantified(source, end)) return current.map(stop);
      current = current.map((p) => extend(p, literal, ignoreCase));
      i = end;
    } else if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return current.map(stop);
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        i = close + 1;
        continue;
      }
      if (source[i + 1] === '?' && !source.startsWith('(?:', i)) return current.map(stop);
      const inner = source.startsWith('(?:', i) ? i + 3 : i + 1;
      const taken: string[] = [];
      for (const [a, b] of alternatives(source, inner, close)) taken.push(...sequence(source, a, b, current, ignoreCase));
      const q = source[close + 1];
      // `(...)?` may be skipped: both ways go on. Any other quantifier ends the prefix after one
      // pass, or before the group when it may be skipped.
      if (q === '?') current = [...taken, ...current];
      else if (q === '*' || (q === '{' && source.startsWith('{0', close + 1))) current = [...taken.map(stop), ...current.map(stop)];
      else if (q === '+' || q === '{') current = taken.map(stop);
      else current = taken;
      if (current.length > MAX_PREFIXES) return prefixes.map(stop);
      i = close + 1 + (q === '?' ? 1 : 0);
      if (q === '*' || q === '+' || q === '{') return current;
    } else if (/[[.$|)?*+{]/.test(c)) {
      return current.map(stop);
    } else if (source[i + 1] === '?') {
      // An optional character: with and without it.
      current = [...current.map((p) => extend(p, c, ignoreCase)), ...current];
      if (current.length > MAX_PREFIXES) return prefixes.map(stop);
      i += 2;
    } else {
      if (quantified(source, i + 1)) return current.map(stop);
      current = current.map((p) => extend(p, c, ignoreCase));
      i++;
    }
  }
  return current;
}

const STOP = '\u0000';
const open = (p: string): boolean => !p.endsWith(STOP) && p.length < MAX_PREFIX;
const stop = (p: string): string => (p.endsWith(STOP) ? p : p + STOP);

function extend(prefix: string, c: string, ignoreCase: boolean): string {
  if (!open(prefix)) return prefix;
  // Only ASCII and caseless Latin-1 ("©") are followed: lower-casing and case-insensitive
  // matching agree on them (the long s and the Kelvin sign aside, which the caller deals with).
  const code = c.charCodeAt(0);
  if (code >= 0x100 || (code >= 0x80 && (c.toLowerCase() !== c || c.toUpperCase() !== c))) return stop(prefix);
  return prefix + (ignoreCase ? c.toLowerCase() : c);
}

function quantified(source: string, at: number): boolean {
  const q = source[at];
  return q === '?' || q === '*' || q === '+' || q === '{';
}

/** The top-level alternatives of `source[from, to)`, as index pairs. */
function alternatives(source: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * For a pattern that opens with one character class or class escape taken at least once
 * (`^[\p{P}\p{S}\s]{1,40}$`), that class's source, or null: the line's first character must
 * belong to it.
 */
export function leadingClass(source: string): string | null {
  if (!source.startsWith('^') || alternatives(source, 0, source.length).length > 1) return null;
  let end: number;
  if (source[1] === '[') end = classEnd(source, 1) + 1;
  else if (source[1] === '\\' && /^[dDsSwW]$/.test(source[2] ?? '')) end = 3;
  else if (source[1] === '\\' && /^[pP]\{/.test(source.slice(2, 4))) end = source.indexOf('}', 2) + 1;
  else return null;
  if (end <= 1 || end > source.length) return null;
  const q = source[end];
  const optional = q === '?' || q === '*' || (q === '{' && source.startsWith('{0', end));
  return optional ? null : source.slice(1, end);
}
