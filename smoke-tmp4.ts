import { makeCtx, makeDoc } from './src/core/index.js';
import { makeMentionFinder, makeMentionResolver } from './src/actors/index.js';
import { makeTextSegmenter } from './src/ingest/index.js';
import { runPipeline } from './src/pipeline.js';
const text = process.argv[2] ?? '';
const doc = runPipeline([makeTextSegmenter(), makeMentionFinder(), makeMentionResolver()], makeDoc({ id: 'x', text }), makeCtx(process.argv[3] ?? null));
for (const m of doc.mentions) console.log(JSON.stringify([m.text, m.code, m.state, m.sector, m.name, m.entity, m.rule, m.role?.title]));
