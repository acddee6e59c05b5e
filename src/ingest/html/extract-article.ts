import type { Block } from '../../core/index.js';
import { chooseContainer } from './choose-container.js';
import { collectBlocks } from './collect-blocks.js';
import { guessTitle } from './guess-title.js';
import { keepBlock } from './keep-block.js';
import { loadHtmlHints } from './load-html-hints.js';
import type { Candidate, CollectedPage } from './page-model.js';

export interface ExtractedArticle {
  /** Clean article body: paragraphs separated by a blank line. */
  readonly text: string;
  /** Blocks with offsets into `text` (body paragraphs and headings). */
  readonly blocks: readonly Block[];
  /** A best guess from `<h1>` or `<title>`; the metadata stage has the last word. */
  readonly title: string | null;
}

function wholeFragment(page: CollectedPage): Candidate {
  return {
    tag: '#root', depth: 0, first: 0, end: page.blocks.length, prose: 0, junk: 0, short: 0, marked: 0,
    declared: 0, positive: 0, mark: -1, hint: '',
  };
}

/** Finds the article body in an HTML page: nothing found gives empty text, never an exception. */
export function extractArticle(html: string, _options: { url?: string | null } = {}): ExtractedArticle {
  const hints = loadHtmlHints();
  const page = collectBlocks(html, hints);
  const title = guessTitle(page.h1s, page.title);
  // A fragment (a feed item's HTML) is all article unless marked otherwise, even when too short to score.
  const container = chooseContainer(page) ?? (page.fragment ? wholeFragment(page) : null);
  if (!container) return { text: '', blocks: [], title };
  const paragraphs: { text: string; heading: boolean }[] = [];
  for (let i = container.first; i < container.end; i++) {
    const block = page.blocks[i];
    if (keepBlock(block, container, page.marks, hints, title)) paragraphs.push({ text: block.text, heading: block.heading > 0 });
  }
  const blocks: Block[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    const start = text.length;
    text += p.text;
    blocks.push({ kind: 'block', role: p.heading ? 'heading' : 'body', start, end: text.length, reason: null });
  }
  return { text, blocks, title };
}
