import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropContradicted } from './drop-contradicted.js';
import { answerRelations } from './answer-relations.js';
import { makeReport } from './make-report.js';

const SENTENCE = 'Asked whether Chile would cut ties with Israel as protesters demand, the minister said it would not.';

test('a sentence read both as a break and as a refused break keeps only the refusal', () => {
  const reports = [
    makeReport({ document: 'd', type: 'sever_relations', source: ['CHL'], target: ['ISR'], date: '2024-02-01', evidence: SENTENCE }),
    makeReport({ document: 'd', type: 'sever_relations', source: ['CHL'], target: ['ISR'], date: '2024-02-01', evidence: SENTENCE, polarity: 'negated', modality: 'intended' }),
  ];
  assert.equal(dropContradicted(reports).length, 1);
  assert.equal(answerRelations(reports, 'CHL', 'ISR', '2024-03-01').relations.status, 'unknown');
});

test('the same act in different sentences is left alone', () => {
  const reports = [
    makeReport({ document: 'd', type: 'sever_relations', source: ['BLZ'], target: ['ISR'], date: '2023-11-14', evidence: 'Belize suspended ties with Israel.' }),
    makeReport({ document: 'd', type: 'sever_relations', source: ['BLZ'], target: ['ISR'], date: '2023-11-14', evidence: 'Unions asked Belize to cut ties.', modality: 'demanded' }),
  ];
  assert.equal(dropContradicted(reports).length, 2);
});
