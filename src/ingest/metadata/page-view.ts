import { readHeadTags } from './read-head-tags.js';
import type { HeadTags } from './read-head-tags.js';
import { scanHtml } from './scan-html.js';
import type { HtmlScan } from './scan-html.js';

/** How much markup after the first `<h1>` counts as the article's header (byline, date, lead). */
const HEADER_CHARS = 12000;

/**
 * A page read only as far as needed: its tags at once, the region under the headline on first
 * use, and the whole body only when neither settles the date (most pages never need it).
 */
export interface PageView {
  readonly head: HeadTags;
  /** The headline and what follows it; `h1Line` is null when the page has no `<h1>`. */
  near(): HtmlScan;
  full(): HtmlScan;
}

export function makePageView(html: string): PageView {
  const head = readHeadTags(html);
  let nearScan: HtmlScan | null = null;
  let fullScan: HtmlScan | null = null;
  return {
    head,
    near() {
      if (fullScan) return fullScan;
      if (!nearScan) {
        const at = html.search(/<h1[\s>]/i);
        nearScan = at < 0 ? EMPTY : scanHtml(html.slice(at, at + HEADER_CHARS));
      }
      return nearScan;
    },
    full() {
      fullScan ??= scanHtml(html);
      return fullScan;
    },
  };
}

const EMPTY: HtmlScan = {
  lang: null, title: null, h1: null, metas: new Map(), canonical: null, authorLinks: [], jsonLd: [], dateElements: [], lines: [], h1Line: null,
};
