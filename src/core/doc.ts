import type { Block, Doc, DocMeta } from './types.js';

export interface DocInput {
  readonly id: string;
  readonly text: string;
  readonly meta?: Partial<DocMeta>;
  /** Blocks found by the cleaner (body, headings, boilerplate); empty lets the segmenter judge lines. */
  readonly blocks?: readonly Block[];
}

/** A document with no analysis yet: the starting point of the pipeline. */
export function makeDoc(input: DocInput): Doc {
  const meta: DocMeta = {
    title: input.meta?.title ?? null,
    published: input.meta?.published ?? null,
    author: input.meta?.author ?? null,
    language: input.meta?.language ?? 'en',
    url: input.meta?.url ?? null,
    provenance: input.meta?.provenance ?? {},
  };
  return {
    id: input.id,
    text: input.text,
    meta,
    blocks: input.blocks ?? [],
    sentences: [],
    mentions: [],
    timexes: [],
    events: [],
    messages: [],
  };
}
