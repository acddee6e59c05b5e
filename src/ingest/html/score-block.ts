import type { HtmlHints } from './load-html-hints.js';

/** The parts of a text block that scoring looks at. */
export interface ScoredText {
  readonly text: string;
  readonly chars: number;
  readonly linkChars: number;
  readonly heading: number;
}

/** Prose characters, boilerplate characters, and short unlinked lines (list items, labels) that may go either way. */
export interface BlockScore {
  readonly prose: number;
  readonly junk: number;
  readonly short: number;
}

const SENTENCE_END = /[.!?…]["'”’)]?(\s|$)/;

/**
 * How much a block speaks for (prose) or against (junk) the element around it being the article.
 * Running prose counts by its unlinked characters; link text and short stray lines count against.
 */
export function scoreBlock(block: ScoredText, hints: HtmlHints): BlockScore {
  const { chars, linkChars } = block;
  if (chars === 0) return { prose: 0, junk: 0, short: 0 };
  const plain = chars - linkChars;
  if (linkChars > chars * 0.5) return { prose: 0, junk: chars, short: 0 };
  if (block.heading) return { prose: 0, junk: linkChars, short: plain };
  const sentence = SENTENCE_END.test(block.text);
  if (plain >= 80 || (sentence && plain >= 25)) {
    if (plain < 160 && hints.isBoilerplateLine(block.text)) return { prose: 0, junk: chars, short: 0 };
    return { prose: plain, junk: linkChars, short: 0 };
  }
  if (hints.isBoilerplateLine(block.text)) return { prose: 0, junk: chars, short: 0 };
  return { prose: 0, junk: linkChars, short: plain };
}
