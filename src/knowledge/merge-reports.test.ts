import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeReports } from './merge-reports.js';
import { makeReport } from './make-report.js';

test('the same recognition reported by two papers is one event with two citations and two sources', () => {
  const events = mergeReports([
    makeReport({ document: 'paper-1', type: 'recognize', source: ['ARG'], target: ['PSE'], date: '2010-12-06' }),
    makeReport({ document: 'paper-2', type: 'recognize', source: ['ARG'], target: ['PSE'], date: '2010-12', granularity: 'month' }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0].citations.length, 2);
  assert.equal(events[0].independentSources, 2);
  assert.equal(events[0].date.value, '2010-12-06');
});

test('a republished copy adds a citation but not an independent source', () => {
  const events = mergeReports([
    makeReport({ document: 'original', type: 'sever_relations', source: ['COL'], target: ['ISR'], date: '2024-05-01' }),
    makeReport({ document: 'copy', origin: 'original', type: 'sever_relations', source: ['COL'], target: ['ISR'], date: '2024-05-01' }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0].citations.length, 2);
  assert.equal(events[0].independentSources, 1);
  assert.deepEqual(events[0].citations.map((c) => c.independent), [true, false]);
});

test('breaks between the same states years apart stay separate events', () => {
  const events = mergeReports([
    makeReport({ type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2009-01', granularity: 'month' }),
    makeReport({ type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2023-10-31' }),
  ]);
  assert.equal(events.length, 2);
});

test('symmetric acts merge whichever side a report names first', () => {
  const events = mergeReports([
    makeReport({ type: 'restore_relations', source: ['CUB'], target: ['USA'], date: '2015-07-20' }),
    makeReport({ type: 'restore_relations', source: ['USA'], target: ['CUB'], date: '2015-07', granularity: 'month' }),
  ]);
  assert.equal(events.length, 1);
});

test('a refusal and a recognition between the same states never merge', () => {
  const events = mergeReports([
    makeReport({ type: 'recognize', source: ['PAN'], target: ['PSE'], date: '2015' , granularity: 'year' }),
    makeReport({ type: 'recognize', source: ['PAN'], target: ['PSE'], date: '2015', granularity: 'year', polarity: 'negated' }),
  ]);
  assert.equal(events.length, 2);
});

test('reports of one break dated a few days apart merge, keeping the more precise date', () => {
  const events = mergeReports([
    makeReport({ type: 'sever_relations', source: ['VEN'], target: ['ISR'], date: '2009-01-14' }),
    makeReport({ type: 'sever_relations', source: ['VEN'], target: ['ISR'], date: '2009-01-05/2009-01-11', granularity: 'range' }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0].date.value, '2009-01-14');
});
