import type { Candidate, Mark, TextBlock } from './page-model.js';
import { countMarks } from './page-model.js';
import type { HtmlHints } from './load-html-hints.js';

/** Whether a block inside the chosen container is article body. */
export function keepBlock(
  block: TextBlock, container: Candidate, marks: readonly Mark[], hints: HtmlHints, title: string | null,
): boolean {
  if (countMarks(marks, block.mark, container.depth) > 0) return false;
  if (block.teaserDepth > container.depth) return false;
  if (block.linkChars > block.chars * 0.5) return false;
  if (block.heading === 1 && title !== null && block.text === title) return false;
  if (block.chars < 160 && hints.isBoilerplateLine(block.text)) return false;
  if (block.chars < 300 && hints.hasBoilerplatePhrase(block.text)) return false;
  return true;
}
