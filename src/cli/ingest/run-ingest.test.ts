import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../core/index.js';
import type { Doc, DocInput } from '../../core/index.js';
import { hashRawInput } from '../../ingest/dedup/index.js';
import type { RawDocument, ReadFailure, ReadItem } from '../../ingest/read/index.js';
import { withTempStore } from '../../store/with-temp-store.js';
import { findDocumentByRawHash } from '../../store/documents/index.js';
import { runIngest } from './run-ingest.js';

function text(content: string, location: string): RawDocument {
  return { kind: 'document', source: 'batch.jsonl', location, format: 'text', content, bytes: content.length, id: null, url: null, published: null, title: null, author: null };
}

const failure: ReadFailure = { kind: 'failure', source: 'batch.jsonl', location: 'line 2', reason: 'malformed JSON', bytes: 9, id: null };

const items: ReadItem[] = [
  text('Albania and Greece agreed to redraw their maritime border after talks in Tirana that lasted two days.', 'line 1'),
  failure,
  text('Paraguay reopened its consulate in Foz do Iguaçu, which had been closed since the border shut in March.', 'line 3'),
];

async function* stream(list: readonly ReadItem[]): AsyncGenerator<ReadItem> {
  yield* list;
}

test('counts every input once: stored, already stored or failed; a repeated input is skipped by its raw hash', async () => {
  await withTempStore(async (store) => {
  const analysed: string[] = [];
  const analyze = (input: DocInput): Doc => {
    analysed.push(input.id);
    return makeDoc(input);
  };
  const reported: string[] = [];
  const first = await runIngest({ db: store.db, inputs: stream(items), analyze, onFailure: (f) => reported.push(f.location ?? '') });
  assert.deepEqual([first.read, first.stored, first.unchanged, first.failed], [3, 2, 0, 1]);
  assert.deepEqual(reported, ['line 2']);
  assert.equal(first.bytes, items.reduce((n, i) => n + i.bytes, 0));
  const again = await runIngest({ db: store.db, inputs: stream(items), analyze });
  assert.deepEqual([again.read, again.stored, again.unchanged, again.failed], [3, 0, 2, 1]);
  assert.equal(analysed.length, 2);
  const raw = items[0] as RawDocument;
  assert.ok(await findDocumentByRawHash(store.db, hashRawInput(raw.format, raw.content)));
  });
});

test('a document whose analysis throws is reported and not stored; the batch goes on', async () => {
  await withTempStore(async (store) => {
  let calls = 0;
  const analyze = (input: DocInput): Doc => {
    calls++;
    if (calls === 1) throw new Error('stage blew up');
    return makeDoc(input);
  };
  const reasons: string[] = [];
  const summary = await runIngest({ db: store.db, inputs: stream(items), analyze, onFailure: (f) => reasons.push(f.reason) });
  assert.deepEqual([summary.stored, summary.failed], [1, 2]);
  assert.match(reasons[0]!, /not stored: analysis failed: stage blew up/);
  });
});

test('the default analysis reads inputs in batches: every document across a batch boundary is stored, a repeat inside a batch is counted once', async () => {
  await withTempStore(async (store) => {
  const many: ReadItem[] = Array.from({ length: 18 }, (_, i) =>
    text(`Talks number ${i + 1} between Bolivia and Peru were held in La Paz, where both sides agreed to reopen the border crossing ${i + 1}.`, `line ${i + 1}`),
  );
  many.splice(5, 0, many[3] as ReadItem);
  const summary = await runIngest({ db: store.db, inputs: stream(many) });
  assert.deepEqual([summary.read, summary.stored, summary.unchanged, summary.failed], [19, 18, 1, 0]);
  });
});

test('documents read before the reader fails are still stored, and the reader error surfaces', async () => {
  await withTempStore(async (store) => {
    async function* broken(): AsyncGenerator<ReadItem> {
      yield items[0] as ReadItem;
      yield items[2] as ReadItem;
      throw new Error('stream reset');
    }
    await assert.rejects(runIngest({ db: store.db, inputs: broken() }), /stream reset/);
    for (const item of [items[0], items[2]] as RawDocument[]) assert.ok(await findDocumentByRawHash(store.db, hashRawInput(item.format, item.content)));
  });
});
