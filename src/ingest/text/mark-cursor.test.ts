import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MarkCursor } from './mark-cursor.js';

test('finds the next mark of any kind, going forward and back', () => {
  const text = 'Talks ended. Why? Wait… No!';
  const marks = new MarkCursor(text);
  assert.equal(marks.next(0), text.indexOf('.'));
  assert.equal(marks.next(12), text.indexOf('?'));
  assert.equal(marks.next(17), text.indexOf('…'));
  assert.equal(marks.next(23), text.indexOf('!'));
  assert.equal(marks.next(text.length), text.length);
  assert.equal(marks.next(0), text.indexOf('.'));
});

test('a cursor over part of a text reports offsets into the whole text and stops at its end', () => {
  const text = 'One. Two three four. Five.';
  const start = 5;
  const end = 15;
  const marks = new MarkCursor(text.slice(start, end), start);
  assert.equal(marks.next(start), end);
});
