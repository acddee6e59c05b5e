import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asOfDay, contractDate, dateBounds } from './date-bounds.js';

test('bounds of years, months, days, decades and ranges', () => {
  assert.deepEqual([dateBounds('2010').start, dateBounds('2010').end], ['2010-01-01', '2010-12-31']);
  assert.deepEqual([dateBounds('2024-02').start, dateBounds('2024-02').end], ['2024-02-01', '2024-02-29']);
  assert.deepEqual([dateBounds('199').start, dateBounds('199').end], ['1990-01-01', '1999-12-31']);
  assert.deepEqual([dateBounds('1999/2010-12').start, dateBounds('1999/2010-12').end], ['1999-01-01', '2010-12-31']);
  assert.equal(dateBounds('sometime').start, null);
  assert.equal(asOfDay('2011'), '2011-12-31');
});

test('ranges are given in the contract form by what their ends share', () => {
  assert.equal(contractDate('2010-12-01/2010-12-25'), '2010-12');
  assert.equal(contractDate('2010-12-26/2011-06-30'), '2010');
  assert.equal(contractDate('2023-06-15'), '2023-06-15');
  assert.equal(contractDate(null), null);
});
