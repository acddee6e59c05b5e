// Day numbers by arithmetic must agree with Date.parse, which they stand in for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf } from './day-of.js';

/** What the dater compared before: Date.parse on the value padded to a day. */
function parsed(v: string): number {
  return Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v.slice(0, 10));
}

function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

test('agrees with Date.parse on days, months and years, including days past the month end', () => {
  for (const y of [1066, 1900, 1999, 2000, 2023, 2024, 2100]) {
    for (let m = 0; m <= 13; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      assert.ok(same(dayOf(month), parsed(month)), month);
      for (let d = 0; d <= 32; d++) {
        const day = `${month}-${String(d).padStart(2, '0')}`;
        assert.ok(same(dayOf(day), parsed(day)), day);
      }
    }
    assert.ok(same(dayOf(String(y)), parsed(String(y))), String(y));
  }
});

test('agrees with Date.parse on values that are not plain dates', () => {
  for (const v of ['2024-05-20T14:30', '2024-05-20/2024-05-27', '0099', '0999-03-04', '2024-W21', 'PRESENT_REF', '199', '', '2024-5-01']) {
    assert.ok(same(dayOf(v), parsed(v)), v);
  }
});
