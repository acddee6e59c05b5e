// The mention finder stage: every body sentence is scanned against the dictionary trie and its
// findings composed into actor mentions. Boilerplate blocks have no sentences and so no mentions.
import type { Doc, Mention, Stage } from '../core/index.js';
import { baseDictionary, buildDictionary } from './build-dictionary.js';
import type { ActorDictionary } from './build-dictionary.js';
import { composeMentions } from './compose-mentions.js';
import { dictionaryOfMentions } from './mention-dictionary.js';
import { scanSentence } from './scan-sentence.js';
import { userEntrySchema } from './parse-user-actors.js';
import type { Entry } from './schema.js';

export interface ActorStageOptions {
  /** Extra user dictionary entries (already parsed from YAML/JSON, e.g. by `loadUserActors`). */
  readonly userEntries?: readonly unknown[];
}

function validate(entries: readonly unknown[]): Entry[] {
  return entries.map((raw, i) => {
    const result = userEntrySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`user actors entry ${i}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data as Entry;
  });
}

/** Mentions of every body sentence of `doc`, in text order. */
export function findMentions(dict: ActorDictionary, doc: Doc, published: string | null): Mention[] {
  const spans = doc.sentences.length > 0 || doc.blocks.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length, block: -1 }];
  const out: Mention[] = [];
  // One sentence record for the whole document, moved from sentence to sentence (nothing keeps it).
  const span: { text: string; start: number; end: number; year?: string | null } = { text: doc.text, start: 0, end: 0, year: undefined };
  for (let k = 0; k < spans.length; k++) {
    const sentence = spans[k] as (typeof spans)[number];
    if (sentence.block >= 0 && doc.blocks[sentence.block]?.role === 'boilerplate') continue;
    const scanned = scanSentence(dict, doc.text, sentence.start, sentence.end, published);
    if (scanned.items.length === 0) continue;
    span.start = sentence.start;
    span.end = sentence.end;
    span.year = undefined;
    composeMentions(dict, scanned, published, span, out);
  }
  return out;
}

export function makeMentionFinder(options: ActorStageOptions = {}): Stage {
  let dict: ActorDictionary | null = null;
  return {
    name: 'find-mentions',
    run(doc, ctx) {
      dict ??= options.userEntries?.length ? buildDictionary(validate(options.userEntries)) : baseDictionary();
      const mentions = findMentions(dict, doc, ctx.published ?? doc.meta.published);
      // The resolver falls back to the base dictionary, so only user dictionaries need the link
      // (a weak-map entry per document is garbage-collector work at thousands of documents a second).
      if (options.userEntries?.length) dictionaryOfMentions.set(mentions, dict);
      return { ...doc, mentions };
    },
  };
}
