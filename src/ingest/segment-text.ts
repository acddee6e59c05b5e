import type { Block, BlockRole, Doc, Sentence, Stage } from '../core/index.js';
import { splitSentences } from './split-sentences.js';

/**
 * Cuts the clean text into blocks (one per non-empty line) and sentences. Blocks already set by
 * the cleaner (role body/boilerplate) are kept; otherwise every line is body.
 */
export function makeTextSegmenter(): Stage {
  return {
    name: 'segment-text',
    run(doc: Doc): Doc {
      const blocks = doc.blocks.length > 0 ? doc.blocks : lineBlocks(doc.text);
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

function lineBlocks(text: string, role: BlockRole = 'body'): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    blocks.push({ kind: 'block', role, start, end: start + trimmed.length, reason: null });
  }
  return blocks;
}
