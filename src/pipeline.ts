// The one ordered list of analysis stages. The runner only loops over it.
import { makeCtx, makeDoc } from './core/index.js';
import type { Ctx, Doc, DocInput, Stage } from './core/index.js';
import { makeTextSegmenter } from './ingest/index.js';
import { makeMentionFinder, makeMentionResolver } from './actors/index.js';
import type { ActorStageOptions } from './actors/index.js';
import { makeTimexFinder, makeTimexAnchorer, makeEventDater } from './time/index.js';
import { makeEventExtractor, makeEventRefiner } from './events/index.js';

export interface PipelineOptions {
  readonly actors?: ActorStageOptions;
}

export function makePipeline(options: PipelineOptions = {}): readonly Stage[] {
  return [
    makeTextSegmenter(), // blocks (body vs boilerplate) and sentences
    makeMentionFinder(options.actors), // states, people, institutions
    makeMentionResolver(), // "the president", "it", acronyms defined in the text
    makeTimexFinder(), // time expressions
    makeTimexAnchorer(), // relative and narrative anchoring
    makeEventExtractor(), // triggers and frames
    makeEventRefiner(), // coordination, reported speech, polarity, modality
    makeEventDater(), // each event's date and granularity
  ];
}

export function runPipeline(stages: readonly Stage[], doc: Doc, ctx: Ctx): Doc {
  let current = doc;
  for (const stage of stages) current = stage.run(current, ctx);
  return current;
}

/**
 * Analyses several documents stage by stage: each stage runs over the whole batch before the next
 * starts, so its code and tables stay in the processor's caches (about 1.3x the throughput of
 * one document at a time on news text). A stage that throws fails only its own document.
 */
export function analyzeBatch(inputs: readonly DocInput[], stages: readonly Stage[] = makePipeline()): (Doc | Error)[] {
  const docs = inputs.map((input) => makeDoc(input));
  const contexts = docs.map((doc) => makeCtx(doc.meta.published, doc.meta.language));
  const results: (Doc | Error)[] = docs;
  for (const stage of stages) {
    for (let i = 0; i < results.length; i++) {
      const doc = results[i];
      const ctx = contexts[i];
      if (doc === undefined || doc instanceof Error || ctx === undefined) continue;
      try {
        results[i] = stage.run(doc, ctx);
      } catch (error) {
        results[i] = error instanceof Error ? error : new Error(String(error));
      }
    }
  }
  return results;
}

/** Analyse one document from its text and metadata. */
export function analyzeDocument(input: DocInput, stages: readonly Stage[] = makePipeline()): Doc {
  const doc = makeDoc(input);
  const ctx = makeCtx(doc.meta.published, doc.meta.language);
  return runPipeline(stages, doc, ctx);
}
