import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatesInText, parseDateValue } from './find-dates-in-text.js';
import { findDateInUrl, findMonthInUrl } from './find-date-in-url.js';

const dates = (text: string, dayFirst = true) => findDatesInText(text, dayFirst).map((d) => d.date);

test('reads written-out dates in English, Spanish, German and French', () => {
  assert.deepEqual(dates('Signed on June 12, 2023 in Geneva'), ['2023-06-12']);
  assert.deepEqual(dates('Sept. 3rd, 2021'), ['2021-09-03']);
  assert.deepEqual(dates('el 5 de octubre de 2019'), ['2019-10-05']);
  assert.deepEqual(dates('Mittwoch, 16. Oktober 2019'), ['2019-10-16']);
  assert.deepEqual(dates('am 3. März 2020 um 10 Uhr'), ['2020-03-03']);
  assert.deepEqual(dates('publié le 1er août 2018'), ['2018-08-01']);
});

test('reads month names from the other listed languages, Cyrillic included', () => {
  assert.deepEqual(dates('15 августа 2016, 13:43'), ['2016-08-15']);
  assert.deepEqual(dates('02 Novembre 2023'), ['2023-11-02']);
  assert.deepEqual(dates('duminică, 20 septembrie 2020'), ['2020-09-20']);
  assert.deepEqual(dates('3 de março de 2021'), ['2021-03-03']);
  assert.deepEqual(dates('2020年4月17日 10:05'), ['2020-04-17']);
});

test('reads numeric dates, day first unless told otherwise, and rejects impossible days', () => {
  assert.deepEqual(dates('Stand: 28.09.19, 14:00'), ['2019-09-28']);
  assert.deepEqual(dates('2022-01-25T10:00:00+01:00'), ['2022-01-25']);
  assert.deepEqual(dates('03/04/2020'), ['2020-04-03']);
  assert.deepEqual(dates('03/04/2020', false), ['2020-03-04']);
  assert.deepEqual(dates('25/12/2020', false), ['2020-12-25']);
  assert.deepEqual(dates('31.02.2020 and 2021-13-01'), []);
});

test('does not read version numbers or prices as dates', () => {
  assert.deepEqual(dates('version 10.2.2019b and 1.5.20000 units'), []);
});

test('parses metadata values: ISO, compact ISO, RFC 2822 and Unix timestamps', () => {
  assert.equal(parseDateValue('2020-04-13T16:38:07Z'), '2020-04-13');
  assert.equal(parseDateValue('20200413T16:38:07Z'), '2020-04-13');
  assert.equal(parseDateValue('Mon, 20 Jan 2020 09:49:32 GMT'), '2020-01-20');
  assert.equal(parseDateValue('1579513772'), '2020-01-20');
  assert.equal(parseDateValue('not a date'), null);
});

test('finds the day in URL paths but not the crawl stamp of an archived copy', () => {
  assert.equal(findDateInUrl('https://example.org/2023/06/12/summit-ends/'), '2023-06-12');
  assert.equal(findDateInUrl('https://example.org/news/2023-06-12-summit-ends'), '2023-06-12');
  assert.equal(findDateInUrl('https://example.org/news/20230612/summit'), '2023-06-12');
  assert.equal(findDateInUrl('https://example.org/bericht_vom_22.04.2020_titel'), '2020-04-22');
  assert.equal(findDateInUrl('https://example.org/2023/10/3-questions-for-the-envoy/'), null);
  assert.equal(findDateInUrl('https://web.archive.org/web/20160218174457/http://example.org/2010/05/post/'), null);
  assert.equal(findMonthInUrl('https://web.archive.org/web/20160218174457/http://example.org/2010/05/post/'), '2010-05');
  assert.equal(findDateInUrl(null), null);
});
