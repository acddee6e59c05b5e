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

test('a dotted acronym before a name-like word does not split, before a sentence opener it does', () => {
  const text = 'The U.S. Treasury froze the accounts. Talks moved to the U.S. The envoy flew home.';
  assert.deepEqual(sentences(text), [
    'The U.S. Treasury froze the accounts.',
    'Talks moved to the U.S.',
    'The envoy flew home.',
  ]);
});

test('Spanish titles and abbreviations from the data list do not split', () => {
  const text = 'La Sra. Bárcena y el Gral. Sandoval viajaron a EE. UU. el martes. Después volvieron.';
  assert.deepEqual(sentences(text), [
    'La Sra. Bárcena y el Gral. Sandoval viajaron a EE. UU. el martes.',
    'Después volvieron.',
  ]);
});

test('Spanish opening marks start a new sentence', () => {
  const text = 'El ministro habló. ¿Habrá un acuerdo? ¡Nadie lo sabe!';
  assert.deepEqual(sentences(text), ['El ministro habló.', '¿Habrá un acuerdo?', '¡Nadie lo sabe!']);
});

test('a quoted sentence followed by its attribution stays whole', () => {
  const text = '"We will not recognise the vote," the minister said. Nobody replied.';
  assert.deepEqual(sentences(text), ['"We will not recognise the vote," the minister said.', 'Nobody replied.']);
});

test('a question mark inside quotes followed by a lower-case word continues the sentence', () => {
  const text = '“Why now?” asked the senator on Tuesday. The vote went ahead.';
  assert.deepEqual(sentences(text), ['“Why now?” asked the senator on Tuesday.', 'The vote went ahead.']);
});

test('ellipses, repeated marks and numbers like No. 10 are handled', () => {
  const text = 'He waited... Then he left?! They met at No. 10 Downing Street. It rained.';
  assert.deepEqual(sentences(text), ['He waited...', 'Then he left?!', 'They met at No. 10 Downing Street.', 'It rained.']);
});

test('offsets are into the given text and respect the start and end bounds', () => {
  const text = 'HEADLINE\nFirst one. Second one.\nTail';
  const start = text.indexOf('First');
  const end = text.indexOf('\nTail');
  const spans = splitSentences(text, start, end);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['First one.', 'Second one.']);
  assert.equal(spans[0]!.start, start);
});

test('a spaced ellipsis is one mark: inside a quote it continues, after a sentence it ends', () => {
  const text = 'It will help the . . . peace process. Nobody agreed. . . . Then talks ended.';
  assert.deepEqual(sentences(text), ['It will help the . . . peace process.', 'Nobody agreed. . . .', 'Then talks ended.']);
});

test('splits only the given stretch of the text, with offsets into the whole text', () => {
  const text = 'Before. The envoy left. He came back. After.';
  const start = text.indexOf('The');
  const end = text.indexOf(' After');
  assert.deepEqual(
    splitSentences(text, start, end).map((s) => text.slice(s.start, s.end)),
    ['The envoy left.', 'He came back.'],
  );
});
