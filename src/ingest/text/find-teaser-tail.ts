import type { LineShape } from './line-shape.js';

const MAX_GROUP = 3;

/**
 * Where a trailing list of teasers begins: the first lone separator line (`-`, `—`, `***`) after
 * which every group of lines, up to the next separator, is a short headline plus at most a couple
 * of summary lines. Returns the index of that separator, or -1.
 */
export function findTeaserTail(lines: readonly LineShape[], isSeparator: (i: number) => boolean, bodyBefore: (i: number) => boolean): number {
  for (let i = 0; i < lines.length; i++) {
    if (!isSeparator(i) || !bodyBefore(i)) continue;
    if (teaserGroupsFollow(lines, i, isSeparator)) return i;
  }
  return -1;
}

function teaserGroupsFollow(lines: readonly LineShape[], sep: number, isSeparator: (i: number) => boolean): boolean {
  let groups = 0;
  let withSummary = 0;
  let i = sep + 1;
  while (i < lines.length) {
    const start = i;
    while (i < lines.length && !isSeparator(i)) i++;
    const size = i - start;
    if (size > MAX_GROUP) return false;
    if (size > 0) {
      const head = lines[start]!;
      // A teaser opens with a headline; a closing section of the article opens with a sentence.
      if (head.sentenceEnd || head.openEnd || head.text.length > 160) return false;
      groups++;
      if (size > 1) withSummary++;
    }
    i++; // past the separator
  }
  return groups >= 2 || withSummary > 0;
}
