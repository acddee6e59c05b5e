// The plain-word shortcuts must give what the regex replacements they skip give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAsciiWordIgnoringCase, numberWordsKey, wordsKey, withoutFullStop } from './word-keys.js';

const samples = ['Last', 'the  following', ' that same ', 'THE\tNEXT', 'twenty-five', 'Sept.', 'a\u00a0few', 'two - three.', '', 'İ'];

test('folds matched words to keys as the regex replacements do', () => {
  for (const s of samples) {
    assert.equal(wordsKey(s), s.toLowerCase().replace(/\s+/g, ' ').trim(), JSON.stringify(s));
    assert.equal(numberWordsKey(s), s.toLowerCase().replace(/[\s-]+/g, ' ').replace(/\.$/, '').trim(), JSON.stringify(s));
    assert.equal(withoutFullStop(s), s.replace(/\.$/, ''), JSON.stringify(s));
  }
  assert.equal(wordsKey(undefined), '');
});

test('compares ignoring case only for ASCII letters, as /i without u does', () => {
  for (const s of ['evening', 'Evening', 'EVENING', 'evenıng', 'even', 'evenings'])
    assert.equal(isAsciiWordIgnoringCase(s, 'evening'), /^evening$/i.test(s), s);
});
