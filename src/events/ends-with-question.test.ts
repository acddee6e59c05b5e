import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsWithQuestion } from './extract-events.js';

const DEFINITION = /\?["”’)]*\s*$/;

test('reads a closing question mark the way the defining pattern does, past quotes, brackets and spaces', () => {
  const cases = [
    'Will Brazil reopen its embassy in Caracas?',
    'The envoy asked, “Will Norway follow?”  ',
    'Would Peru expel the attaché (as rumoured?)\n',
    'Is the treaty dead?’ ”\u00a0',
    'Ghana recalled its ambassador.',
    'Who signed? Nobody said.',
    '?',
    '',
    '   ',
    'Kenya asked why?x',
    '"Why now?" ) .',
  ];
  for (const text of cases) assert.equal(endsWithQuestion(text), DEFINITION.test(text), JSON.stringify(text));
});
