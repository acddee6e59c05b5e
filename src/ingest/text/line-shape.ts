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

const SMALL = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs',
  'de', 'del', 'la', 'el', 'los', 'las', 'y', 'en', 'con', 'por', 'para', 'un', 'una', 'a', 'al',
]);

export function lineShape(text: string): LineShape {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const content = words.filter((w) => !SMALL.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const caps = content.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    words: words.length,
    sentenceEnd: /[.!?…]["'”’»)\]]*$/u.test(text),
    openEnd: /[,;:]["'”’»)\]]*$/u.test(text),
    capitalised: content.length ? caps / content.length : 0,
    allCaps: words.length >= 2 && letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** Short, no sentence ending (or a capitalised question like “Why Would We Help?”). */
export function isHeadingShape(s: LineShape): boolean {
  if (s.words === 0 || s.words > 14 || s.text.length > 110 || s.openEnd) return false;
  if (!/^[^\p{L}\p{N}]{0,4}[\p{Lu}\p{N}]/u.test(s.text)) return false;
  // "Injured: 74" is a figure in a list; "WASHINGTON (AP) --" is a wire dateline.
  if (/:\s*[\d.,]+%?$/.test(s.text) || /(?:--|_|—)$/.test(s.text)) return false;
  if (!s.sentenceEnd) return true;
  return /[?!]["'”’»)\]]*$/u.test(s.text) && s.capitalised >= 0.6;
}
