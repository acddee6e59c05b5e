// One raw input (HTML page or text scrape, with whatever metadata its container stated) to the
// clean, dated document that the pipeline analyses and the store keeps.
import type { Block, DocMeta } from '../core/index.js';
import { extractArticle } from './html/extract-article.js';
import { extractMetadata } from './metadata/extract-metadata.js';
import { classifyTextBlocks } from './text/classify-text-blocks.js';
import { documentIdFor, hashBodyText } from './dedup/hash-body-text.js';
import { normalizeStatedDate } from './read/normalize-stated-date.js';
import { htmlFragmentToText } from './read/html-fragment-text.js';

export interface CleanInput {
  readonly id?: string | null;
  /** `html-fragment`: markup that is all body (a feed item's content). */
  readonly format: 'html' | 'html-fragment' | 'text';
  readonly content: string;
  readonly url?: string | null;
  /** Metadata stated by the container (JSONL field, feed item): wins over what is extracted. */
  readonly published?: string | null;
  readonly title?: string | null;
  readonly author?: string | null;
}

export interface CleanedDocument {
  /** The input's id when it has one, else derived from the content hash. */
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly language: string;
  readonly url: string | null;
  /** Article body only: body and heading paragraphs separated by a blank line. */
  readonly text: string;
  /** Body and heading blocks with offsets into `text`. */
  readonly blocks: readonly Block[];
  readonly meta: DocMeta;
  /** sha256 of the normalised body text. */
  readonly contentHash: string;
}

/** The stages cleaning composes; tests pass their own. */
export interface CleanDeps {
  readonly extractArticle: typeof extractArticle;
  readonly extractMetadata: typeof extractMetadata;
  readonly classifyTextBlocks: typeof classifyTextBlocks;
}

const defaultDeps: CleanDeps = { extractArticle, extractMetadata, classifyTextBlocks };

/** Cleans one input. Empty `text` means no article body was found; the caller decides. */
export function cleanDocument(input: CleanInput, deps: CleanDeps = defaultDeps): CleanedDocument {
  const url = input.url ?? null;
  let body: { text: string; blocks: Block[] };
  let extracted: DocMeta;
  let fallbackTitle: string | null = null;
  if (input.format === 'html') {
    const article = deps.extractArticle(input.content, { url });
    body = keepBody(article.text, article.blocks.length ? article.blocks : paragraphBlocks(article.text));
    extracted = deps.extractMetadata({ html: input.content, text: article.text, url });
    fallbackTitle = article.title;
  } else if (input.format === 'html-fragment') {
    body = htmlFragmentToText(input.content);
    extracted = deps.extractMetadata({ html: null, text: body.text, url });
  } else {
    const text = input.content.replace(/\r\n?/g, '\n');
    const blocks = deps.classifyTextBlocks(text);
    body = keepBody(text, blocks);
    extracted = deps.extractMetadata({ html: null, text, url, blocks });
    const titleBlock = blocks.find((b) => b.role === 'title');
    fallbackTitle = titleBlock ? text.slice(titleBlock.start, titleBlock.end) : null;
  }
  const meta = mergeMeta(extracted, input, fallbackTitle);
  const contentHash = hashBodyText(body.text);
  return {
    id: input.id ?? documentIdFor(contentHash),
    title: meta.title,
    published: meta.published,
    author: meta.author,
    language: meta.language,
    url: meta.url,
    text: body.text,
    blocks: body.blocks,
    meta,
    contentHash,
  };
}

function mergeMeta(extracted: DocMeta, input: CleanInput, fallbackTitle: string | null): DocMeta {
  const provenance: Record<string, string> = { ...extracted.provenance };
  const pick = (key: string, stated: string | null | undefined, found: string | null): string | null => {
    if (stated) {
      provenance[key] = 'input';
      return stated;
    }
    return found;
  };
  let title = pick('title', input.title?.trim(), extracted.title);
  if (!title && fallbackTitle) {
    title = fallbackTitle;
    provenance.title = input.format === 'html' ? 'article-heading' : 'first-line';
  }
  return {
    title,
    published: pick('published', normalizeStatedDate(input.published), extracted.published),
    author: pick('author', input.author?.trim(), extracted.author),
    language: extracted.language,
    url: pick('url', input.url, extracted.url),
    provenance,
  };
}

/** Keeps body and heading blocks, one paragraph each, separated by a blank line. */
function keepBody(text: string, blocks: readonly Block[]): { text: string; blocks: Block[] } {
  let out = '';
  const kept: Block[] = [];
  for (const block of blocks) {
    if (block.role !== 'body' && block.role !== 'heading') continue;
    const paragraph = text.slice(block.start, block.end).trim();
    if (!paragraph) continue;
    if (out) out += '\n\n';
    kept.push({ kind: 'block', role: block.role, start: out.length, end: out.length + paragraph.length, reason: null });
    out += paragraph;
  }
  return { text: out, blocks: kept };
}

function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    blocks.push({ kind: 'block', role: 'body', start: m.index, end: m.index + m[0].length, reason: null });
  }
  return blocks;
}
