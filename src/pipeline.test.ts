import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeBatch, analyzeDocument, makePipeline } from './pipeline.js';
import type { Stage } from './core/index.js';

const inputs = [
  { id: 'a', text: 'Chile recalled its ambassador from Israel on Tuesday, the foreign ministry said.', meta: { published: '2023-10-31' } },
  { id: 'b', text: 'Last week Honduras established diplomatic relations with China and cut its ties with Taiwan.', meta: { published: '2023-03-26' } },
  { id: 'c', text: 'Norway said it would recognise Palestine next month.', meta: { published: null } },
];

test('analysing a batch stage by stage gives each document exactly what analysing it alone gives', () => {
  const stages = makePipeline();
  const batch = analyzeBatch(inputs, stages);
  assert.equal(batch.length, inputs.length);
  inputs.forEach((input, i) => assert.deepEqual(batch[i], analyzeDocument(input, stages)));
  assert.ok(batch.every((d) => !(d instanceof Error) && d.events.length > 0));
});

test('a stage that throws on one document of a batch fails only that document', () => {
  const picky: Stage = {
    name: 'picky',
    run(doc) {
      if (doc.text.includes('Honduras')) throw new Error('cannot read Honduras');
      return doc;
    },
  };
  const stages = [...makePipeline(), picky];
  const batch = analyzeBatch(inputs, stages);
  assert.ok(batch[1] instanceof Error && /Honduras/.test(batch[1].message));
  assert.ok(!(batch[0] instanceof Error) && batch[0]?.events.length);
  assert.ok(!(batch[2] instanceof Error));
});
