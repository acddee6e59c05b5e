// Through the real ingest path (reading, cleaning, near-duplicate detection, one transaction per
// document), with the analysis pinned so the test does not depend on the extractors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../cli/ingest/index.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../../ingest/read/index.js';
import { openStore } from '../open-store.js';
import { queryRelations } from './index.js';
import { makeAnalysedDoc } from '../../knowledge/index.js';
import type { DocInput } from '../../core/index.js';

const BREAK = 'Colombia broke off diplomatic relations with Israel on 1 May 2024';
const STORY = [
  `${BREAK}, President Gustavo Petro told a crowd at a May Day rally in Bogota.`,
  'Petro had recalled his ambassador from Tel Aviv months earlier and called the war in Gaza a genocide.',
  'Israel said the decision rewarded terrorism and would not change its course in the war.',
  'Colombia had been one of the closest partners of Israel in Latin America for decades, buying arms and aircraft.',
  'Bolivia cut its own ties with Israel at the end of October, while Chile and Honduras recalled their envoys.',
].join('\n\n');
const COPY = `BOGOTA (Wire)\n\n${STORY.replace('told a crowd', 'told a large crowd')}\n\nRead more world news.`;

function analyze(input: DocInput) {
  const sentence = input.text.slice(input.text.indexOf(BREAK)).split(/(?<=\.)\s/)[0];
  return makeAnalysedDoc(input.id, input.text, input.meta?.published ?? '2024-05-02', [
    { type: 'sever_relations', sentence, source: ['COL'], target: ['ISR'], date: '2024-05-01', names: { COL: 'Colombia', ISR: 'Israel' } },
  ]);
}

test('re-ingesting changes nothing; a republished copy adds a citation, not an event or a source', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-ingest-twice-'));
  const store = await openStore(join(dir, 'store.db'));
  try {
    writeFileSync(join(dir, 'story.txt'), STORY);
    writeFileSync(join(dir, 'copy.txt'), COPY);
    const ingest = (files: string[]) => runIngest({ db: store.db, inputs: readInputs(files.map((f) => join(dir, f)), { maxBytes: DEFAULT_MAX_BYTES }), analyze });
    await ingest(['story.txt']);
    const once = await queryRelations(store.db, 'COL', 'ISR', '2024-06-01');
    await ingest(['story.txt']);
    assert.deepEqual(await queryRelations(store.db, 'COL', 'ISR', '2024-06-01'), once);
    assert.equal(once.relations.status, 'severed');
    assert.equal(once.relations.citations.length, 1);

    const summary = await ingest(['copy.txt']);
    assert.equal(summary.duplicates, 1);
    const twice = await queryRelations(store.db, 'COL', 'ISR', '2024-06-01');
    assert.equal(twice.events, 1);
    assert.equal(twice.relations.citations.length, 2);
    assert.deepEqual(twice.relations.citations.map((c) => c.independent).sort(), [false, true]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
