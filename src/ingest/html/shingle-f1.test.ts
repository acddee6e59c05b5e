import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countShingles, scoreShingles } from './shingle-f1.js';

test('identical texts share every shingle', () => {
  const t = 'The ministers met in Lima on Tuesday to sign the accord.';
  // 11 tokens give 8 shingles.
  assert.deepEqual(countShingles(t, t), { tp: 8, fp: 0, fn: 0 });
});

test('punctuation and spacing do not matter, case does', () => {
  const a = 'Ottawa recalled its envoy, officials said.';
  const b = 'Ottawa recalled its envoy officials said';
  assert.deepEqual(countShingles(a, b), { tp: 3, fp: 0, fn: 0 });
  const lower = countShingles('ottawa recalled its envoy', 'Ottawa recalled its envoy');
  assert.deepEqual(lower, { tp: 0, fp: 1, fn: 1 });
});

test('shingles are counted as multisets', () => {
  const once = 'a b c d';
  const twice = 'a b c d a b c d';
  // twice: abcd, bcda, cdab, dabc, abcd -> abcd twice.
  assert.deepEqual(countShingles(twice, once), { tp: 1, fp: 4, fn: 0 });
  assert.deepEqual(countShingles(once, twice), { tp: 1, fp: 0, fn: 4 });
});

test('texts under four tokens have no shingles', () => {
  assert.deepEqual(countShingles('one two three', 'one two three'), { tp: 0, fp: 0, fn: 0 });
});

test('precision skips pages with an empty prediction, recall pages with an empty truth', () => {
  const score = scoreShingles([
    { tp: 3, fp: 1, fn: 0 }, // p 0.75, r 1
    { tp: 0, fp: 0, fn: 5 }, // empty prediction: recall 0 only
    { tp: 0, fp: 2, fn: 0 }, // empty truth: precision 0 only
  ]);
  assert.equal(score.precisionPages, 2);
  assert.equal(score.recallPages, 2);
  assert.equal(score.precision, 0.375);
  assert.equal(score.recall, 0.5);
  assert.ok(Math.abs(score.f1 - (2 * 0.375 * 0.5) / 0.875) < 1e-12);
});

test('no pages give zeros, not NaN', () => {
  assert.deepEqual(scoreShingles([]), { precision: 0, recall: 0, f1: 0, precisionPages: 0, recallPages: 0 });
});
