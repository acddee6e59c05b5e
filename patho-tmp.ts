import { makeCtx, makeDoc } from '/work/main/src/core/index.js';
import { makeMentionFinder, makeMentionResolver } from '/work/main/src/actors/index.js';
import { makeTextSegmenter } from '/work/main/src/ingest/index.js';
import { runPipeline } from '/work/main/src/pipeline.js';
const stages = [makeTextSegmenter(), makeMentionFinder(), makeMentionResolver()];
runPipeline(stages, makeDoc({ id: 'w', text: 'Mexico.' }), makeCtx(null));
for (const [name, text] of [
  ['spaces', ' '.repeat(1e6)],
  ['one long word', 'a'.repeat(1e6)],
  ['capitals', 'The Association Of United Nations '.repeat(30000)],
  ['mexico', 'Mexico '.repeat(150000)],
  ['parens', '(ABC in Spanish) '.repeat(60000)],
  ['names', 'Juan Pedro Luis Maria '.repeat(50000)],
] as const) {
  const t = Date.now();
  const d = runPipeline(stages, makeDoc({ id: name, text }), makeCtx('2024-01-01'));
  console.log(name, Date.now() - t, 'ms', d.mentions.length);
}
