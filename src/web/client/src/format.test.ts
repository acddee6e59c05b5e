import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEventDate, stateName, typeLabel } from './format.js';

test('event dates are shown at the granularity the text gave, approximate ones marked', () => {
  assert.equal(formatEventDate('2010-12-06', 'day'), '6 Dec 2010');
  assert.equal(formatEventDate('2010-12', 'month'), 'Dec 2010');
  assert.equal(formatEventDate('1995', 'year', 'publication'), 'c. 1995');
  assert.equal(formatEventDate('199', 'decade'), '1990s');
  assert.equal(formatEventDate('2019-03/2020', 'range'), 'between Mar 2019 and 2020');
  assert.equal(formatEventDate(null, 'unknown'), 'date unknown');
});

test('state names come from ISO codes, with the names chancery prefers', () => {
  assert.equal(stateName('MEX'), 'Mexico');
  assert.equal(stateName('PSE'), 'Palestine');
  assert.equal(stateName('XKX'), 'Kosovo');
  assert.equal(stateName('IGO:UN'), 'IGO:UN');
  assert.equal(typeLabel('sever_relations'), 'sever relations');
  assert.equal(typeLabel(null, 'CONSULT'), 'consult');
});
