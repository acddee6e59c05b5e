// Calendar arithmetic without Date objects must give what Date gives, quirks included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, daysInMonth, parseYmd, weekdayOf } from './calendar.js';

/** The Date-based readings the arithmetic stands in for. */
const byDate = {
  addDays: (y: number, m: number, d: number, days: number) => {
    const t = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  },
  weekday: (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7,
  daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
};

test('moves by days and reads weekdays as Date does, across leap years and centuries', () => {
  for (const y of [1582, 1899, 1900, 1999, 2000, 2023, 2024, 2100])
    for (let m = 1; m <= 12; m++)
      for (const d of [1, 15, 28, 31])
        for (const days of [-400, -31, -1, 0, 1, 29, 366]) {
          assert.deepEqual(addDays({ y, m, d }, days), byDate.addDays(y, m, d, days), `${y}-${m}-${d} ${days}`);
          assert.equal(weekdayOf({ y, m, d }), byDate.weekday(y, m, d), `${y}-${m}-${d}`);
        }
});

test('keeps Date.UTC reading years 0 to 99 as 1900 to 1999', () => {
  assert.deepEqual(addDays({ y: 50, m: 1, d: 1 }, 0), { y: 1950, m: 1, d: 1 });
  assert.equal(daysInMonth(0, 2), 28); // 1900 was no leap year
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(weekdayOf({ y: 99, m: 12, d: 31 }), byDate.weekday(99, 12, 31));
});

test('counts month lengths and clamps month shifts as Date does', () => {
  for (const y of [1900, 1996, 2000, 2023, 2024]) for (let m = 1; m <= 12; m++) assert.equal(daysInMonth(y, m), byDate.daysInMonth(y, m), `${y}-${m}`);
  assert.deepEqual(addMonths({ y: 2024, m: 1, d: 31 }, 1), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2024, m: 3, d: 31 }, -13), { y: 2023, m: 2, d: 28 });
});

test('parses a date only where the value begins with YYYY-MM-DD', () => {
  assert.deepEqual(parseYmd('2024-05-20T10:00'), { y: 2024, m: 5, d: 20 });
  for (const bad of [null, undefined, '', '2024-5-20', '2024/05/20', ' 2024-05-20', '2024-05-2x']) assert.equal(parseYmd(bad), null, String(bad));
});
