import type { Block } from '../../core/index.js';

export interface ExtractedArticle {
  /** Clean article body: paragraphs separated by a blank line. */
  readonly text: string;
  /** Blocks with offsets into `text` (body paragraphs and headings). */
  readonly blocks: readonly Block[];
  readonly title: string | null;
}

/** Finds the article body in an HTML page. (Placeholder: the ingest issue replaces it.) */
export function extractArticle(html: string, _options: { url?: string | null } = {}): ExtractedArticle {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return { text, blocks: [], title: null };
}
