import type { Block } from '../../core/index.js';

/** Judges each line of a plain-text scrape: title, heading, body or boilerplate. (Placeholder: all body.) */
export function classifyTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    blocks.push({ kind: 'block', role: 'body', start, end: start + trimmed.length, reason: null });
  }
  return blocks;
}
