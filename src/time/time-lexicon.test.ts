import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTimeData, timeLexicon } from './time-lexicon.js';

test('the time data files validate', () => {
  assert.deepEqual(checkTimeData(), []);
});

test('unknown languages fall back to English words', () => {
  assert.equal(timeLexicon('xx').months.june, 6);
  assert.equal(timeLexicon('es').months.junio, 6);
});
