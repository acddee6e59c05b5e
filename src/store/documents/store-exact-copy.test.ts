// Byte-identical bodies: the same source again is a no-op; the same body at another URL is a copy
// linked to the first, which the knowledge layer counts as a citation but not as another source.
// Through the real ingest path, with the analysis pinned so the test does not depend on extractors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../cli/ingest/index.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../../ingest/read/index.js';
import { makeAnalysedDoc } from '../../knowledge/index.js';
import type { DocInput } from '../../core/index.js';
import { withTempStore } from '../with-temp-store.js';
import type { OpenedStore } from '../open-store.js';
import { queryRelations, queryTimeline } from '../events/index.js';
import { countDocuments, getDocument } from './index.js';

const CUT = 'Nicaragua broke off diplomatic relations with the Netherlands on 30 September 2022';
const STORY = [
  `${CUT}, after the Dutch government said it would not resume aid for a road project.`,
  'The Dutch foreign ministry called the decision regrettable and said its embassy in Managua had already closed in 2013.',
  'Nicaragua had also rejected the nomination of a new United States ambassador earlier that year.',
].join('\n\n');

function analyze(input: DocInput) {
  const sentence = input.text.slice(input.text.indexOf(CUT)).split(/(?<=\.)\s/)[0];
  return makeAnalysedDoc(input.id, input.text, input.meta?.published ?? '2022-10-01', [
    { type: 'sever_relations', sentence, source: ['NIC'], target: ['NLD'], date: '2022-09-30', names: { NIC: 'Nicaragua', NLD: 'Netherlands' } },
  ]);
}

/** A crawler's JSONL line: the same article body, wrapped in each site's own boilerplate. */
function page(url: string, site: string): string {
  const body = STORY.split('\n\n').map((p) => `<p>${p}</p>`).join('');
  const html = `<html><head><title>Nicaragua cuts ties | ${site}</title></head><body><nav><a href="/">${site} home</a></nav><article><h1>Nicaragua cuts ties</h1>${body}</article><footer>© ${site}</footer></body></html>`;
  return `${JSON.stringify({ url, html, published: '2022-10-01' })}\n`;
}

const withStore = withTempStore;

const ingest = (store: OpenedStore, files: string[]) =>
  runIngest({ db: store.db, inputs: readInputs(files, { maxBytes: DEFAULT_MAX_BYTES }), analyze });

test('the same file ingested twice is a no-op', () =>
  withStore(async (store, dir) => {
    const file = join(dir, 'a.jsonl');
    writeFileSync(file, page('https://news.example.org/world/nicaragua-netherlands', 'Daily Example'));
    const first = await ingest(store, [file]);
    assert.equal(first.stored, 1);
    const again = await ingest(store, [file]);
    assert.equal(again.stored, 0);
    assert.equal(again.unchanged, 1);
    assert.deepEqual(await countDocuments(store.db), { documents: 1, duplicates: 0 });
  }));

test('the same body from the same URL with other boilerplate is a no-op', () =>
  withStore(async (store, dir) => {
    const url = 'https://news.example.org/world/nicaragua-netherlands';
    writeFileSync(join(dir, 'a.jsonl'), page(url, 'Daily Example'));
    writeFileSync(join(dir, 'b.jsonl'), page(url, 'Daily Example (print edition)'));
    await ingest(store, [join(dir, 'a.jsonl')]);
    const again = await ingest(store, [join(dir, 'b.jsonl')]);
    assert.equal(again.unchanged, 1);
    assert.deepEqual(await countDocuments(store.db), { documents: 1, duplicates: 0 });
  }));

test('an identical body at another URL is stored as a copy: a second citation, not a second source', () =>
  withStore(async (store, dir) => {
    writeFileSync(join(dir, 'a.jsonl'), page('https://news.example.org/world/nicaragua-netherlands', 'Daily Example'));
    writeFileSync(join(dir, 'b.jsonl'), page('https://wire.example.net/2022/10/01/nicaragua', 'Example Wire'));
    await ingest(store, [join(dir, 'a.jsonl')]);
    const once = await queryRelations(store.db, 'NIC', 'NLD', '2022-12-31');
    assert.equal(once.relations.citations.length, 1);

    const summary = await ingest(store, [join(dir, 'b.jsonl')]);
    assert.equal(summary.stored, 1);
    assert.equal(summary.duplicates, 1);
    const rows = await store.db.selectFrom('documents').select(['id', 'url', 'content_hash', 'duplicate_of']).execute();
    assert.equal(rows.length, 2);
    const first = rows.find((r) => r.duplicate_of === null);
    const copy = rows.find((r) => r.duplicate_of !== null);
    assert.equal(copy!.duplicate_of, first!.id);
    assert.equal(copy!.content_hash, first!.content_hash);
    assert.notEqual(copy!.id, first!.id);
    assert.equal((await getDocument(store.db, copy!.id))?.url, 'https://wire.example.net/2022/10/01/nicaragua');

    const twice = await queryRelations(store.db, 'NIC', 'NLD', '2022-12-31');
    assert.equal(twice.events, 1);
    assert.equal(twice.relations.status, 'severed');
    assert.equal(twice.relations.citations.length, 2);
    assert.deepEqual(twice.relations.citations.map((c) => c.independent).sort(), [false, true]);
    const timeline = await queryTimeline(store.db, 'NIC', 'NLD');
    assert.equal(timeline.events.length, 1);
    assert.equal(timeline.events[0]!.independentSources, 1);

    // Both copies again: nothing changes.
    const third = await ingest(store, [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')]);
    assert.equal(third.stored, 0);
    assert.deepEqual(await countDocuments(store.db), { documents: 2, duplicates: 1 });
  }));
