import { Parser } from 'htmlparser2';
import type { Block } from '../../core/index.js';

// A feed item's HTML is already the article body (no page furniture to strip), so it is turned
// into paragraphs directly rather than scored like a page: block elements end a paragraph,
// headings become heading blocks, media, scripts and captions are dropped, and the syndication
// footer feeds append ("The post X appeared first on Y") is not body.
const BREAKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'tr', 'table', 'hr', 'pre', 'dd', 'dt']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIPPED = new Set(['script', 'style', 'figcaption', 'figure', 'noscript', 'iframe', 'svg', 'form', 'button', 'template']);
const FEED_FOOTER = /^(the post .+ appeared first on .+|continue reading.*|read more.*|read the full (story|article).*)$/i;

export function htmlFragmentToText(html: string): { text: string; blocks: Block[] } {
  const paragraphs: { text: string; heading: boolean }[] = [];
  let current = '';
  let heading = false;
  let skipping = 0;
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text && !FEED_FOOTER.test(text)) paragraphs.push({ text, heading });
    current = '';
    heading = false;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BREAKS.has(name)) flush();
        else if (HEADINGS.has(name)) {
          flush();
          heading = true;
        }
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BREAKS.has(name) || HEADINGS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  let text = '';
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'block', role: p.heading ? 'heading' : 'body', start: text.length, end: text.length + p.text.length, reason: null });
    text += p.text;
  }
  return { text, blocks };
}
