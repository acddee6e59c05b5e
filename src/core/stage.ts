import type { Doc } from './types.js';

/** What every stage may read besides the document. */
export interface Ctx {
  /** Publication date `YYYY-MM-DD`, the reference date for relative expressions; null when unknown. */
  readonly published: string | null;
  readonly language: string;
  readonly debug: (message: string) => void;
}

/** A named step of the pipeline: a pure function from document to document. */
export interface Stage {
  readonly name: string;
  run(doc: Doc, ctx: Ctx): Doc;
}

export function makeCtx(published: string | null, language = 'en', debug?: (m: string) => void): Ctx {
  return { published, language, debug: debug ?? (() => {}) };
}
