import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeAnalysedDoc } from '../../knowledge/index.js';
import { loadPairReports, queryEvents } from '../events/index.js';
import { openStore } from '../open-store.js';
import { saveDocumentAnalysis } from '../save-document-analysis.js';
import { listAuditLog, listReviewQueue, recordReview, reviewsForEvents, ReviewError } from './index.js';
import type { OpenedStore } from '../open-store.js';

const CUT = 'Nicaragua cut diplomatic ties with Israel in October 2024, its government announced.';
const EASED = 'A later report said Nicaragua had only downgraded its ties with Israel that October.';
const TEXT = `${CUT} ${EASED}`;
const names = { NIC: 'Nicaragua', ISR: 'Israel' };

function analysed() {
  return makeAnalysedDoc('nic', TEXT, '2024-10-20', [
    { type: 'sever_relations', sentence: CUT, source: ['NIC'], target: ['ISR'], date: '2024-10', granularity: 'month', names },
    { type: 'downgrade_relations', sentence: EASED, source: ['NIC'], target: ['ISR'], date: '2024-10', granularity: 'month', names },
  ]);
}

async function seeded(): Promise<OpenedStore> {
  const store = await openStore(':memory:');
  await store.db.transaction().execute((trx) => saveDocumentAnalysis(trx, 'nic', analysed()));
  return store;
}

const idOf = async (store: OpenedStore, type: string) =>
  (await store.db.selectFrom('events').select('id').where('type', '=', type).executeTakeFirstOrThrow()).id;

test('a correction overrides extraction in pair queries and survives re-analysis of the document', async () => {
  const store = await seeded();
  const id = await idOf(store, 'sever_relations');
  const at = () => new Date('2026-11-22T07:00:00Z');
  await recordReview(store.db, id, { action: 'correct', correction: { type: 'suspend_relations', target: ['ISR', 'USA'], date: '2024-10-14' } }, { reviewer: 'ana', now: at });
  const check = async () => {
    const nicUsa = await loadPairReports(store.db, 'NIC', 'USA');
    assert.deepEqual(nicUsa.map((r) => [r.type, r.date.value, r.date.granularity]), [['suspend_relations', '2024-10-14', 'day']]);
  };
  await check();
  await store.db.transaction().execute((trx) => saveDocumentAnalysis(trx, 'nic', analysed()));
  await check();
  const newId = await idOf(store, 'suspend_relations');
  assert.notEqual(newId, id, 're-analysis made new rows');
  assert.equal((await reviewsForEvents(store.db, [newId])).get(newId)?.status, 'corrected');
  await store.close();
});

test('a rejected event leaves listings, export and pair queries; confirming it brings it back as extracted', async () => {
  const store = await seeded();
  const id = await idOf(store, 'downgrade_relations');
  await recordReview(store.db, id, { action: 'reject', note: 'the same break, misread' }, { reviewer: 'ana' });
  assert.deepEqual((await queryEvents(store.db)).map((r) => r.type), ['sever_relations']);
  assert.equal((await loadPairReports(store.db, 'NIC', 'ISR')).length, 1);
  assert.equal((await queryEvents(store.db, { includeRejected: true })).length, 2);
  await recordReview(store.db, id, { action: 'confirm' }, { reviewer: 'ben' });
  assert.equal((await loadPairReports(store.db, 'NIC', 'ISR')).length, 2);
  const log = await listAuditLog(store.db);
  assert.deepEqual(log.map((e) => [e.action, e.reviewer, e.before.status, e.after.status]), [
    ['confirm', 'ben', 'rejected', 'confirmed'],
    ['reject', 'ana', 'unreviewed', 'rejected'],
  ]);
  assert.equal(log[1].note, 'the same break, misread');
  await store.close();
});

test('the queue puts conflicting reports first and drops reviewed ones; bad corrections are refused', async () => {
  const store = await seeded();
  const lone = 'Chile opened an embassy in Vietnam in 2019.';
  await store.db.transaction().execute((trx) =>
    saveDocumentAnalysis(trx, 'chl', makeAnalysedDoc('chl', lone, '2019-05-01', [{ type: 'open_embassy', sentence: lone, source: ['CHL'], target: ['VNM'], date: '2019', names: { CHL: 'Chile', VNM: 'Vietnam' } }])),
  );
  await store.db.updateTable('events').set({ confidence: 0.1 }).where('document_id', '=', 'chl').execute();
  const queue = await listReviewQueue(store.db);
  assert.deepEqual(queue.items.map((i) => i.conflicting), [true, true, false]);
  assert.equal(queue.total, 3);
  const id = await idOf(store, 'sever_relations');
  await assert.rejects(recordReview(store.db, id, { action: 'correct', correction: { type: 'no_such_type' } }, { reviewer: 'ana' }), ReviewError);
  await recordReview(store.db, id, { action: 'confirm' }, { reviewer: 'ana' });
  assert.equal((await listReviewQueue(store.db)).total, 2);
  assert.equal(await recordReview(store.db, 99999, { action: 'confirm' }, { reviewer: 'ana' }), null);
  await store.close();
});

test('events sharing one sentence and type keep separate verdicts, through re-analysis too', async () => {
  const store = await openStore(':memory:');
  const both = 'Chile and Peru recognised the State of Palestine in January 2011.';
  const doc = () =>
    makeAnalysedDoc('two', both, '2011-02-01', [
      { type: 'recognize', sentence: both, source: ['CHL'], target: ['PSE'], date: '2011-01', granularity: 'month', names: { CHL: 'Chile', PSE: 'Palestine' } },
      { type: 'recognize', sentence: both, source: ['PER'], target: ['PSE'], date: '2011-01', granularity: 'month', names: { PER: 'Peru', PSE: 'Palestine' } },
    ]);
  await store.db.transaction().execute((trx) => saveDocumentAnalysis(trx, 'two', doc()));
  const ids = (await store.db.selectFrom('events').select(['id', 'source_json']).orderBy('id').execute()).map((r) => r.id);
  await recordReview(store.db, ids[0], { action: 'reject' }, { reviewer: 'ana' });
  await recordReview(store.db, ids[1], { action: 'correct', correction: { date: '2011-01-24' } }, { reviewer: 'ana' });
  const check = async () => {
    const reports = await loadPairReports(store.db, 'PER', 'PSE');
    assert.deepEqual(reports.map((r) => r.date.value), ['2011-01-24']);
    assert.equal((await loadPairReports(store.db, 'CHL', 'PSE')).length, 0);
  };
  await check();
  await store.db.transaction().execute((trx) => saveDocumentAnalysis(trx, 'two', doc()));
  await check();
  assert.equal((await store.db.selectFrom('reviews').select('event_key').execute()).length, 2);
  await store.close();
});
