// Stretches of a lower-cased sentence whose tense markers can be read apart from the rest: they
// begin and end where no marker runs across, at a character no marker holds (a comma, a digit)
// or at the gap after a word no marker continues from.
import { isBlankCode, isLetterCode } from './char-classes.js';

/** What a window's ends are chosen by (built from a lexicon's marker words, see tense-marks.ts). */
export interface WindowEnds {
  /** Per ASCII code: 1 for a character no mark can hold. */
  readonly breakers: Uint8Array;
  /** Words a mark may continue after: auxiliaries and marker words' non-final pieces. */
  readonly joining: ReadonlySet<string>;
}

const isGap = (c: number): boolean => c === 45 || isBlankCode(c);

/**
 * Can no mark run across the gap (blanks, hyphens) that begins at `at`? The word before it must
 * be plain ASCII and neither an auxiliary nor a marker word's non-final piece ("going" in "going to").
 */
function cutsAt(s: string, at: number, joining: ReadonlySet<string>): boolean {
  let k = at;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if (!((c >= 97 && c <= 122) || c === 39)) break;
    k--;
  }
  if (k === at || (k > 0 && s.charCodeAt(k - 1) >= 128) || (k > 0 && isLetterCode(s.charCodeAt(k - 1)))) return false;
  const word = s.slice(k, at);
  return !joining.has(word) && !word.endsWith("'ll");
}

/** The first offset at or before `at` after which marks can be read apart from what precedes. */
export function windowStart(s: string, at: number, m: WindowEnds): number {
  let i = Math.max(0, at);
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 128 && m.breakers[c] === 1) break;
    if (isGap(c) && i < s.length && !isGap(s.charCodeAt(i))) {
      let g = i - 1;
      while (g > 0 && isGap(s.charCodeAt(g - 1))) g--;
      if (cutsAt(s, g, m.joining)) break;
    }
    i--;
  }
  return i;
}

/** The first offset at or after `at` before which marks can be read apart from what follows. */
export function windowEnd(s: string, at: number, m: WindowEnds): number {
  let i = Math.min(s.length, at);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128 && m.breakers[c] === 1) break;
    if (isGap(c) && i > 0 && !isGap(s.charCodeAt(i - 1)) && cutsAt(s, i, m.joining)) break;
    i++;
  }
  return i;
}
