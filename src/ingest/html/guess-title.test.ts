import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessTitle } from './guess-title.js';

test('prefers the <h1> that the <title> repeats', () => {
  assert.equal(guessTitle(['Daily Planet', 'Peru expels the Mexican ambassador'], 'Peru expels the Mexican ambassador | Daily Planet'),
    'Peru expels the Mexican ambassador');
});

test('skips a one-word logo <h1> when the title does not help', () => {
  assert.equal(guessTitle(['Planet', 'Peru expels the Mexican ambassador'], 'Home'), 'Peru expels the Mexican ambassador');
});

test('falls back to <title>, then to any <h1>, then to null', () => {
  assert.equal(guessTitle([], 'World news'), 'World news');
  assert.equal(guessTitle(['Planet'], null), 'Planet');
  assert.equal(guessTitle([], null), null);
});
