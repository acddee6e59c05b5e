import { anchoredPrefixes, leadingClass } from './anchored-prefixes.js';

/** A pattern anchored at the line start, as the tiers need it. */
export interface AnchoredPattern {
  readonly maxLength: number;
  readonly source: string;
  readonly caseSensitive: boolean;
}

/**
 * Anchored patterns joined into one regex, tried only on lines that begin with one of their
 * prefixes (`gate`), or on every line when some of them has none.
 */
interface AnchoredGroup {
  readonly regex: RegExp;
  readonly gate: Gate | null;
}

/** What a line must begin with for a group's regex to be worth trying. */
interface Gate {
  /** Read on the line itself rather than on its lower-cased copy. */
  readonly raw: boolean;
  /** Per Latin-1 first character: the prefixes that start with it. */
  readonly byFirst: readonly (readonly string[] | undefined)[];
  /** A line opening with a character beyond Latin-1 passes. */
  readonly beyond: boolean;
}

/** The anchored patterns that can match lines of one range of lengths. */
export interface AnchoredTier {
  /** For lines of at most this many UTF-16 units (and more than the previous tier's). */
  readonly upTo: number;
  readonly groups: readonly AnchoredGroup[];
  /**
   * Per Latin-1 character: 1 when some group's gate lets a line opening with it through (on the
   * line or on its lower-cased copy). One small table read settles most lines for the whole tier.
   */
  readonly opens: Uint8Array;
  /** Some group has no gate: every line of the tier goes through the groups. */
  readonly always: boolean;
  /** Some gate lets lines opening beyond Latin-1 through. */
  readonly beyond: boolean;
}

// Each tier's bound at least doubles the previous one: a few regexes to compile, each long line
// spared the patterns of much shorter rules.
const TIER_GROWTH = 2;
const LATIN1 = 256;

export function anchoredTiers(patterns: readonly AnchoredPattern[]): AnchoredTier[] {
  const reaching = patterns.map((p) => ({
    ...p,
    reach: Math.min(p.maxLength, lengthBound(p.source)),
    prefixes: anchoredPrefixes(p.source, !p.caseSensitive),
    leading: leadingClass(p.source),
  }));
  const reaches = [...new Set(reaching.map((p) => p.reach))].sort((a, b) => a - b);
  const bounds: number[] = [];
  for (const reach of reaches) if (bounds.length === 0 || reach >= TIER_GROWTH * bounds[bounds.length - 1]! || reach === Infinity) bounds.push(reach);
  // A tier holds every pattern that can match some line in its range, so a line's tier holds all
  // that can match the line (and maybe a few that cannot, which the line then fails).
  return bounds.map((upTo, i) => {
    const above = i === 0 ? 0 : bounds[i - 1]!;
    const live = reaching.filter((p) => p.reach > above);
    const groups: AnchoredGroup[] = [];
    for (const caseSensitive of [false, true]) {
      const mine = live.filter((p) => p.caseSensitive === caseSensitive);
      const flags = caseSensitive ? 'u' : 'iu';
      const byPrefix = mine.filter((p) => p.prefixes !== null);
      const byClass = mine.filter((p) => p.prefixes === null && p.leading !== null);
      const ungated = mine.filter((p) => p.prefixes === null && p.leading === null);
      if (byPrefix.length > 0) groups.push({ regex: join(byPrefix, flags), gate: prefixGate(byPrefix.flatMap((p) => p.prefixes!), caseSensitive) });
      // A class is tried on each Latin-1 character here, once, with the pattern's own flags.
      if (byClass.length > 0) groups.push({ regex: join(byClass, flags), gate: classGate(byClass.map((p) => new RegExp(`^${p.leading!}`, flags))) });
      if (ungated.length > 0) groups.push({ regex: join(ungated, flags), gate: null });
    }
    const opens = new Uint8Array(LATIN1);
    for (const { gate } of groups) if (gate !== null) gate.byFirst.forEach((prefixes, c) => prefixes && (opens[c] = 1));
    return { upTo, groups, opens, always: groups.some((g) => g.gate === null), beyond: groups.some((g) => g.gate?.beyond === true) };
  });
}

/**
 * Whether some anchored pattern may match the line: `lowerText` holds the lower-cased line at
 * `at` (more text may follow it). Not for lines holding a long s, which the prefixes miss.
 */
export function mayMatchAnchored(tiers: readonly AnchoredTier[], line: string, lowerText: string, at: number): boolean {
  for (const tier of tiers) {
    if (line.length > tier.upTo) continue;
    if (!tier.always && !opensTier(tier, line.charCodeAt(0)) && !opensTier(tier, lowerText.charCodeAt(at))) return false;
    for (const group of tier.groups) {
      if (group.gate !== null && !(group.gate.raw ? startsWithOne(group.gate, line, 0) : startsWithOne(group.gate, lowerText, at))) continue;
      if (group.regex.test(line)) return true;
    }
    return false;
  }
  return false;
}

function opensTier(tier: AnchoredTier, c: number): boolean {
  return c < LATIN1 ? tier.opens[c] === 1 : tier.beyond;
}

function startsWithOne(gate: Gate, text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= LATIN1) return gate.beyond;
  const prefixes = gate.byFirst[c];
  if (prefixes === undefined) return false;
  for (const p of prefixes) if (text.startsWith(p, at)) return true;
  return false;
}

// Prefixes of case-insensitive patterns are lower-cased and read on the lower-cased line.
function prefixGate(prefixes: readonly string[], raw: boolean): Gate {
  const byFirst: (string[] | undefined)[] = new Array<string[] | undefined>(LATIN1).fill(undefined);
  for (const p of new Set(prefixes)) (byFirst[p.charCodeAt(0)] ??= []).push(p);
  return { raw, byFirst, beyond: false };
}

function classGate(classes: readonly RegExp[]): Gate {
  const byFirst: (string[] | undefined)[] = new Array<string[] | undefined>(LATIN1).fill(undefined);
  for (let c = 0; c < LATIN1; c++) {
    const ch = String.fromCharCode(c);
    if (classes.some((re) => re.test(ch))) byFirst[c] = [ch];
  }
  return { raw: true, byFirst, beyond: true };
}

// Joined as `(?:a)|(?:b)`, which matches where any of them does.
function join(patterns: readonly AnchoredPattern[], flags: string): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}

/**
 * A pattern that opens with `^(?=.{1,N}$)` and has no other top-level alternative only matches
 * lines of at most N code points, so of at most 2N UTF-16 units.
 */
function lengthBound(source: string): number {
  const m = /^\^\(\?=\.\{\d+,(\d+)\}\$\)/.exec(source);
  if (!m || hasTopLevelBar(source)) return Infinity;
  return 2 * Number(m[1]);
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
