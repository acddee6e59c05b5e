import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeLiteralScreen } from './literal-screen.js';

const LITERALS = ['cookie', 'via', '(', 'mail address', 'bolet', 'señal'];

function marked(text: string, from = 0, to = text.length, wordStart = false): string[] {
  const found = new Uint8Array(LITERALS.length);
  makeLiteralScreen(LITERALS.map((l) => ({ text: l, wordStart }))).mark(text, from, to, found);
  return LITERALS.filter((_, i) => found[i] === 1);
}

test('marks every literal the text holds, single characters and non-ASCII ones included', () => {
  assert.deepEqual(marked('we use cookies (see our policy) via the portal'), ['cookie', 'via', '(']);
  assert.deepEqual(marked('enter your e-mail address for the daily boletín'), ['mail address', 'bolet']);
  assert.deepEqual(marked('sin señal en la frontera'), ['señal']);
});

test('marks nothing in prose that holds none of the literals', () => {
  assert.deepEqual(marked('the envoy met the foreign minister in lima on tuesday.'), []);
});

test('a literal counts only when it lies wholly inside the stretch', () => {
  const text = 'cookie banner\nnothing here via';
  const line = text.indexOf('\n');
  assert.deepEqual(marked(text, 0, line), ['cookie']);
  assert.deepEqual(marked(text, line + 1, text.length), ['via']);
  assert.deepEqual(marked(text, 1, line), []);
  assert.deepEqual(marked(text, line + 1, text.length - 1), []);
});

test('a literal that must start a word is not marked inside one', () => {
  assert.deepEqual(marked('peruvian troops and bolivian police', 0, undefined, true), []);
  assert.deepEqual(marked('peruvian troops, photo via reuters', 0, undefined, true), ['via']);
  assert.deepEqual(marked('via reuters', 0, undefined, true), ['via']);
  assert.deepEqual(marked('x señal', 0, undefined, true), ['señal']);
  assert.deepEqual(marked('xseñal', 0, undefined, true), []);
});
