import type { Block } from '../../core/index.js';
import type { PageView } from './page-view.js';
import type { JsonLdFacts } from './read-json-ld.js';

export interface Found {
  readonly value: string;
  readonly source: string;
}

/**
 * The headline: structured data first, then OpenGraph, the page's first `<h1>`, and its `<title>`
 * without the site name; for a text scrape, the line judged to be its title.
 */
export function findTitle(page: PageView | null, jsonLd: JsonLdFacts | null, text: string, blocks: () => readonly Block[]): Found | null {
  if (page) {
    // The headline element is read only when the tags give no title.
    const candidates: [string | null | undefined | (() => string | null), string][] = [
      [jsonLd?.headline, 'json-ld:headline'],
      [page.head.metas.get('og:title')?.[0], 'meta:og:title'],
      [page.head.metas.get('twitter:title')?.[0], 'meta:twitter:title'],
      [() => page.near().h1, 'h1'],
      [page.head.title ? stripSiteName(page.head.title) : null, 'title'],
    ];
    for (const [candidate, source] of candidates) {
      const value = typeof candidate === 'function' ? candidate() : candidate;
      const v = value?.replace(/\s+/g, ' ').trim();
      if (v) return { value: v, source };
    }
  }
  const titleBlock = blocks().find((b) => b.role === 'title');
  if (titleBlock) return { value: text.slice(titleBlock.start, titleBlock.end), source: 'text:title-line' };
  return null;
}

/** "Headline | Site" and "Headline - Site": keep the longer side, which is the headline. */
function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—»·]\s+|\s+-\s+/);
  if (parts.length < 2) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}
