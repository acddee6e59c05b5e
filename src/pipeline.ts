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

/** Analyse one document from its text and metadata. */
export function analyzeDocument(input: DocInput, stages: readonly Stage[] = makePipeline()): Doc {
  const doc = makeDoc(input);
  const ctx = makeCtx(doc.meta.published, doc.meta.language);
  return runPipeline(stages, doc, ctx);
}
