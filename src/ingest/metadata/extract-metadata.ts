import type { DocMeta } from '../../core/index.js';

export interface MetadataInput {
  readonly html: string | null;
  /** The clean text (for datelines and "Published ..." lines, and language). */
  readonly text: string;
  readonly url: string | null;
}

/** Title, publication date, author, language and canonical URL, with where each came from. (Placeholder.) */
export function extractMetadata(input: MetadataInput): DocMeta {
  return { title: null, published: null, author: null, language: 'en', url: input.url, provenance: {} };
}
