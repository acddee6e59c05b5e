import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerTimeline } from './answer-timeline.js';
import { makeReport } from './make-report.js';

test('a second break years later is shown again; a report days later joins the first entry', () => {
  const reports = [
    makeReport({ document: 'a', type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2009-01-14' }),
    makeReport({ document: 'b', type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2009-01-20', evidence: 'Bolivia formally notified Israel of the break.' }),
    makeReport({ document: 'c', type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2023-10-31' }),
  ];
  const entries = answerTimeline(reports, 'BOL', 'ISR').entries.filter((e) => e.facet === 'relations');
  assert.deepEqual(entries.map((e) => [e.date, e.value, e.repeat]), [['2009-01-14', 'severed', false], ['2023-10-31', 'severed', true]]);
  assert.equal(entries[0].citations.length, 2);
});

test('a restoration between two breaks makes three changes', () => {
  const reports = [
    makeReport({ type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2009-01-14' }),
    makeReport({ type: 'restore_relations', source: ['BOL'], target: ['ISR'], date: '2019-11-28' }),
    makeReport({ type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2023-10-31' }),
  ];
  const values = answerTimeline(reports, 'ISR', 'BOL').entries.map((e) => e.value);
  assert.deepEqual(values, ['severed', 'established', 'severed']);
});
