// Present and present-perfect clauses, told apart from past ones and from plural nouns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presentTenseAt } from './present-tense-at.js';

function presentAt(text: string, word: string): boolean {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `${word} not in text`);
  return presentTenseAt(text, { start, end: start + word.length });
}

test('a present perfect, with adverbs between auxiliary and verb, is present', () => {
  assert.equal(presentAt('Chile has opened a consulate.', 'opened'), true);
  assert.equal(presentAt('The two have so far never exchanged envoys.', 'exchanged'), true);
  assert.equal(presentAt('Oman (has already welcomed the plan.', 'welcomed'), true);
});

test('"already", "still" and "no longer" put the verb in the present', () => {
  assert.equal(presentAt('Fiji still recognises Taipei.', 'recognises'), true);
  assert.equal(presentAt('Laos no longer hosts the office.', 'hosts'), true);
});

test('a bare -s verb after its subject is present; a plural noun or a past tense is not', () => {
  assert.equal(presentAt('Qatar backs the truce.', 'backs'), true);
  assert.equal(presentAt('the envoy, who denies the claim.', 'denies'), true);
  assert.equal(presentAt('Qatar talks with both sides.', 'talks'), false);
  assert.equal(presentAt('Qatar backed the truce.', 'backed'), false);
  assert.equal(presentAt('Qatar discuss the truce.', 'discuss'), false);
  assert.equal(presentAt("Qatar's backs were turned.", 'backs'), false);
});

test('a verb not preceded by white space, or at the text start, is not read as present', () => {
  assert.equal(presentAt('Backs the truce.', 'Backs'), false);
  assert.equal(presentAt('Qatar has(backed) it.', 'backed'), false);
});

test('a longer word ending in an adverb does not count as that adverb', () => {
  assert.equal(presentAt('Qatar snow backed it.', 'backed'), false);
  assert.equal(presentAt('Qatar has nowhere backed it.', 'backed'), false);
});
