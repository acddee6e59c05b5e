import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split-sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

test('does not split after U.S., Gen., Mr., initials or decimals', () => {
  const text = 'The U.S. envoy met Gen. Ruiz and Mr. J. Smith. Growth was 2.5 percent. Then it ended.';
  assert.deepEqual(sentences(text), [
    'The U.S. envoy met Gen. Ruiz and Mr. J. Smith.',
    'Growth was 2.5 percent.',
    'Then it ended.',
  ]);
});

test('keeps a closing quote with its sentence', () => {
  const text = 'He said: “We condemn it.” Then he left.';
  assert.deepEqual(sentences(text), ['He said: “We condemn it.”', 'Then he left.']);
});

test('an empty or blank text has no sentences', () => {
  assert.deepEqual(splitSentences('   \n  '), []);
});
