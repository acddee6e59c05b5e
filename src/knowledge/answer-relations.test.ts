import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerRelations } from './answer-relations.js';
import { makeReport } from './make-report.js';

test('a negated break ("ruled out cutting ties") never changes relations', () => {
  const reports = [
    makeReport({ type: 'establish_relations', source: ['BOL'], target: ['ISR'], date: '1948' , granularity: 'year' }),
    makeReport({ type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2020-03-02', polarity: 'negated' }),
  ];
  const answer = answerRelations(reports, 'BOL', 'ISR', '2021-01-01');
  assert.equal(answer.relations.status, 'established');
  assert.equal(answer.relations.since, '1948');
});

test('demanded, intended and hypothetical breaks never change relations', () => {
  for (const modality of ['demanded', 'intended', 'hypothetical'] as const) {
    const reports = [makeReport({ type: 'sever_relations', source: ['MEX'], target: ['ISR'], date: '2024-05-10', modality })];
    const answer = answerRelations(reports, 'MEX', 'ISR', '2025-01-01');
    assert.equal(answer.relations.status, 'unknown', modality);
    assert.deepEqual(answer.relations.citations, [], modality);
  }
});

test('"currently has no relations" with no date sets the state as of the publication date', () => {
  const reports = [
    makeReport({ type: 'sever_relations', source: ['NIC'], target: ['ISR'], modality: 'ongoing', published: '2025-02-10', evidence: 'Nicaragua currently has no diplomatic ties with Israel.' }),
  ];
  assert.equal(answerRelations(reports, 'ISR', 'NIC', '2025-02-10').relations.status, 'none');
  assert.equal(answerRelations(reports, 'ISR', 'NIC', '2025-02-09').relations.status, 'unknown');
  const cited = answerRelations(reports, 'ISR', 'NIC', '2025-03-01').relations.citations[0];
  assert.equal(cited.evidence, 'Nicaragua currently has no diplomatic ties with Israel.');
});

test('"no longer has relations since" sets severed from the date stated, and established before it', () => {
  const reports = [
    makeReport({ type: 'sever_relations', source: ['ECU'], target: ['MEX'], modality: 'ongoing', date: '2024-04', granularity: 'month', published: '2025-01-15', evidence: 'Ecuador no longer has relations with Mexico since April 2024' }),
  ];
  const answer = answerRelations(reports, 'MEX', 'ECU', '2024-06-01');
  assert.equal(answer.relations.status, 'severed');
  assert.equal(answer.relations.since, '2024-04');
  const before = answerRelations(reports, 'MEX', 'ECU', '2024-01-01');
  assert.equal(before.relations.status, 'established');
  assert.equal(before.relations.citations.length, 1);
  assert.deepEqual(before.conflicts, []);
});

test('a report of a break and one of a mere downgrade at the same time give a conflict with both sides', () => {
  const reports = [
    makeReport({ document: 'wire-a', type: 'sever_relations', source: ['BOL'], target: ['ISR'], date: '2023-10-31' }),
    makeReport({ document: 'wire-b', type: 'downgrade_relations', source: ['BOL'], target: ['ISR'], date: '2023-10' , granularity: 'month' }),
  ];
  const answer = answerRelations(reports, 'BOL', 'ISR', '2024-01-01');
  assert.equal(answer.conflicts.length, 1);
  const values = answer.conflicts[0].sides.map((s) => s.value).sort();
  assert.deepEqual(values, ['established', 'severed']);
  assert.ok(answer.conflicts[0].sides.every((s) => s.citations.length === 1));
});

test('a long refusal reported beside the recognition that ended it holds only before it', () => {
  const doc = { document: 'op-ed', published: '2021-03-20' };
  const reports = [
    makeReport({ ...doc, type: 'recognize', source: ['URY'], target: ['PSE'], polarity: 'negated', modality: 'ongoing', evidence: 'For years Uruguay declined to recognise Palestine.' }),
    makeReport({ ...doc, type: 'recognize', source: ['URY'], target: ['PSE'], date: '2021-03-01' }),
  ];
  assert.equal(answerRelations(reports, 'URY', 'PSE', '2015-06-30').recognition.aRecognizesB, false);
  assert.equal(answerRelations(reports, 'URY', 'PSE', '2021-03-20').recognition.aRecognizesB, true);
  assert.equal(answerRelations(reports, 'URY', 'PSE', '2021-03-20').conflicts.length, 0);
});

test('an organisation counts for its state: relations with ORG:PLO are relations with PSE', () => {
  const reports = [makeReport({ type: 'establish_relations', source: ['IND'], target: ['ORG:PLO@PSE'], date: '1975', granularity: 'year' })];
  assert.equal(answerRelations(reports, 'IND', 'PSE', '1980-01-01').relations.status, 'established');
});

test('the host upgrading a mission "in its capital" raises the guest mission, and the guest saying "its mission" does too', () => {
  const host = makeReport({ type: 'upgrade_mission', source: ['CHL'], target: ['PSE'], date: '2011-01', granularity: 'month', evidence: 'Chile raised the Palestinian office in Santiago to an embassy', locations: ['CHL'] });
  const guest = makeReport({ type: 'upgrade_mission', source: ['PSE'], target: ['CHL'], date: '2011-01-15', evidence: 'Palestine turned its mission in Chile into an embassy', locations: ['CHL'] });
  for (const reports of [[host], [guest]]) {
    const answer = answerRelations(reports, 'CHL', 'PSE', '2011-12-31');
    assert.equal(answer.missions.bInA, 'embassy');
    assert.equal(answer.missions.aInB, 'unknown');
  }
});

test('embassies or ambassadors on both sides make relations established when nothing else is known', () => {
  const reports = [
    makeReport({ type: 'protest', source: ['TUR'], target: ['SWE'], date: '2023-01-21', posts: { SWE: 'ambassador-actor' }, evidence: 'Ankara summoned the Swedish ambassador' }),
    makeReport({ type: 'statement', source: ['TUR'], target: ['SWE'], date: '2023-02-01', posts: { TUR: 'embassy-actor' }, evidence: 'the Turkish embassy in Stockholm said' }),
  ];
  const answer = answerRelations(reports, 'SWE', 'TUR', '2023-06-01');
  assert.equal(answer.relations.status, 'established');
  assert.equal(answer.relations.inferred, true);
  assert.equal(answer.relations.citations.length, 2);
  assert.equal(answerRelations(reports.slice(0, 1), 'SWE', 'TUR', '2023-06-01').relations.status, 'unknown');
});

test('a recall marks the ambassador recalled without touching relations', () => {
  const reports = [
    makeReport({ type: 'establish_relations', source: ['BRA'], target: ['ISR'], date: '1949', granularity: 'year' }),
    makeReport({ type: 'recall_ambassador', source: ['BRA'], target: ['ISR'], date: '2024-05-29' }),
  ];
  const answer = answerRelations(reports, 'BRA', 'ISR', '2024-06-01');
  assert.equal(answer.relations.status, 'established');
  assert.equal(answer.missions.ambassadors.aInB, 'recalled');
});

test('a recognition by several states merges with another report of one of them', () => {
  const reports = [
    makeReport({ document: 'a', type: 'recognize', source: ['ARG', 'BOL', 'ECU'], target: ['PSE'], date: '2010-12', granularity: 'month' }),
    makeReport({ document: 'b', type: 'recognize', source: ['BOL'], target: ['PSE'], date: '2010-12-17' }),
  ];
  const answer = answerRelations(reports, 'BOL', 'PSE', '2011-01-31');
  assert.equal(answer.recognition.aRecognizesB, true);
  assert.equal(answer.events, 1);
  assert.equal(answer.recognition.citations.length, 2);
});

test('a later article saying a recognition never happened is shown as a conflict, not silently dropped', () => {
  const reports = [
    makeReport({ document: 'gazette', type: 'recognize', source: ['GUY'], target: ['PSE'], date: '2011-01-13' }),
    makeReport({ document: 'blog', published: '2015-03-01', type: 'recognize', source: ['GUY'], target: ['PSE'], polarity: 'negated', modality: 'ongoing' }),
  ];
  const answer = answerRelations(reports, 'GUY', 'PSE', '2015-03-01');
  assert.equal(answer.recognition.aRecognizesB, true);
  assert.equal(answer.conflicts.length, 1);
  assert.deepEqual(answer.conflicts[0].sides.map((s) => s.value).sort(), [false, true]);
});

test('an embassy named in passing yields to a closure reported for the same year', () => {
  const reports = [
    makeReport({ document: 'a', type: 'statement', source: ['ARG'], target: ['IRN'], date: '1994', granularity: 'year', posts: { IRN: 'embassy-actor' }, evidence: 'the Iranian embassy in Buenos Aires denied any role' }),
    makeReport({ document: 'b', type: 'close_embassy', source: ['IRN'], target: ['ARG'], date: '1994-08-10', locations: ['ARG'], evidence: 'Iran closed its embassy in Argentina' }),
  ];
  const answer = answerRelations(reports, 'ARG', 'IRN', '1995-01-01');
  assert.equal(answer.missions.bInA, 'none');
  assert.deepEqual(answer.conflicts, []);
});
