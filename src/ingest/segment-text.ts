import type { Doc, Sentence, Stage } from '../core/index.js';
import { classifyTextBlocks } from './text/classify-text-blocks.js';
import { sentenceBounds } from './split-sentences.js';
import { MarkCursor } from './text/mark-cursor.js';

/**
 * Cuts the clean text into blocks (one per non-empty line) and sentences. Blocks already set by
 * the HTML cleaner are kept; otherwise each line of a text scrape is judged on its own. Boilerplate
 * blocks get no sentences.
 */
export function makeTextSegmenter(): Stage {
  return {
    name: 'segment-text',
    run(doc: Doc): Doc {
      const blocks = doc.blocks.length > 0 ? doc.blocks : classifyTextBlocks(doc.text);
      const sentences: Sentence[] = [];
      const bounds: number[] = [];
      const marks = new MarkCursor(doc.text);
      for (let index = 0; index < blocks.length; index++) {
        const block = blocks[index]!;
        if (block.role === 'boilerplate') continue;
        const first = bounds.length;
        sentenceBounds(doc.text, block.start, block.end, bounds, marks);
        for (let k = first; k < bounds.length; k += 2) {
          sentences.push({ kind: 'sentence', start: bounds[k]!, end: bounds[k + 1]!, block: index });
        }
      }
      return { ...doc, blocks, sentences };
    },
  };
}
