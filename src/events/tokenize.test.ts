import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_PATTERN, tokenize } from './tokenize.js';

test('the scanner cuts the same tokens as the defining pattern, across scripts and punctuation', () => {
  const text = 'U.S.-backed talks in São Paulo: Erdoğan’s aides didn’t say “no” — 3.5% of 1,200 (al-Assad) said Москва‘s 北京 𝐀𝐁 ok…\u00a0end.';
  const expected = [...text.matchAll(TOKEN_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
  assert.deepEqual(tokenize(text).map((t) => [t.start, t.end]), expected);
});

test('normalises case and apostrophes, and reads "’t" as "n\'t"', () => {
  assert.deepEqual(tokenize('Chile’s envoy DIDN’T go').map((t) => t.norm), ['chile', "'s", 'envoy', 'didn', "n't", 'go']);
});

test('keeps offsets into the whole text when tokenising a slice', () => {
  const text = 'Peru voted. Chile abstained.';
  const tokens = tokenize(text, 12, text.length);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['Chile', 'abstained', '.']);
});
