import type { Doc, Sentence, Stage } from '../core/index.js';
import { classifyTextBlocks } from './text/classify-text-blocks.js';
import { splitSentences } from './split-sentences.js';

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
      blocks.forEach((block, index) => {
        if (block.role === 'boilerplate') return;
        for (const span of splitSentences(doc.text, block.start, block.end)) {
          sentences.push({ kind: 'sentence', start: span.start, end: span.end, block: index });
        }
      });
      return { ...doc, blocks, sentences };
    },
  };
}
