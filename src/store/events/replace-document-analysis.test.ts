import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../open-store.js';
import { saveDocumentAnalysis } from '../save-document-analysis.js';
import { loadPairReports, queryEvents } from './index.js';
import { answerRelations, makeAnalysedDoc, mergeReports } from '../../knowledge/index.js';
import type { OpenedStore } from '../open-store.js';
import type { Doc } from '../../core/index.js';

const TEXT = 'Colombia broke off diplomatic relations with Israel on 1 May 2024. Bogota said its embassy staff would leave.';
const BREAK = 'Colombia broke off diplomatic relations with Israel on 1 May 2024.';

function article(id: string): Doc {
  return makeAnalysedDoc(id, TEXT, '2024-05-02', [
    { type: 'sever_relations', sentence: BREAK, source: ['COL'], target: ['ISR'], date: '2024-05-01', names: { COL: 'Colombia', ISR: 'Israel' } },
  ]);
}

function insertDocument(store: OpenedStore, id: string, duplicateOf: string | null = null): void {
  store.sqlite
    .prepare(`insert into documents (id, url, title, published, language, text, content_hash, duplicate_of, ingested_at, provenance, blocks)
              values (?, ?, 'A title', '2024-05-02', 'en', ?, ?, ?, '2024-05-02T00:00:00Z', '{}', '[]')`)
    .run(id, `https://news.example/${id}`, TEXT, `hash-${id}`, duplicateOf);
}

async function save(store: OpenedStore, id: string, doc: Doc): Promise<void> {
  await store.db.transaction().execute((trx) => saveDocumentAnalysis(trx, id, doc));
}

test('saving the same document twice stores its events once', async () => {
  const store = await openStore(':memory:');
  insertDocument(store, 'd1');
  await save(store, 'd1', article('d1'));
  await save(store, 'd1', article('d1'));
  const reports = await loadPairReports(store.db, 'ISR', 'COL');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].url, 'https://news.example/d1');
  assert.equal(reports[0].sentence, BREAK);
  assert.equal(reports[0].date.start, '2024-05-01');
  await store.close();
});

test('a republished copy adds a citation, not an event or an independent source', async () => {
  const store = await openStore(':memory:');
  insertDocument(store, 'first');
  insertDocument(store, 'copy', 'first');
  await save(store, 'first', article('first'));
  await save(store, 'copy', article('copy'));
  const events = mergeReports(await loadPairReports(store.db, 'COL', 'ISR'));
  assert.equal(events.length, 1);
  assert.equal(events[0].citations.length, 2);
  assert.equal(events[0].independentSources, 1);
  const answer = answerRelations(await loadPairReports(store.db, 'COL', 'ISR'), 'COL', 'ISR', '2024-06-01');
  assert.equal(answer.relations.status, 'severed');
  assert.equal(answer.relations.citations.length, 2);
  await store.close();
});

test('events can be listed by actor, type and date', async () => {
  const store = await openStore(':memory:');
  insertDocument(store, 'd1');
  await save(store, 'd1', article('d1'));
  assert.equal((await queryEvents(store.db, { actor: 'COL', type: 'sever_relations', since: '2024-01-01' })).length, 1);
  assert.equal((await queryEvents(store.db, { actor: 'MEX' })).length, 0);
  assert.equal((await queryEvents(store.db, { since: '2024-06-01' })).length, 0);
  assert.equal((await queryEvents(store.db, { until: '2024-04-30' })).length, 0);
  await store.close();
});
