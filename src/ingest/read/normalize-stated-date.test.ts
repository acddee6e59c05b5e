import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeStatedDate } from './normalize-stated-date.js';

test('stated dates become the calendar day as written', () => {
  const cases: [string | null, string | null][] = [
    ['2023-06-12', '2023-06-12'],
    ['2023-06-12T23:30:00-05:00', '2023-06-12'],
    ['2023/06/12', '2023-06-12'],
    ['Mon, 12 Jun 2023 23:30:00 -0500', '2023-06-12'],
    ['12 June 2023', '2023-06-12'],
    ['2023-02-30', null],
    ['yesterday', null],
    ['2023', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeStatedDate(input), expected, String(input));
});
