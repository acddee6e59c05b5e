import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import { makeTextSegmenter } from './segment-text.js';

const run = (text: string, blocks?: Parameters<typeof makeDoc>[0]['blocks']) =>
  makeTextSegmenter().run(makeDoc({ id: 'd', text, blocks }), makeCtx('2024-01-01'));

test('a text scrape gets one block per line and sentences only outside boilerplate', () => {
  const text = 'Ghana and Togo signed a border accord on Friday. It ends a decade of talks.\nSubscribe to our newsletter';
  const doc = run(text);
  assert.deepEqual(doc.blocks.map((b) => b.role), ['body', 'boilerplate']);
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), [
    'Ghana and Togo signed a border accord on Friday.',
    'It ends a decade of talks.',
  ]);
  assert.deepEqual(doc.sentences.map((s) => s.block), [0, 0]);
});

test('blocks given by the HTML cleaner are kept as they are', () => {
  const text = 'Intro line.\n\nSecond paragraph here.';
  const blocks = [
    { kind: 'block' as const, role: 'boilerplate' as const, start: 0, end: 11, reason: 'caption' },
    { kind: 'block' as const, role: 'body' as const, start: 13, end: text.length, reason: null },
  ];
  const doc = run(text, blocks);
  assert.deepEqual(doc.blocks.map((b) => b.reason), ['caption', null]);
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['Second paragraph here.']);
});
