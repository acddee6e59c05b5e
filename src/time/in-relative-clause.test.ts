// Relative clauses found by commas and a relative pronoun, in a sentence of a longer text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inOtherRelativeClause, relativeClauseAt, relativeClauseWithin } from './in-relative-clause.js';

const sentence = 'Ghana, which opened a consulate in 2019, sent an envoy on Monday.';

test('finds the comma-bounded clause opened by "which", its closing comma included', () => {
  const at = sentence.indexOf('2019');
  const clause = relativeClauseAt(sentence, at);
  assert.deepEqual(clause, { start: sentence.indexOf(',') + 1, end: sentence.indexOf(', sent') + 1 });
});

test('a piece without a relative pronoun is no relative clause', () => {
  assert.equal(relativeClauseAt(sentence, sentence.indexOf('Monday')), null);
});

test('a word that only begins like a pronoun does not open a clause', () => {
  const s = 'Kenya, whichever way the vote goes, will act in June.';
  assert.equal(relativeClauseAt(s, s.indexOf('way')), null);
  const t = 'Peru, Whose envoy left in May, stayed.';
  assert.notEqual(relativeClauseAt(t, t.indexOf('May')), null);
});

test('within a longer text, the clause stops at the sentence bounds given', () => {
  const text = `Earlier news. ${sentence} Later news, which came in 2021.`;
  const from = text.indexOf('Ghana');
  const to = from + sentence.length;
  const clause = relativeClauseWithin(text, from, to, text.indexOf('2019'));
  assert.deepEqual(clause, { start: text.indexOf(', which') + 1, end: text.indexOf(', sent') + 1 });
  // The last piece of the sentence ends at the sentence end, not at the next sentence's comma.
  const last = relativeClauseWithin(text, from, to, text.indexOf('Monday'));
  assert.equal(last, null);
  assert.equal(relativeClauseWithin(text, from, to, to), null);
  assert.equal(relativeClauseWithin(text, from, to, from - 1), null);
});

test('a sentence opening with a pronoun is a clause up to its first comma', () => {
  const s = 'Where the talks stalled in 2020, nobody knows.';
  assert.deepEqual(relativeClauseAt(s, s.indexOf('2020')), { start: 0, end: s.indexOf(',') + 1 });
});

test('an offset in a clause that also holds the trigger is not in another clause', () => {
  const at = sentence.indexOf('2019');
  assert.equal(inOtherRelativeClause(sentence, at, sentence.indexOf('opened')), false);
  assert.equal(inOtherRelativeClause(sentence, at, sentence.indexOf('sent')), true);
});
