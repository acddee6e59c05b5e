import type { LineShape } from './line-shape.js';

const MAX_GROUP = 3;

/**
 * Where a trailing list of teasers begins: the first lone separator line (`-`, `—`, `***`) after
 * the article's first sentence, after which every group of lines up to the next separator is a
 * headline plus at most a couple of summary lines. Returns the index of that separator, or -1.
 * One backward pass, so a page of ten thousand separators costs no more than one.
 */
export function findTeaserTail(lines: readonly LineShape[], isSeparator: (i: number) => boolean, bodyBefore: (i: number) => boolean): number {
  // Walking back from the end: are all groups after this point teasers, how many, any with a summary?
  let valid = true;
  let groups = 0;
  let withSummary = 0;
  let groupEnd = lines.length;
  let first = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isSeparator(i)) continue;
    const size = groupEnd - (i + 1);
    if (size > 0) {
      const head = lines[i + 1]!;
      // A teaser opens with a headline; a closing section of the article opens with a sentence.
      if (size > MAX_GROUP || head.sentenceEnd || head.openEnd || head.text.length > 160) valid = false;
      groups++;
      if (size > 1) withSummary++;
    }
    groupEnd = i;
    if (!valid) break;
    if ((groups >= 2 || withSummary > 0) && bodyBefore(i)) first = i;
  }
  return first;
}
